/**
 * A static file server for the consumer tests: one folder on 127.0.0.1 at a
 * free port, HTML pages optionally under a Content-Security-Policy. Stopped by
 * `close()`; it also never keeps the process alive (`unref`).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf } from '../../bin/content-types.mjs';

/** Serves `root`; resolves to `{ origin, requests, close }` once listening. */
export function serveFolder(root, { csp } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      // Browsers ask for it by themselves; a 404 would read as a page error.
      response.writeHead(204).end();
      return;
    }
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) file = join(base, '404');
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = contentTypeOf(file);
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
      ...(csp && type.startsWith('text/html') ? { 'Content-Security-Policy': csp } : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer, rejectServer) => {
    server.once('error', rejectServer);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolveServer({
        origin: `http://127.0.0.1:${server.address().port}`,
        requests,
        close: () =>
          new Promise((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}
