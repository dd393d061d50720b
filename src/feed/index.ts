/**
 * The feed layer on its own, with no custom element: the validator, the
 * shared loader and the feed's types. `standpoint-widgets/feed` in
 * package.json, and the feed part of the package root.
 *
 * Only what a user calls or types belongs here; the schema objects, the
 * item selection and the console helpers stay internal (tests import them
 * from their own modules), so they can change without a breaking release.
 */
export type * from './types.js';
export { validateFeed, parseFeed, type FeedValidation } from './validate.js';
export { FeedError } from './errors.js';
export {
  subscribeToFeed,
  reloadFeed,
  configureFeedLoader,
  feedLoaderOptions,
  type FeedSnapshot,
  type FeedListener,
  type FeedLoaderOptions,
} from './loader.js';
