/**
 * What a feed can be valid yet still not ready to publish with: text and
 * addresses left over from the starter (`standpoint-widgets init`), and
 * translations that lack a part the original has, so that nobody publishes
 * a half-English Ukrainian page unawares.
 *
 * For authoring tools (the builder, `standpoint-widgets validate`): the
 * widgets never run it, so readers pay nothing for it. It reads the feed as
 * written (paths match the text), walks it once, and imports nothing that a
 * browser could not load as it is.
 */
import { joinKey, shorten } from './path.js';
import { feedProblem } from './problem-text.js';
import type { FeedProblem, FeedProblemDetails } from './types.js';

/** The starter's placeholder markers: "(replace)", "(replace with your title)", "(замініть)". */
const PLACEHOLDER_TEXT = /\((?:replace|замініть)[^)]{0,40}\)/iu;
/** Hosts reserved for examples (RFC 2606): an address there was never replaced. */
const EXAMPLE_HOSTS = new Set(['example.org', 'example.com', 'example.net']);
const URL_START = /^https?:\/\//i;
/** Paths go no deeper than this (the format is a few levels deep; a hostile feed may nest far more). */
const MAX_DEPTH = 12;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const shortJson = (text: string): string => JSON.stringify(shorten(text));

const warning = (code: 'placeholder' | 'untranslated', path: string, details: FeedProblemDetails): FeedProblem =>
  feedProblem('warning', code, path, details);

/** The example host a URL points at (or a subdomain of one), else undefined. */
function exampleHost(text: string): string | undefined {
  if (!URL_START.test(text)) return undefined;
  try {
    const host = new URL(text).hostname.toLowerCase();
    return [...EXAMPLE_HOSTS].some((example) => host === example || host.endsWith(`.${example}`)) ? host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every text still holding a placeholder, and the first address at each
 * example host (a starter or sample feed has dozens; one warning says it).
 */
function placeholders(json: unknown): FeedProblem[] {
  const problems: FeedProblem[] = [];
  const hostsSeen = new Set<string>();
  // Iterative, so a deeply nested hostile feed cannot overflow the stack.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: json, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const host = exampleHost(value);
      if (host !== undefined) {
        if (!hostsSeen.has(host)) problems.push(warning('placeholder', path, { received: shortJson(value), expected: 'url' }));
        hostsSeen.add(host);
      } else {
        const marker = PLACEHOLDER_TEXT.exec(value);
        if (marker) problems.push(warning('placeholder', path, { received: shortJson(marker[0]), expected: 'text' }));
      }
    } else if (depth < MAX_DEPTH && Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], path: `${path}[${index}]`, depth: depth + 1 });
    } else if (depth < MAX_DEPTH && isObject(value)) {
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index -= 1) {
        stack.push({ value: value[keys[index]], path: joinKey(path, keys[index]), depth: depth + 1 });
      }
    }
  }
  return problems;
}

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/** The parts of one item that a translation lacks, per translated language. */
function untranslated(item: Json, itemPath: string): FeedProblem[] {
  const standpoint = isObject(item._standpoint) ? item._standpoint : undefined;
  const translations = standpoint && isObject(standpoint.translations) ? standpoint.translations : undefined;
  if (!translations) return [];
  const problems: FeedProblem[] = [];
  const demands = Array.isArray(standpoint!.demands) ? standpoint!.demands.filter(isObject) : [];
  const share = isObject(standpoint!.share) ? standpoint!.share : {};
  const join = isObject(standpoint!.join) ? standpoint!.join : {};
  for (const [language, translation] of Object.entries(translations)) {
    if (!isObject(translation)) continue;
    const path = joinKey(joinKey(`${itemPath}._standpoint`, 'translations'), language);
    const lacks = (missing: string) => problems.push(warning('untranslated', path, { language, missing }));
    for (const field of ['title', 'summary'] as const) if (hasText(item[field]) && !hasText(translation[field])) lacks(field);
    if ((hasText(item.content_text) || hasText(item.content_html)) && !hasText(translation.content_text) && !hasText(translation.content_html)) {
      lacks('content_text');
    }
    const translatedDemands = isObject(translation.demands) ? translation.demands : {};
    for (const demand of demands) {
      if (typeof demand.id !== 'string' && typeof demand.id !== 'number') continue;
      const id = String(demand.id);
      const own = isObject(translatedDemands[id]) ? translatedDemands[id] : {};
      const at = joinKey('demands', id);
      if (hasText(demand.text) && !hasText(own.text)) lacks(`${at}.text`);
      if (hasText(demand.note) && !hasText(own.note)) lacks(`${at}.note`);
    }
    const translatedShare = isObject(translation.share) ? translation.share : {};
    if (hasText(share.text) && !hasText(translatedShare.text)) lacks('share.text');
    const translatedJoin = isObject(translation.join) ? translation.join : {};
    if (hasText(join.text) && !hasText(translatedJoin.text)) lacks('join.text');
    // Tags translate as a whole list; attachment titles one by one, keyed by the attachment's URL.
    if (Array.isArray(item.tags) && item.tags.some(hasText) && !(Array.isArray(translation.tags) && translation.tags.some(hasText))) lacks('tags');
    const titles = isObject(translation.attachments) ? translation.attachments : {};
    const attachments = Array.isArray(item.attachments) ? item.attachments.filter(isObject) : [];
    for (const attachment of attachments) {
      if (typeof attachment.url === 'string' && hasText(attachment.title) && !hasText(titles[attachment.url])) {
        lacks(joinKey('attachments', attachment.url));
      }
    }
  }
  return problems;
}

/**
 * Warnings about a feed that is valid but not ready: placeholders left from
 * the starter, and partial translations.
 *
 * @param json the feed as parsed from its text (before validation)
 */
export function lintFeed(json: unknown): FeedProblem[] {
  if (!isObject(json)) return [];
  const items = Array.isArray(json.items) ? json.items : [];
  return [
    ...placeholders(json),
    ...items.flatMap((item, index) => (isObject(item) ? untranslated(item, `items[${index}]`) : [])),
  ];
}
