#!/usr/bin/env node
/**
 * A small static server for the demo, with no dependency: the repository root
 * on 127.0.0.1 (so `/demo/` and `/dist/` both work), every HTML page under the
 * strict Content-Security-Policy of scripts/csp.mjs, ETags and 304s so the
 * feed loader's conditional requests can be watched in DevTools.
 *
 *   PORT=8080 node scripts/serve.mjs      (default 8000; the next free port if busy; PORT=0 any free port)
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, contentTypeOf } from '../bin/content-types.mjs';
import { CONTENT_SECURITY_POLICY } from './csp.mjs';

const BUILDER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https: http:").replace(
  "img-src 'self'",
  "img-src 'self' https:",
);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
const firstPort = Number.parseInt(process.env.PORT ?? '8000', 10);
const portsToTry = 20;

/** JSON Feed has its own media type; `feed.json`, `sample-feed.json` etc. are served with it. */
function contentType(path) {
  if (path.endsWith('feed.json')) return 'application/feed+json; charset=utf-8';
  return contentTypeOf(path);
}

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);

function send(response, status, headers, body) {
  const isHtml = String(headers['Content-Type'] ?? '').startsWith('text/html');
  response.writeHead(status, {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(isHtml ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
    ...headers,
  });
  if (body === undefined || response.req.method === 'HEAD') response.end();
  else if (typeof body === 'string' || Buffer.isBuffer(body)) response.end(body);
  else body.pipe(response);
}

function sendText(response, status, message) {
  const body = `<!doctype html><meta charset="utf-8"><title>${status}</title><p>${escapeHtml(message)}</p>\n`;
  send(response, status, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': Buffer.byteLength(body) }, body);
}

async function listing(response, directory, urlPath) {
  const entries = (await readdir(directory, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || a.name.localeCompare(b.name));
  const items = entries
    .map((entry) => {
      const name = entry.name + (entry.isDirectory() ? '/' : '');
      return `<li><a href="${escapeHtml(encodeURIComponent(entry.name) + (entry.isDirectory() ? '/' : ''))}">${escapeHtml(name)}</a></li>`;
    })
    .join('\n');
  const body = `<!doctype html><meta charset="utf-8"><title>Index of ${escapeHtml(urlPath)}</title><h1>Index of ${escapeHtml(urlPath)}</h1><ul>\n${items}\n</ul>\n`;
  send(response, 200, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-cache' }, body);
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed');
  }
  const url = new URL(request.url ?? '/', `http://${host}`);
  let urlPath;
  try {
    urlPath = decodeURIComponent(url.pathname);
  } catch {
    return sendText(response, 400, 'Bad request');
  }
  // No dotfiles (.git, .env …) and nothing outside the repository.
  if (urlPath.includes('\0') || urlPath.split('/').some((segment) => segment.startsWith('.'))) {
    return sendText(response, 404, 'Not found');
  }
  let path = resolve(root, `.${urlPath}`);
  if (path !== root && !path.startsWith(root + sep)) return sendText(response, 404, 'Not found');

  let info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.setHeader('Location', `${url.pathname}/${url.search}`);
      return send(response, 301, {});
    }
    const index = join(path, 'index.html');
    const indexInfo = await stat(index).catch(() => undefined);
    if (!indexInfo?.isFile()) return listing(response, path, urlPath);
    path = index;
    info = indexInfo;
  }
  if (!info?.isFile()) return sendText(response, 404, `Not found: ${urlPath}`);

  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': contentType(path),
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    // Always revalidate: the point is to see fresh builds and feeds at once.
    'Cache-Control': 'no-cache',
    // The embed builder loads and previews feeds from any address the webmaster gives it.
    ...(urlPath.startsWith('/builder/') && path.endsWith('.html') ? { 'Content-Security-Policy': BUILDER_CONTENT_SECURITY_POLICY } : {}),
  };
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    return send(response, 304, headers);
  }
  send(response, 200, { ...headers, 'Content-Length': info.size }, createReadStream(path));
}

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) sendText(response, 500, 'Internal server error');
    else response.destroy();
  });
});

server.once('listening', () => {
  console.log(`Demo: http://${host}:${server.address().port}/demo/`);
  console.log(`Embed builder: http://${host}:${server.address().port}/builder/`);
});

function listen(port, triesLeft) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 1) {
      listen(port + 1, triesLeft - 1);
    } else {
      console.error(`Could not listen on ${host}:${port}: ${error.message}`);
      process.exit(1);
    }
  });
  server.listen(port, host);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}

listen(Number.isInteger(firstPort) && firstPort >= 0 ? firstPort : 8000, portsToTry);
