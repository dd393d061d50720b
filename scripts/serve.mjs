#!/usr/bin/env node
/**
 * The demo's server: the repository root on 127.0.0.1 (so `/demo/` and
 * `/dist/` both work), every HTML page under the strict
 * Content-Security-Policy of bin/csp.mjs (the builder's pages under its
 * wider one), ETags and 304s so the feed loader's conditional requests can
 * be watched in DevTools, and a listing of folders without an index.html.
 *
 *   PORT=8080 node scripts/serve.mjs      (default 8000; the next free port if busy; PORT=0 any free port)
 */
import { readdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES } from '../bin/content-types.mjs';
import { BUILDER_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from '../bin/csp.mjs';
import { startStaticServer } from '../bin/static-server.mjs';
import { escapeHtml } from '../dist/feed/authoring.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const firstPort = Number.parseInt(process.env.PORT ?? '8000', 10);

const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' };

/**
 * An HTML page of the demo, under the strict policy.
 *
 * @param {import('../bin/static-server.mjs').Response} response
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string>} [headers]
 */
function sendPage(response, status, body, headers = {}) {
  response.writeHead(status, {
    ...HEADERS,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Content-Type': CONTENT_TYPES['.html'],
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** @type {Record<number, string>} */
const MESSAGES = { 400: 'Bad request', 405: 'Method not allowed', 500: 'Internal server error' };

/** @type {import('../bin/static-server.mjs').SendError} */
function sendError(response, status, path) {
  const message = MESSAGES[status] ?? `Not found: ${path}`;
  sendPage(response, status, `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${escapeHtml(message)}</p>\n`);
}

/** @type {import('../bin/static-server.mjs').ListDirectory} */
async function listDirectory(response, folder, urlPath) {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || a.name.localeCompare(b.name));
  const items = entries
    .map((entry) => {
      const name = entry.name + (entry.isDirectory() ? '/' : '');
      return `<li><a href="${escapeHtml(encodeURIComponent(entry.name) + (entry.isDirectory() ? '/' : ''))}">${escapeHtml(name)}</a></li>`;
    })
    .join('\n');
  const title = `Index of ${escapeHtml(urlPath)}`;
  sendPage(response, 200, `<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><ul>\n${items}\n</ul>\n`, { 'Cache-Control': 'no-cache' });
}

/** @type {import('../bin/static-server.mjs').FileHeaders} */
function headers({ path, type }) {
  /** @type {Record<string, string>} */
  const extra = {
    // Always revalidate: the point is to see fresh builds and feeds at once.
    'Cache-Control': 'no-cache',
    // JSON Feed has its own media type; `feed.json`, `sample-feed.json` etc. are served with it.
    ...(path.endsWith('feed.json') ? { 'Content-Type': 'application/feed+json; charset=utf-8' } : {}),
  };
  if (type.startsWith('text/html')) {
    // The embed builder loads and previews feeds from any address the webmaster gives it.
    extra['Content-Security-Policy'] = path.startsWith('/builder/') ? BUILDER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  }
  return extra;
}

let server;
try {
  server = await startStaticServer({
    mounts: [['/', root]],
    port: Number.isInteger(firstPort) && firstPort >= 0 ? firstPort : 8000,
    portTries: 20,
    baseHeaders: HEADERS,
    sendError,
    listDirectory,
    headers,
    redirectFolders: true,
    etags: true,
  });
} catch (error) {
  console.error(`Could not listen on 127.0.0.1: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
console.log(`Demo: ${server.origin}/demo/`);
console.log(`Embed builder: ${server.origin}/builder/`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void server.close();
    process.exit(0);
  });
}
