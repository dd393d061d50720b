/**
 * Hostile servers for the trust suite (tests/trust/), as web-test-runner
 * middleware (koa). Everything lives under /__trust/ except the CSP header,
 * which any page asked for with `?trust-csp=strict` gets (`strict-duplicates`:
 * the same with 'allow-duplicates' for Trusted Types policy names).
 *
 *   GET /__trust/fault/<kind>        one broken answer per kind (FAULTS below)
 *   GET /__trust/feed/<name>[?cors=allow]
 *       a small valid feed; a cross-origin read is refused (no
 *       Access-Control-Allow-Origin) unless `cors=allow`
 *   POST /__trust/script/<name>      body `{ "mode": "cycle" | "ok" | "hold" | "500" | "hang" }`
 *   GET  /__trust/script/<name>      answers by mode; `cycle` goes ok → 500 → hang → ok …
 *       Each `ok` is a new copy of a feed, "Copy N" with N signatories, N
 *       the number of `ok` answers so far, so a test can tell which copy is
 *       on screen; `hold` sends the last copy again, unchanged. `hang` sends
 *       nothing until the client gives up.
 *   GET  /__trust/script/<name>/log  `[{ index, mode, time, closedEarly }]`
 *   GET /__trust/tampered/<file>     dist/cdn/<file> with code appended, as an
 *                                    attacker on a CDN would (chunks unchanged)
 *   GET /__trust/tampered-chunks/<file>  dist/cdn/<file>, the loader as built
 *                                    and every chunk with code appended
 *   GET /__trust/img/<name>.png      a 1×1 PNG (a share image on the feed's origin)
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PREFIX = '/__trust/';

/** The policy the issue names, with the two Trusted Types policies the README documents. */
export const TRUST_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify',
].join('; ');

const FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const MB = 1024 * 1024;
// The smallest valid PNG: a 1×1 transparent pixel.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const smallFeed = (title, count) =>
  JSON.stringify({
    version: FEED_VERSION,
    items: [
      {
        id: 'trust',
        url: 'https://example.org/standpoint',
        title,
        content_text: `${title}.`,
        _standpoint: {
          demands: [{ id: 'd1', text: `${title}: demand`, status: 'voiced' }],
          signatories: { count },
          share: { url: 'https://example.org/standpoint', text: title },
        },
      },
    ],
  });

/** 20 MB of one valid feed, written 64 KB at a time, never held in memory whole. */
async function* twentyMegabytes() {
  const head = `{"version":"${FEED_VERSION}","items":[{"id":"huge","title":"`;
  const tail = '"}]}';
  const chunk = 'x'.repeat(64 * 1024);
  yield head;
  for (let written = head.length; written < 20 * MB - tail.length; written += chunk.length) yield chunk;
  yield tail;
}

let manyDemands;
/** A feed with 100,000 demands (built once, about 5 MB). */
function hundredThousandDemands() {
  manyDemands ??= JSON.stringify({
    version: FEED_VERSION,
    items: [
      {
        id: 'many',
        title: 'One hundred thousand demands',
        _standpoint: {
          demands: Array.from({ length: 100_000 }, (_, index) => ({ id: `d${index}`, text: `Demand ${index}`, status: 'voiced' })),
        },
      },
    ],
  });
  return manyDemands;
}

/** JSON nested 100,000 levels deep where the feed's items belong. */
const deeplyNested = () => `{"version":"${FEED_VERSION}","items":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;

/** Waits until the client closes the connection (or a safety limit passes). */
function untilClosed(ctx, limitMs = 60_000) {
  return new Promise((resolveWait) => {
    const timer = setTimeout(done, limitMs);
    function done() {
      clearTimeout(timer);
      resolveWait(undefined);
    }
    ctx.req.once('close', done);
    ctx.res.once('close', done);
  });
}

/**
 * Each kind of broken answer, as a feed URL can give it. The answers are
 * built so that only the fault named is wrong (a 404 body is not JSON, but a
 * 404 it is first).
 */
const FAULTS = {
  'not-json': (ctx) => answer(ctx, 200, 'application/json', '{"version": "https://jsonfeed.org/version/1.1", items: [oops'),
  'html-200': (ctx) =>
    answer(ctx, 200, 'text/html; charset=utf-8', '<!doctype html><html><head><title>Service unavailable</title></head><body><h1>We are down for maintenance</h1></body></html>'),
  empty: (ctx) => answer(ctx, 200, 'application/feed+json', ''),
  '404': (ctx) => answer(ctx, 404, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><h1>404</h1>'),
  '500': (ctx) => answer(ctx, 500, 'text/plain', 'Internal Server Error'),
  'wrong-type': (ctx) => answer(ctx, 200, 'image/png', PIXEL),
  'twenty-megabytes': (ctx) => {
    ctx.status = 200;
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/feed+json';
    // A stream gives no Content-Length: the loader must count bytes itself.
    ctx.body = Readable.from(twentyMegabytes());
  },
  'twenty-megabytes-declared': (ctx) => {
    ctx.status = 200;
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/feed+json';
    ctx.length = 20 * MB;
    ctx.body = Readable.from(twentyMegabytes());
  },
  'deeply-nested': (ctx) => answer(ctx, 200, 'application/feed+json', deeplyNested()),
  'hundred-thousand-demands': (ctx) => answer(ctx, 200, 'application/feed+json', hundredThousandDemands()),
  'redirect-loop': (ctx) => {
    const hop = Number(ctx.query.hop ?? 0) + 1;
    ctx.set('Cache-Control', 'no-store');
    ctx.redirect(`${PREFIX}fault/redirect-loop?hop=${hop % 2}`);
  },
  'never-finishes': async (ctx) => {
    // Headers and the start of a feed, then silence.
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/feed+json', 'Cache-Control': 'no-store' });
    ctx.res.write(`{"version":"${FEED_VERSION}","items":[{"id":"slow","title":"`);
    await untilClosed(ctx);
    ctx.res.destroy();
  },
  'no-answer': async (ctx) => {
    // Not even headers.
    ctx.respond = false;
    await untilClosed(ctx);
    ctx.res.destroy();
  },
};

function answer(ctx, status, type, body) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Type', type);
  ctx.body = body;
}

/** @type {Map<string, { mode: string, served: number, ok: number, log: object[] }>} */
const scripts = new Map();

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const CYCLE = ['ok', '500', 'hang'];

async function scripted(ctx, name, isLog) {
  if (isLog) {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(scripts.get(name)?.log ?? []);
    return;
  }
  if (ctx.method === 'POST') {
    const { mode } = await readJson(ctx.req);
    if (!['cycle', 'hold', ...CYCLE].includes(mode)) ctx.throw(400, `unknown mode ${mode}`);
    const script = scripts.get(name) ?? { mode, served: 0, ok: 0, log: [] };
    script.mode = mode;
    scripts.set(name, script);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ name, mode });
    return;
  }
  const script = scripts.get(name);
  if (!script) return ctx.throw(404, `no script ${name}`);
  const index = script.served++;
  const mode = script.mode === 'cycle' ? CYCLE[index % CYCLE.length] : script.mode;
  const record = { index, mode, time: Date.now(), closedEarly: false };
  script.log.push(record);
  if (mode === 'ok') {
    script.ok += 1;
    return answer(ctx, 200, 'application/feed+json', smallFeed(`Copy ${script.ok}`, script.ok));
  }
  if (mode === 'hold') return answer(ctx, 200, 'application/feed+json', smallFeed(`Copy ${script.ok}`, script.ok));
  if (mode === '500') return answer(ctx, 500, 'text/plain', 'Internal Server Error');
  ctx.respond = false;
  ctx.res.once('close', () => (record.closedEarly = !ctx.res.writableEnded));
  await untilClosed(ctx);
  ctx.res.destroy();
}

/** dist/cdn/<file>, and for the entry files the same with an attacker's line appended. */
async function tampered(ctx, file, { chunks = false } = {}) {
  const path = normalize(join(root, 'dist', 'cdn', file));
  if (!path.startsWith(join(root, 'dist', 'cdn'))) ctx.throw(400, 'outside dist/cdn');
  let code;
  try {
    code = await readFile(path, 'utf8');
  } catch {
    ctx.throw(404, `no dist/cdn/${file}; run npm run build`);
  }
  // Chunks are served as built, so only the entry's integrity is in question.
  const isEntry = !file.includes('/');
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/javascript';
  // With `chunks`, the other way round: the loaders as built, what they load (chunks, the bundle) tampered.
  const tamper = chunks ? !isEntry || file.endsWith('.bundle.js') : isEntry;
  ctx.body = tamper ? `${code}\n;globalThis.__tampered = (globalThis.__tampered ?? 0) + 1;\n` : code;
}

/** @returns {import('koa').Middleware} */
export function trustServer() {
  return async function trustServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) {
      await next();
      if (ctx.query['trust-csp'] === 'strict') ctx.set('Content-Security-Policy', TRUST_CSP);
      // For pages that load more than one copy of Lit (several bundles, or the host's own Lit).
      if (ctx.query['trust-csp'] === 'strict-duplicates') ctx.set('Content-Security-Policy', `${TRUST_CSP} 'allow-duplicates'`);
      return;
    }
    const [area, ...rest] = ctx.path.slice(PREFIX.length).split('/');
    const name = decodeURIComponent(rest.join('/'));
    switch (area) {
      case 'fault': {
        const fault = FAULTS[name];
        if (!fault) ctx.throw(404, `no fault ${name}; known: ${Object.keys(FAULTS).join(', ')}`);
        return fault(ctx);
      }
      case 'feed':
        if (ctx.query.cors === 'allow') ctx.set('Access-Control-Allow-Origin', '*');
        return answer(ctx, 200, 'application/feed+json', smallFeed(`Feed ${name}`, 7));
      case 'script':
        return scripted(ctx, name.replace(/\/log$/, ''), name.endsWith('/log'));
      case 'tampered':
        return tampered(ctx, name);
      case 'tampered-chunks':
        return tampered(ctx, name, { chunks: true });
      case 'img':
        return answer(ctx, 200, 'image/png', PIXEL);
      default:
        ctx.throw(404, `unknown ${ctx.path}`);
    }
  };
}
