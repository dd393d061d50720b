/**
 * The one small static file server of the package and the repository: the
 * builder command (published, so it lives in bin/), the demo, the consumer
 * tests, the benchmark and the Storybook smoke test. It listens on
 * 127.0.0.1 only and reads files only; what differs between its users
 * (routes of their own, headers such as a Content-Security-Policy or
 * caching, which paths exist at all) comes in through the options, so the
 * path guard below is written once.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf } from './content-types.mjs';

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse<Request>} Response
 * @typedef {import('node:http').OutgoingHttpHeaders} Headers
 * @typedef {{ file: string, path: string, type: string, info: import('node:fs').Stats }} ServedFile
 * @typedef {(request: Request, response: Response, path: string) => boolean | Promise<boolean>} Route
 * @typedef {(served: ServedFile) => Headers} FileHeaders
 * @typedef {(response: Response, status: number, path: string) => void} SendError
 * @typedef {(response: Response, folder: string, path: string) => Promise<void>} ListDirectory
 *
 * @typedef {object} StaticServerOptions
 * @property {readonly (readonly [string, string])[]} mounts URL prefixes (each ending in `/`) and the
 *   folders served under them, the first that matches a path serving it: `[['/', root]]` for one folder.
 * @property {Route} [route] Called first with the decoded path; answers the request itself and returns true (generated pages,
 *   feeds held in memory, redirects), or returns false to let the files answer.
 * @property {(path: string) => boolean} [serves] Which paths may be read at all, after the guard; all by default.
 * @property {Headers} [baseHeaders] Headers of every response, errors included.
 * @property {FileHeaders} [headers] Headers of one file (Content-Type may be replaced).
 * @property {SendError} [sendError] Writes an error
 *   response (400, 404, 405, 500); plain text by default.
 * @property {ListDirectory} [listDirectory] Answers for a folder without index.html (404 without it).
 * @property {boolean} [redirectFolders] `/docs` → 301 `/docs/` when it is a folder, so that its relative links work.
 * @property {boolean} [etags] Weak ETags from size and time, and 304 for a matching If-None-Match.
 * @property {boolean} [noFavicon] `/favicon.ico` answers 204: browsers ask for it by themselves, and a 404 would read as a failed request.
 * @property {number} [port] The port; 0 (the default) for any free one.
 * @property {number} [portTries] How many ports from `port` up to try when it is taken (1 by default).
 * @property {boolean} [unref] Let the process exit while the server is listening.
 *
 * @typedef {{ origin: string, port: number, close: () => Promise<void> }} StaticServer
 */

const READS = new Set(['GET', 'HEAD']);

/** @type {Record<number, string>} */
const STATUS_TEXT = { 400: 'Bad request', 404: 'Not found', 405: 'Method not allowed', 500: 'Internal server error' };

/** @param {Response} response @param {number} status @param {Headers} [headers] */
function plainError(response, status, headers = {}) {
  const body = `${STATUS_TEXT[status] ?? status}\n`;
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }).end(body);
}

/**
 * The one path guard: the file a decoded URL path names under the mounts, or
 * undefined when it names none. No NUL, no dot segment (`..`, and dotfiles
 * such as `.git` or `.env`, encoded or not), nothing outside its folder.
 *
 * @param {readonly (readonly [string, string])[]} mounts with absolute folders
 * @param {string} path
 * @returns {string | undefined}
 */
export function fileFor(mounts, path) {
  if (path.includes('\0') || path.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  for (const [prefix, folder] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const file = resolve(folder, `./${path.slice(prefix.length)}`);
    return file === folder || file.startsWith(folder + sep) ? file : undefined;
  }
  return undefined;
}

/**
 * Starts a server; resolves once it listens.
 *
 * @param {StaticServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(options) {
  const mounts = options.mounts.map(([prefix, folder]) => /** @type {const} */ ([prefix, resolve(folder)]));
  const baseHeaders = options.baseHeaders ?? {};
  /** @type {SendError} */
  const sendError = options.sendError ?? ((response, status) => plainError(response, status, baseHeaders));

  /** @param {Request} request @param {Response} response */
  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return sendError(response, 400, url.pathname);
    }
    if (options.noFavicon && path === '/favicon.ico') return void response.writeHead(204, baseHeaders).end();
    if (options.route && (await options.route(request, response, path))) return;
    if (!READS.has(request.method ?? '')) {
      response.setHeader('Allow', 'GET, HEAD');
      return sendError(response, 405, path);
    }
    let file = options.serves && !options.serves(path) ? undefined : fileFor(mounts, path);
    let info = file ? await stat(file).catch(() => undefined) : undefined;
    if (file && info?.isDirectory()) {
      if (options.redirectFolders && !path.endsWith('/')) {
        return void response.writeHead(301, { ...baseHeaders, Location: `${url.pathname}/${url.search}` }).end();
      }
      const folder = file;
      file = join(folder, 'index.html');
      info = await stat(file).catch(() => undefined);
      if (!info?.isFile() && options.listDirectory) return options.listDirectory(response, folder, path);
    }
    if (!file || !info?.isFile()) return sendError(response, 404, path);

    const type = contentTypeOf(file);
    /** @type {Headers} */
    const headers = { ...baseHeaders, 'Content-Type': type, ...options.headers?.({ file, path, type, info }) };
    if (options.etags) {
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      Object.assign(headers, { ETag: etag, 'Last-Modified': info.mtime.toUTCString() });
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) return void response.writeHead(304, headers).end();
    }
    response.writeHead(200, { ...headers, 'Content-Length': info.size });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) sendError(response, 500, request.url ?? '');
      else response.destroy();
    });
  });

  /** @param {number} port @param {number} triesLeft @returns {Promise<void>} */
  const listen = (port, triesLeft) =>
    new Promise((resolveListen, rejectListen) => {
      server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
        if (error.code === 'EADDRINUSE' && triesLeft > 1 && port !== 0) resolveListen(listen(port + 1, triesLeft - 1));
        else rejectListen(error);
      });
      server.listen(port, '127.0.0.1', () => resolveListen());
    });
  await listen(options.port ?? 0, options.portTries ?? 1);
  if (options.unref) server.unref();
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
