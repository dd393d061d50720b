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

export interface FeedProblem {
  severity: FeedProblemSeverity;
  /** JSON path of the value, e.g. `items[0]._standpoint.demands[2].status`. */
  path: string;
  /** `path: expected …; got …`, ready for a console or a validator's output. */
  message: string;
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
