/**
 * A feed server for the browser tests, as web-test-runner middleware (koa).
 * Each test uses its own feed name, so files running side by side never meet.
 *
 *   PUT|POST /__feeds/<name>[?status=500][&delay=300][&type=text/html]
 *       A non-empty body becomes the feed, with a fresh ETag (an empty body
 *       keeps the feed). Each write also sets how reads are answered, to its
 *       own query or the default: `status` (200) answers every read with that
 *       status (the stored body as content), `delay` (0) holds every read back
 *       that many ms, `type` (application/feed+json) is the Content-Type.
 *       Answers the new state as JSON.
 *   GET|HEAD /__feeds/<name>
 *       The feed, with ETag and `Cache-Control: no-cache`; 304 to a matching
 *       If-None-Match; 404 when nothing was stored under the name.
 *   GET /__feeds/<name>/log
 *       A JSON array of the reads so far (writes are not logged):
 *       { method, url, ifNoneMatch, cookie (whether a Cookie header came),
 *         referer, origin, accept, status, time }.
 *   DELETE /__feeds/<name>   forgets the feed, its settings and its log.
 */
const PREFIX = '/__feeds/';
const MAX_BODY = 16 * 1024 * 1024;
const DEFAULT_TYPE = 'application/feed+json; charset=utf-8';

/** @type {Map<string, { body?: string, etag?: string, status: number, delay: number, type: string, log: object[] }>} */
const feeds = new Map();
let version = 0;

function entry(name) {
  let feed = feeds.get(name);
  if (!feed) {
    feed = { body: undefined, etag: undefined, status: 200, delay: 0, type: DEFAULT_TYPE, log: [] };
    feeds.set(name, feed);
  }
  return feed;
}

async function readBody(request) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('feed body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, status, value) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(value);
}

/** @returns {import('koa').Middleware} */
export function feedServer() {
  return async function feedServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const rest = decodeURIComponent(ctx.path.slice(PREFIX.length));
    const isLog = rest.endsWith('/log');
    const name = isLog ? rest.slice(0, -'/log'.length) : rest;
    if (!name || name.includes('/')) return json(ctx, 400, { error: 'expected /__feeds/<name> or /__feeds/<name>/log' });
    const method = ctx.method;

    if (isLog) {
      if (method !== 'GET') return json(ctx, 405, { error: 'GET only' });
      return json(ctx, 200, feeds.get(name)?.log ?? []);
    }

    if (method === 'PUT' || method === 'POST') {
      const body = await readBody(ctx.req);
      const { status = '200', delay = '0', type = DEFAULT_TYPE } = ctx.query;
      const code = Number(status);
      if (!Number.isInteger(code) || code < 200 || code > 599) return json(ctx, 400, { error: `bad status ${status}` });
      const ms = Number(delay);
      if (!Number.isFinite(ms) || ms < 0 || ms > 60_000) return json(ctx, 400, { error: `bad delay ${delay}` });
      const feed = entry(name);
      if (body !== '') {
        feed.body = body;
        version += 1;
        feed.etag = `"${encodeURIComponent(name)}-${version}-${Date.now().toString(36)}"`;
      }
      feed.status = code;
      feed.delay = ms;
      feed.type = String(type) || DEFAULT_TYPE;
      return json(ctx, 200, { name, etag: feed.etag ?? null, status: feed.status, delay: feed.delay, type: feed.type });
    }

    if (method === 'DELETE') {
      feeds.delete(name);
      ctx.status = 204;
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD, PUT, POST, DELETE');
      return json(ctx, 405, { error: `method ${method} not allowed` });
    }

    const feed = feeds.get(name);
    const headers = ctx.headers;
    const record = {
      method,
      url: ctx.url,
      ifNoneMatch: headers['if-none-match'] ?? null,
      cookie: headers.cookie !== undefined,
      referer: headers.referer ?? null,
      origin: headers.origin ?? null,
      accept: headers.accept ?? null,
      status: 0,
      time: Date.now(),
    };
    feed?.log.push(record);
    if (feed?.delay) await sleep(feed.delay);

    ctx.set('Cache-Control', 'no-cache');
    if (!feed || (feed.body === undefined && feed.status === 200)) {
      record.status = 404;
      // An unknown name is logged too, so a test can see that it was asked for.
      if (!feed) entry(name).log.push(record);
      return json(ctx, 404, { error: `no feed stored as ${name}` });
    }
    if (feed.status !== 200) {
      record.status = feed.status;
      ctx.status = feed.status;
      ctx.set('Content-Type', feed.type);
      ctx.body = feed.body ?? `status ${feed.status} set by the test`;
      return;
    }
    const ifNoneMatch = record.ifNoneMatch;
    // A body is always stored with its ETag.
    ctx.set('ETag', /** @type {string} */ (feed.etag));
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === feed.etag || tag.trim() === '*')) {
      record.status = 304;
      ctx.status = 304;
      return;
    }
    record.status = 200;
    ctx.status = 200;
    ctx.set('Content-Type', feed.type);
    ctx.body = feed.body;
  };
}

/** For tests of this module: forget every feed. */
export function resetFeeds() {
  feeds.clear();
}
