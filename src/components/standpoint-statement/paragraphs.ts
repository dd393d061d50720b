/**
 * `content_text` → paragraphs the template maps: blank lines split
 * paragraphs, single line breaks stay line breaks, and http(s) URLs in the
 * text become links. Everything else is kept exactly as written, as text.
 */
import { safeUrl } from '../../feed/safe-url.js';

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

/**
 * Trims sentence punctuation after a URL, keeping a `)` that closes a `(` inside it (Wikipedia style).
 * The brackets are counted once and the counts follow the trimming, so a URL
 * followed by thousands of `)` costs one pass, not one pass per `)`.
 */
export function trimUrl(candidate: string): string {
  const counts: Record<string, number> = { '(': 0, ')': 0, '[': 0, ']': 0, '{': 0, '}': 0 };
  for (const char of candidate) if (char in counts) counts[char] += 1;
  let end = candidate.length;
  while (end > 0 && TRAILING.has(candidate[end - 1])) {
    const last = candidate[end - 1];
    const open = PAIRS[last];
    if (open && counts[open] >= counts[last]) break;
    if (open) counts[last] -= 1;
    end -= 1;
  }
  return candidate.slice(0, end);
}

/** Splits one line into text and link segments. */
export function linkify(line: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const text = trimUrl(match[0]);
    const href = safeUrl(text, 'https://invalid.invalid/');
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
    // trimEnd, not /\s+$/: that pattern restarts at every space of a long run (quadratic).
    .map((block) => block.replace(/^\s*\n/u, '').trimEnd())
    .filter((block) => block.trim() !== '')
    .map((block) =>
      block.split('\n').flatMap((line, index): Segment[] => (index === 0 ? linkify(line) : [{ kind: 'break' }, ...linkify(line)])),
    );
}
