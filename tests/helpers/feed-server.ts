/**
 * Client of the test feed server (the `/__feeds/` middleware in
 * web-test-runner.config.mjs): each test puts its own feed under a unique
 * name, then reads what requests the server saw.
 */
export interface LoggedRequest {
  method: string;
  ifNoneMatch: string | null;
  cookie: boolean;
  referer: string | null;
  accept: string | null;
  status: number;
}

let counter = 0;

/** A feed URL no other test uses. */
export function uniqueFeedName(prefix = 'feed'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export const feedUrl = (name: string): string => new URL(`/__feeds/${name}`, location.href).href;

/** Stores a feed body (object → JSON) that the server then serves with a fresh ETag. */
export async function putFeed(name: string, body: unknown, options: { status?: number; delay?: number } = {}): Promise<void> {
  const query = new URLSearchParams();
  if (options.status) query.set('status', String(options.status));
  if (options.delay) query.set('delay', String(options.delay));
  const response = await fetch(`/__feeds/${name}?${query}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`feed server refused ${name}: ${response.status}`);
}

export async function requestLog(name: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/__feeds/${name}/log`);
  return (await response.json()) as LoggedRequest[];
}
