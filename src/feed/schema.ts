/**
 * The standpoint feed format, written once.
 *
 * A feed is a JSON Feed 1.1 document; one standpoint is one item, and what
 * JSON Feed has no field for lives in the item's `_standpoint` extension.
 * From these valibot schemas come the TypeScript types (`types.ts`), the
 * JSON Schema shipped in the package (generated at build time) and the
 * runtime validator (`validate.ts`).
 *
 * valibot rather than zod or ajv: it is modular, so the script-tag bundle only
 * carries the handful of validators used here (a few KB, against ~13 KB for
 * zod's core), and the same objects convert to JSON Schema.
 */
import * as v from 'valibot';

/** The steps a demand goes through, in order; `rejected` stands apart. */
export const DEMAND_STATUSES = [
  'pending',
  'voiced',
  'negotiating',
  'enshrined',
  'implemented',
  'rejected',
] as const;

export const SIGNATORY_KINDS = ['organization', 'person'] as const;

/** Where the feed format is documented; the value of `_standpoint.about`. */
export const STANDPOINT_ABOUT_URL = 'https://www.npmjs.com/package/standpoint-widgets#the-feed';

/** The only URL schemes a feed value may ever bring into an `href` or `src`. */
const SAFE_URL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

// Validation is synchronous, so this is only ever read inside one call of
// `validateFeed`, which sets it to the feed's own URL first.
let urlBase = 'https://feed.invalid/';

/** @internal Resolves relative feed URLs against `base` during one validation. */
export function withUrlBase<T>(base: string, run: () => T): T {
  const previous = urlBase;
  urlBase = base;
  try {
    return run();
  } finally {
    urlBase = previous;
  }
}

/**
 * Resolves a feed URL and returns it only when its scheme is http, https or
 * mailto. The browser's own parser decides, so entity tricks, control
 * characters and mixed case are judged exactly as an `href` would judge them.
 */
export function toSafeUrl(value: string, base: string = urlBase): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return undefined;
  }
  return SAFE_URL_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

// The check and the transform of a URL run one after the other on the same
// value: the URL is parsed once for both (a 10,000-name list has thousands).
let lastUrl: { value: string; base: string; result: string | undefined } | undefined;
const feedUrl = (value: string): string | undefined => {
  if (lastUrl?.value !== value || lastUrl.base !== urlBase) lastUrl = { value, base: urlBase, result: toSafeUrl(value) };
  return lastUrl.result;
};

const Text = v.string();

const Url = v.pipe(
  v.string(),
  v.description('An http:, https: or mailto: URL, absolute or relative to the feed.'),
  v.check((value) => feedUrl(value) !== undefined, 'an http:, https: or mailto: URL'),
  v.transform((value) => feedUrl(value) as string),
);

const DateTime = v.pipe(
  v.string(),
  v.description('An RFC 3339 date-time, e.g. 2025-08-13T10:00:00+03:00.'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'an RFC 3339 date'),
);

/** JSON Feed ids are strings; integers are common in the wild and read as strings. */
const Id = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer())]),
  v.transform((value) => String(value)),
);

const Count = v.pipe(
  v.number(),
  v.integer('a whole number'),
  v.minValue(0, 'a number of at least 0'),
  // More signatories than people on Earth means a broken feed, not a success.
  v.maxValue(10_000_000_000, 'a number below 10 000 000 000'),
);

export const DemandStatusSchema = v.picklist(DEMAND_STATUSES);

export const DemandSchema = v.object({
  id: Id,
  text: Text,
  status: DemandStatusSchema,
  note: v.optional(Text),
  url: v.optional(Url),
  updated: v.optional(DateTime),
});

export const SignatorySchema = v.object({
  name: Text,
  url: v.optional(Url),
  kind: v.optional(v.picklist(SIGNATORY_KINDS)),
  verified: v.optional(v.boolean()),
});

export const HistoryPointSchema = v.object({
  date: DateTime,
  count: Count,
});

export const SignatoriesSchema = v.object({
  count: v.optional(Count),
  goal: v.optional(v.pipe(Count, v.minValue(1, 'a number of at least 1'))),
  updated: v.optional(DateTime),
  list: v.optional(v.array(SignatorySchema)),
  history: v.optional(v.array(HistoryPointSchema)),
});

export const ShareImageSchema = v.object({
  url: Url,
  alt: v.optional(Text),
});

export const ShareSchema = v.object({
  url: v.optional(Url),
  title: v.optional(Text),
  text: v.optional(Text),
  hashtags: v.optional(v.array(Text)),
  image: v.optional(ShareImageSchema),
});

export const DemandTranslationSchema = v.object({
  text: v.optional(Text),
  note: v.optional(Text),
});

export const TranslationSchema = v.object({
  title: v.optional(Text),
  summary: v.optional(Text),
  content_text: v.optional(Text),
  content_html: v.optional(Text),
  demands: v.optional(v.record(v.string(), DemandTranslationSchema)),
  share: v.optional(ShareSchema),
  /** The item's `tags` in this language, replacing them as a whole. */
  tags: v.optional(v.array(Text)),
  /** Attachment titles in this language, keyed by the attachment's `url`. */
  attachments: v.optional(v.record(v.string(), Text)),
});

export const StandpointSchema = v.object({
  about: v.optional(v.string()),
  demands: v.optional(v.array(DemandSchema)),
  signatories: v.optional(SignatoriesSchema),
  share: v.optional(ShareSchema),
  translations: v.optional(v.record(v.string(), TranslationSchema)),
});

export const AuthorSchema = v.object({
  name: v.optional(Text),
  url: v.optional(Url),
});

export const AttachmentSchema = v.object({
  url: Url,
  mime_type: Text,
  title: v.optional(Text),
  size_in_bytes: v.optional(Count),
  duration_in_seconds: v.optional(v.pipe(v.number(), v.minValue(0))),
});

export const ItemSchema = v.object({
  id: Id,
  url: v.optional(Url),
  external_url: v.optional(Url),
  title: v.optional(Text),
  summary: v.optional(Text),
  content_text: v.optional(Text),
  content_html: v.optional(Text),
  image: v.optional(Url),
  date_published: v.optional(DateTime),
  date_modified: v.optional(DateTime),
  tags: v.optional(v.array(Text)),
  language: v.optional(Text),
  authors: v.optional(v.array(AuthorSchema)),
  attachments: v.optional(v.array(AttachmentSchema)),
  expired: v.optional(v.boolean()),
  _standpoint: v.optional(StandpointSchema),
});

export const FeedSchema = v.object({
  version: v.pipe(
    v.string(),
    v.description('The JSON Feed version URL.'),
    v.startsWith('https://jsonfeed.org/version/1', 'a JSON Feed version URL (https://jsonfeed.org/version/1.1)'),
  ),
  title: v.optional(Text),
  home_page_url: v.optional(Url),
  feed_url: v.optional(Url),
  description: v.optional(Text),
  icon: v.optional(Url),
  language: v.optional(Text),
  expired: v.optional(v.boolean()),
  items: v.array(ItemSchema),
});
