/**
 * The feed layer on its own: types, schema, validator and shared loader,
 * with no custom element. `standpoint-widgets/feed` in package.json.
 */
export * from './types.js';
export {
  DEMAND_STATUSES,
  SIGNATORY_KINDS,
  STANDPOINT_ABOUT_URL,
  FeedSchema,
  ItemSchema,
  StandpointSchema,
  DemandSchema,
  SignatoriesSchema,
  ShareSchema,
  toSafeUrl,
  JSON_FEED_VERSIONS,
} from './schema.js';
export { validateFeed, parseFeed, type FeedValidation } from './validate.js';
export { FeedError, warnOnce } from './errors.js';
export {
  subscribeToFeed,
  reloadFeed,
  configureFeedLoader,
  feedLoaderOptions,
  resetFeedCache,
  type FeedSnapshot,
  type FeedListener,
  type FeedLoaderOptions,
} from './loader.js';
export { findItem, localizeItem, matchTranslation, type LocalizedItem, type LocalizedDemand } from './select.js';
