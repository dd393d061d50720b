import type * as v from 'valibot';
import type {
  DEMAND_STATUSES,
  DemandSchema,
  FeedSchema,
  ItemSchema,
  SIGNATORY_KINDS,
  ShareSchema,
  SignatoriesSchema,
  SignatorySchema,
  StandpointSchema,
  TranslationSchema,
  AttachmentSchema,
  AuthorSchema,
  HistoryPointSchema,
  ShareImageSchema,
  JoinSchema,
} from './schema.js';

/** A status this version of the library knows. */
export type KnownDemandStatus = (typeof DEMAND_STATUSES)[number];
/**
 * A demand's status. A newer feed may bring a status this version does not
 * know; it is kept as written (the widget shows it with a neutral icon).
 */
export type DemandStatus = KnownDemandStatus | (string & {});
export type KnownSignatoryKind = (typeof SIGNATORY_KINDS)[number];
export type SignatoryKind = KnownSignatoryKind | (string & {});

type Widen<T, K extends keyof T, W> = Omit<T, K> & { [P in K]: W };

export type Demand = Widen<v.InferOutput<typeof DemandSchema>, 'status', DemandStatus>;
export type Signatory = Omit<v.InferOutput<typeof SignatorySchema>, 'kind'> & { kind?: SignatoryKind };
export type HistoryPoint = v.InferOutput<typeof HistoryPointSchema>;
export type Signatories = Omit<v.InferOutput<typeof SignatoriesSchema>, 'list'> & { list?: Signatory[] };
export type ShareImage = v.InferOutput<typeof ShareImageSchema>;
export type Share = v.InferOutput<typeof ShareSchema>;
export type Join = v.InferOutput<typeof JoinSchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
export type Standpoint = Omit<v.InferOutput<typeof StandpointSchema>, 'demands' | 'signatories'> & {
  demands?: Demand[];
  signatories?: Signatories;
};
export type Author = v.InferOutput<typeof AuthorSchema>;
export type Attachment = v.InferOutput<typeof AttachmentSchema>;
export type FeedItem = Omit<v.InferOutput<typeof ItemSchema>, '_standpoint'> & { _standpoint?: Standpoint };
export type Feed = Omit<v.InferOutput<typeof FeedSchema>, 'items'> & { items: FeedItem[] };

/** What a feed author writes (before URLs are resolved and ids read as strings). */
export type FeedInput = v.InferInput<typeof FeedSchema>;

/**
 * What a widget's `feed` property takes: a feed as its author writes it, or
 * as the library hands it back (`event.detail.feed` of `standpoint-load`).
 * Data of any other shape is refused at run time with a `standpoint-error`.
 */
export type FeedData = FeedInput | Feed;

/** How bad a problem is: a fatal one stops rendering, a warning drops or keeps one part. */
export type FeedProblemSeverity = 'fatal' | 'warning';

/**
 * What a problem is, as a code to branch on (never branch on `message`):
 * - `not-json`, `not-an-object`: the text is not JSON, or not one object;
 * - `missing`, `wrong-type`, `not-one-of`, `bad-url`, `bad-date`,
 *   `bad-number`, `bad-version`: a value is absent or not what its field takes;
 * - `unknown-key` (a typo, with a suggestion), `deprecated` (still read),
 *   `language-code` (`ua` for `uk`, still read);
 * - `duplicate-id`, `no-items`, `too-large`;
 * - `placeholder`, `untranslated`: left over from the starter or not yet
 *   translated (`lintFeed`, for authoring tools).
 */
export type FeedProblemCode =
  | 'not-json'
  | 'not-an-object'
  | 'missing'
  | 'wrong-type'
  | 'not-one-of'
  | 'bad-url'
  | 'bad-date'
  | 'bad-number'
  | 'bad-version'
  | 'unknown-key'
  | 'deprecated'
  | 'language-code'
  | 'duplicate-id'
  | 'no-items'
  | 'too-large'
  | 'placeholder'
  | 'untranslated';

/** The facts a problem's words are made of, so a tool can word it in another language. */
export interface FeedProblemDetails {
  /** The key the problem is about (the last step of `path`). */
  field?: string;
  /** What the field takes: `string`, `number`, `boolean`, `object`, `array`, `id`, `whole-number`, `date`, `date-time`, `url`… */
  expected?: string;
  /** The allowed values of a `not-one-of` field. */
  options?: readonly string[];
  /** The value as written, short: JSON for a text or number, `a list` / `an object` for the rest. */
  received?: string;
  /** A `not-one-of` value kept as written (a status from a newer version of the format). */
  kept?: boolean;
  /** The nearest allowed value or known key, for a likely typo. */
  suggestion?: string;
  /** Bounds of a number. */
  min?: number;
  max?: number;
  /** The JSON path of the list entry left out because of this problem. */
  omitted?: string;
  /** Where a deprecated field belongs now. */
  replacement?: string;
  /** The translation a text is missing from. */
  language?: string;
  /** What a translation lacks, as a path inside the item. */
  missing?: string;
  /** Where a JSON syntax error is (1-based), when known. */
  line?: number;
  column?: number;
  /** Sizes in bytes of a `too-large` feed and of the limit. */
  size?: number;
}

export interface FeedProblem {
  severity: FeedProblemSeverity;
  code: FeedProblemCode;
  /** JSON path of the value, e.g. `items[0]._standpoint.demands[2].status`; '' for the whole feed. */
  path: string;
  /** In plain English, what is wrong and how to fix it; the path is not part of it. */
  message: string;
  details?: FeedProblemDetails;
}

/** Codes carried by `standpoint-error` events and `FeedError`. */
export type FeedErrorCode =
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'not-json'
  | 'not-a-feed'
  | 'no-such-item'
  | 'no-source';
