// @ts-check
/**
 * Writes a feed as text in one stable format, so that a diff of two
 * versions shows only what changed: JSON with two-space indents and a
 * trailing newline, every known key in a fixed order (JSON Feed's own order
 * for its fields, the schema's order inside `_standpoint`), and every key
 * this format does not know kept, with its value untouched, after the known
 * ones in the order the feed had them.
 *
 * Shared by the command line (`standpoint-widgets signatories import`) and
 * the builder's editor (in the browser): it imports nothing and uses no
 * browser or Node API.
 */

/**
 * How the keys of one kind of object are ordered.
 * `keys`: the known keys, in order. `fields`: the shape of a known key's
 * value (an object, or each element of an array). `entries`: the shape of
 * every value of a record (an object whose keys are data, such as language
 * tags or demand ids); a record's own keys keep their order. `last`: known
 * keys written after the unknown ones.
 *
 * @typedef {{ keys?: readonly string[], fields?: Readonly<Record<string, Shape>>, entries?: Shape, last?: readonly string[] }} Shape
 */

/** @type {Shape} */
const AUTHOR = { keys: ['name', 'url', 'avatar'] };

/** @type {Shape} */
const SHARE = { keys: ['url', 'title', 'text', 'hashtags', 'image'], fields: { image: { keys: ['url', 'alt'] } } };

/** @type {Shape} */
const JOIN = { keys: ['url', 'text'] };

/** `_standpoint`, in the order of the schema (src/feed/schema.ts). */
/** @type {Shape} */
const STANDPOINT = {
  keys: ['about', 'expired', 'demands', 'signatories', 'share', 'join', 'translations'],
  fields: {
    demands: { keys: ['id', 'text', 'status', 'note', 'url', 'updated'] },
    signatories: {
      keys: ['count', 'goal', 'updated', 'list', 'history'],
      fields: {
        list: { keys: ['name', 'url', 'kind', 'verified'] },
        history: { keys: ['date', 'count'] },
      },
    },
    share: SHARE,
    join: JOIN,
    translations: {
      entries: {
        keys: ['title', 'summary', 'content_text', 'content_html', 'demands', 'share', 'join', 'tags', 'attachments'],
        fields: {
          demands: { entries: { keys: ['text', 'note'] } },
          share: SHARE,
          join: JOIN,
        },
      },
    },
  },
};

/**
 * A JSON Feed 1.1 item, in the specification's order; `author` (1.0) beside
 * `authors`, and the deprecated item-level `expired` before the extension.
 *
 * @type {Shape}
 */
const ITEM = {
  keys: [
    'id',
    'url',
    'external_url',
    'title',
    'content_html',
    'content_text',
    'summary',
    'image',
    'banner_image',
    'date_published',
    'date_modified',
    'authors',
    'author',
    'tags',
    'language',
    'attachments',
    'expired',
  ],
  last: ['_standpoint'],
  fields: {
    authors: AUTHOR,
    author: AUTHOR,
    attachments: { keys: ['url', 'mime_type', 'title', 'size_in_bytes', 'duration_in_seconds'] },
    _standpoint: STANDPOINT,
  },
};

/**
 * The whole feed, in JSON Feed 1.1's order of its top-level fields.
 *
 * @type {Shape}
 */
export const FEED_SHAPE = {
  keys: ['version', 'title', 'home_page_url', 'feed_url', 'description', 'user_comment', 'next_url', 'icon', 'favicon', 'authors', 'author', 'language', 'expired', 'hubs', 'items'],
  fields: {
    authors: AUTHOR,
    author: AUTHOR,
    hubs: { keys: ['type', 'url'] },
    items: ITEM,
  },
};

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `value` with its keys in the order of `shape`. Arrays keep their
 * order (each element takes the shape); what the shape does not describe is
 * returned as it was.
 *
 * @param {unknown} value
 * @param {Shape | undefined} shape
 * @returns {unknown}
 */
function ordered(value, shape) {
  if (!shape) return value;
  if (Array.isArray(value)) return value.map((element) => ordered(element, shape));
  if (!isObject(value)) return value;
  /** @type {Record<string, unknown>} */
  const result = {};
  const { keys = [], last = [], fields = {}, entries } = shape;
  const known = new Set([...keys, ...last]);
  const put = (/** @type {string} */ key) => {
    // defineProperty: a key named __proto__ stays an ordinary key, as JSON.parse made it.
    Object.defineProperty(result, key, { value: ordered(value[key], entries ?? (Object.hasOwn(fields, key) ? fields[key] : undefined)), enumerable: true, writable: true, configurable: true });
  };
  for (const key of keys) if (Object.hasOwn(value, key)) put(key);
  for (const key of Object.keys(value)) if (!known.has(key)) put(key);
  for (const key of last) if (Object.hasOwn(value, key)) put(key);
  return result;
}

/**
 * The feed with its keys in the stable order (a new object; the feed is not changed).
 *
 * @template T
 * @param {T} feed
 * @returns {T}
 */
export const orderFeed = (feed) => /** @type {T} */ (ordered(feed, FEED_SHAPE));

/**
 * The feed as the text of feed.json, in the stable format.
 *
 * @param {unknown} feed
 * @returns {string}
 */
export const writeFeed = (feed) => `${JSON.stringify(orderFeed(feed), null, 2)}\n`;
