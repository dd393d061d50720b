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
import { safeUrl } from './safe-url.js';
import { DEMAND_STATUSES } from './demand-statuses.js';

// Written where the authoring tools can read them without valibot.
export { DEMAND_STATUSES };

export const SIGNATORY_KINDS = ['organization', 'person'] as const;

/** Where the feed format is documented; the value of `_standpoint.about`. */
export const STANDPOINT_ABOUT_URL = 'https://www.npmjs.com/package/standpoint-widgets#the-feed';

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

/** `safeUrl` against the feed being validated (or `base`): a feed URL, when it is one a page may use. */
export const toSafeUrl = (value: string, base: string = urlBase): string | undefined => safeUrl(value, base);

// The check and the transform of a URL run one after the other on the same
// value: the URL is parsed once for both (a 10,000-name list has thousands).
let lastUrl: { value: string; base: string; result: string | undefined } | undefined;
const feedUrl = (value: string): string | undefined => {
  if (lastUrl?.value !== value || lastUrl.base !== urlBase) lastUrl = { value, base: urlBase, result: toSafeUrl(value) };
  return lastUrl.result;
};

const Text = v.string();

/**
 * A language tag (BCP 47). `ua` is the country code, not the language, and a
 * frequent mistake for Ukrainian (`uk`): the validator warns and keeps it,
 * and the widgets read it as Ukrainian.
 */
export const LanguageTag = v.pipe(v.string(), v.description('A BCP 47 language tag, e.g. "uk" or "en-GB".'));

/**
 * JSON Schema's view of an acceptable URL (the same as `toSafeUrl`'s for any
 * value a browser could resolve): an http:, https: or mailto: URL, or one
 * that names no scheme at all (relative to the feed). Leading spaces and
 * control characters are skipped and tabs and line breaks ignored inside the
 * scheme, as a browser's URL parser does, so `java\nscript:` is refused by
 * both.
 */
const URL_PATTERN =
  '^(?:[\\u0000-\\u0020]*(?:[Hh][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Pp][\\t\\n\\r]*(?:[Ss][\\t\\n\\r]*)?:|[Mm][\\t\\n\\r]*[Aa][\\t\\n\\r]*[Ii][\\t\\n\\r]*[Ll][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Oo][\\t\\n\\r]*:)|(?![\\u0000-\\u0020]*[A-Za-z][A-Za-z0-9+.\\-\\t\\n\\r]*:))';

const Url = v.pipe(
  v.string(),
  v.description('An http:, https: or mailto: URL, absolute or relative to the feed.'),
  v.metadata({ pattern: URL_PATTERN }),
  v.check((value) => feedUrl(value) !== undefined, 'bad-url'),
  v.transform((value) => feedUrl(value) as string),
);

const DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
/** RFC 3339 `date-time`, which JSON Feed's own dates are. */
export const DATE_TIME_PATTERN = `^${DATE}[Tt]${TIME}$`;
/** RFC 3339 `date-time` or `full-date`: the extension's dates may leave the time out. */
export const DATE_OR_DATE_TIME_PATTERN = `^${DATE}(?:[Tt]${TIME})?$`;
const dateTime = new RegExp(DATE_TIME_PATTERN);
const dateOrDateTime = new RegExp(DATE_OR_DATE_TIME_PATTERN);

const DateTime = v.pipe(
  v.string(),
  v.description('An RFC 3339 date-time, e.g. 2025-08-13T10:00:00+03:00.'),
  v.metadata({ pattern: DATE_TIME_PATTERN }),
  v.check((value) => dateTime.test(value), 'bad-date'),
);

const DateOrDateTime = v.pipe(
  v.string(),
  v.description('An RFC 3339 date or date-time, e.g. 2025-08-13 or 2025-08-13T10:00:00+03:00.'),
  v.metadata({ pattern: DATE_OR_DATE_TIME_PATTERN }),
  v.check((value) => dateOrDateTime.test(value), 'bad-date'),
);

/** JSON Feed ids are strings; integers are common in the wild and read as strings. */
const Id = v.pipe(
  v.union([v.string(), v.pipe(v.number(), v.integer())]),
  v.transform((value) => String(value)),
);

const Count = v.pipe(
  v.number(),
  v.integer('bad-number'),
  v.minValue(0, 'bad-number'),
  // More signatories than people on Earth means a broken feed, not a success.
  v.maxValue(10_000_000_000, 'bad-number'),
);

const Goal = v.pipe(Count, v.minValue(1, 'bad-number'));

export const DemandStatusSchema = v.picklist(DEMAND_STATUSES);

export const DemandSchema = v.object({
  id: Id,
  text: Text,
  status: DemandStatusSchema,
  note: v.optional(Text),
  url: v.optional(Url),
  updated: v.optional(DateOrDateTime),
});

export const SignatorySchema = v.object({
  name: Text,
  url: v.optional(Url),
  kind: v.optional(v.picklist(SIGNATORY_KINDS)),
  verified: v.optional(v.boolean()),
});

export const HistoryPointSchema = v.object({
  date: DateOrDateTime,
  count: Count,
});

export const SignatoriesSchema = v.object({
  count: v.optional(Count),
  goal: v.optional(Goal),
  updated: v.optional(DateOrDateTime),
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

/** How a reader joins the standpoint: a form on the coalition's site, or a `mailto:` address. */
export const JoinSchema = v.object({
  url: Url,
  /** The link's words; the widgets say "Join the standpoint" in the reader's language when the feed gives none. */
  text: v.optional(Text),
});

/** The join link in another language: its words, and an address of its own where the form is translated too. */
export const JoinTranslationSchema = v.object({
  url: v.optional(Url),
  text: v.optional(Text),
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
  join: v.optional(JoinTranslationSchema),
  /** The item's `tags` in this language, replacing them as a whole. */
  tags: v.optional(v.array(Text)),
  /** Attachment titles in this language, keyed by the attachment's `url`. */
  attachments: v.optional(v.record(v.string(), Text)),
});

export const StandpointSchema = v.object({
  about: v.optional(v.string()),
  /** The campaign has closed (JSON Feed has no item-level `expired`: custom fields live here). */
  expired: v.optional(v.boolean()),
  demands: v.optional(v.array(DemandSchema)),
  signatories: v.optional(SignatoriesSchema),
  share: v.optional(ShareSchema),
  join: v.optional(JoinSchema),
  translations: v.optional(v.record(LanguageTag, TranslationSchema)),
});

export const AuthorSchema = v.object({
  name: v.optional(Text),
  url: v.optional(Url),
  avatar: v.optional(Url),
});

export const AttachmentSchema = v.object({
  url: Url,
  mime_type: Text,
  title: v.optional(Text),
  size_in_bytes: v.optional(Count),
  duration_in_seconds: v.optional(v.pipe(v.number(), v.minValue(0, 'bad-number'))),
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
  banner_image: v.optional(Url),
  date_published: v.optional(DateTime),
  date_modified: v.optional(DateTime),
  tags: v.optional(v.array(Text)),
  language: v.optional(LanguageTag),
  authors: v.optional(v.array(AuthorSchema)),
  /** JSON Feed 1.0's single author: deprecated by 1.1, still valid, read as one author. */
  author: v.optional(AuthorSchema),
  attachments: v.optional(v.array(AttachmentSchema)),
  /** Not a JSON Feed field: read for feeds written before `_standpoint.expired`, with a warning. */
  expired: v.optional(v.boolean()),
  _standpoint: v.optional(StandpointSchema),
});

/** The two versions of JSON Feed; `version` must be exactly one of them. */
export const JSON_FEED_VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'] as const;

export const FeedSchema = v.object({
  version: v.pipe(
    v.string(),
    v.description('The JSON Feed version URL.'),
    v.metadata({ enum: [...JSON_FEED_VERSIONS] }),
    v.check((value) => (JSON_FEED_VERSIONS as readonly string[]).includes(value), 'bad-version'),
  ),
  title: v.optional(Text),
  home_page_url: v.optional(Url),
  feed_url: v.optional(Url),
  description: v.optional(Text),
  user_comment: v.optional(Text),
  next_url: v.optional(Url),
  icon: v.optional(Url),
  favicon: v.optional(Url),
  language: v.optional(LanguageTag),
  expired: v.optional(v.boolean()),
  authors: v.optional(v.array(AuthorSchema)),
  /** JSON Feed 1.0's single author: deprecated by 1.1, still valid, read as one author. */
  author: v.optional(AuthorSchema),
  items: v.array(ItemSchema),
});

/**
 * Fields that are read but should not be written any more, with what to
 * write instead (a path relative to the object that holds them). The
 * validator warns and keeps them.
 */
export const DEPRECATED_FIELDS: ReadonlyMap<object, Readonly<Record<string, string>>> = new Map<object, Readonly<Record<string, string>>>([
  [ItemSchema, { expired: '_standpoint.expired' }],
]);

/**
 * Objects whose keys all belong to this format (the `_standpoint`
 * extension): a key they do not know is a typo to report. JSON Feed's own
 * objects allow any key that starts with `_`.
 */
export const CLOSED_OBJECTS: ReadonlySet<object> = new Set<object>([
  StandpointSchema,
  DemandSchema,
  SignatorySchema,
  HistoryPointSchema,
  SignatoriesSchema,
  ShareImageSchema,
  ShareSchema,
  JoinSchema,
  JoinTranslationSchema,
  DemandTranslationSchema,
  TranslationSchema,
]);

/** JSON Feed 1.1's fields that this format has no use for: allowed, never reported. */
export const OTHER_JSON_FEED_FIELDS: ReadonlyMap<object, readonly string[]> = new Map<object, readonly string[]>([[FeedSchema, ['hubs']]]);
