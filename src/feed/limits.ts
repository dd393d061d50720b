/**
 * The loader's default size limit, on a module of its own with no import,
 * so that the embed builder (which loads the authoring tools in a browser,
 * with no valibot) refuses exactly the feeds the widgets refuse.
 */

/** A feed body larger than this is refused, unless `configureFeedLoader` says otherwise. */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;
