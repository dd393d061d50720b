/**
 * `standpoint-widgets builder`: serves the embed builder from the installed
 * package on 127.0.0.1 (browsers run no module script from a file opened
 * from disk). Only the builder, the built bundles and the guides are served,
 * read-only, under the demo's strict Content-Security-Policy, widened only so
 * the builder can load a feed from any address.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve, sep } from 'node:path';
import { contentTypeOf } from './content-types.mjs';
import { BUILDER_CONTENT_SECURITY_POLICY } from './csp.mjs';

// builder/snippet.js imports the library's snippet module (and the version it pins) from dist/.
const SERVED = ['/builder/', '/dist/cdn/', '/dist/docs/', '/docs/', '/dist/components/standpoint-share/embed-snippet.js', '/dist/version.js'];

/**
 * @param {string} packageRoot
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveBuilder(packageRoot, { port = 8000 } = {}) {
  const root = resolve(packageRoot);
  const server = createServer(async (request, response) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' };
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return response.writeHead(400, headers).end();
    }
    if (path === '/' || path === '/builder') return response.writeHead(302, { ...headers, Location: '/builder/' }).end();
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(root, `.${path}`);
    const allowed = (request.method === 'GET' || request.method === 'HEAD') && SERVED.some((prefix) => path.startsWith(prefix)) && file.startsWith(root + sep) && !path.includes('\0');
    const info = allowed ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) return response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    const type = contentTypeOf(file);
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': info.size, ...(type.startsWith('text/html') ? { 'Content-Security-Policy': BUILDER_CONTENT_SECURITY_POLICY } : {}) });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });
  const listening = (tryPort, triesLeft) =>
    new Promise((resolveListen, rejectListen) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && triesLeft > 0 && tryPort !== 0) resolveListen(listening(tryPort + 1, triesLeft - 1));
        else rejectListen(error);
      });
      server.listen(tryPort, '127.0.0.1', () => resolveListen());
    });
  await listening(port, 20);
  return {
    url: `http://127.0.0.1:${server.address().port}/builder/`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
