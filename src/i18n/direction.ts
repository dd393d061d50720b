/** Writing direction of a language, for content and for the interface's own text. */

// Scripts written right to left, by the primary language that uses them.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The writing direction of content in `lang`: `rtl` or `ltr` when the
 * language says so, `auto` (the first strong character decides) when the
 * language is unknown. Uses `Intl.Locale#getTextInfo` where the browser has it.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' | 'auto' {
  if (!lang) return 'auto';
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    return 'auto';
  }
  const lower = lang.toLowerCase();
  return RTL.has(lower.split('-')[0]) || RTL.has(lower.split('-').slice(0, 2).join('-')) ? 'rtl' : 'ltr';
}
