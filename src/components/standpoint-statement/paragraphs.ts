/**
 * `content_text` → paragraphs the template maps: blank lines split
 * paragraphs, single line breaks stay line breaks, and http(s) URLs in the
 * text become links. Everything else is kept exactly as written, as text.
 */
import { toSafeUrl } from '../../feed/schema.js';

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'break' };

/** One paragraph: text, links and line breaks in reading order. */
export type Paragraph = readonly Segment[];

// A URL starts with http:// or https:// where a word could start (not inside
// another URL such as `view-source:https://…`) and runs to the next
// whitespace; sentence punctuation after it is trimmed by `trimUrl`.
const URL_PATTERN = /(?<![\p{L}\p{N}_:/.@-])https?:\/\/[^\s<>"]+/giu;
const TRAILING = new Set([...'.,;:!?\'"»“”’…)]}']);
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Trims sentence punctuation after a URL, keeping a `)` that closes a `(` inside it (Wikipedia style). */
export function trimUrl(candidate: string): string {
  let url = candidate;
  while (url.length > 0 && TRAILING.has(url[url.length - 1])) {
    const last = url[url.length - 1];
    const open = PAIRS[last];
    if (open && count(url, open) >= count(url, last)) break;
    url = url.slice(0, -1);
  }
  return url;
}

/** Splits one line into text and link segments. */
export function linkify(line: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const text = trimUrl(match[0]);
    const href = toSafeUrl(text, 'https://invalid.invalid/');
    if (!href || text.length <= 'https://'.length) continue;
    if (start > last) segments.push({ kind: 'text', text: line.slice(last, start) });
    segments.push({ kind: 'link', text, href });
    last = start + text.length;
  }
  if (last < line.length) segments.push({ kind: 'text', text: line.slice(last) });
  return segments;
}

/**
 * Plain text → paragraphs. Lines that hold only whitespace separate
 * paragraphs; inside a paragraph each line break is kept as a `break`.
 */
export function textToParagraphs(text: string | undefined): Paragraph[] {
  if (!text) return [];
  const normalised = text.replace(/\r\n?/g, '\n');
  return normalised
    .split(/\n[^\S\n]*\n\s*/u)
    .map((block) => block.replace(/^\s*\n/u, '').replace(/\s+$/u, ''))
    .filter((block) => block.trim() !== '')
    .map((block) =>
      block.split('\n').flatMap((line, index): Segment[] => (index === 0 ? linkify(line) : [{ kind: 'break' }, ...linkify(line)])),
    );
}
