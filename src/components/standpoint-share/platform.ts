/**
 * What the widget asks of the browser, each answer safe to use: nothing here
 * throws into the host page.
 */

/**
 * Copies text with the asynchronous Clipboard API. Resolves `false` instead
 * of throwing when the browser refuses (an insecure context, a permission
 * policy, an old browser), so the widget can fall back to a selected field.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || typeof navigator.clipboard?.writeText !== 'function') return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the browser offers its own share sheet for this data: only where
 * `navigator.share` exists and `canShare` (when present) does not say no.
 */
export function canUseShareSheet(data: ShareData): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare?.(data) !== false;
  } catch {
    return false;
  }
}

/**
 * Opens the system share sheet: `shared`, `closed` when the reader closed
 * it (nothing to say), or `failed` for any other refusal.
 */
export async function shareThroughSheet(data: ShareData): Promise<'shared' | 'closed' | 'failed'> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return (error as Error | undefined)?.name === 'AbortError' ? 'closed' : 'failed';
  }
}
