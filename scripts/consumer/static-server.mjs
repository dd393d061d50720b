/**
 * The consumer tests' static hosting: one folder on 127.0.0.1 at a free
 * port, never cached, HTML pages optionally under a Content-Security-Policy,
 * every path asked for recorded. Stopped by `close()`; it also never keeps
 * the process alive (`unref`).
 */
import { startStaticServer } from '../../bin/static-server.mjs';

/**
 * Serves `root`; resolves to `{ origin, requests, close }` once listening.
 *
 * @param {string} root
 * @param {{ csp?: string }} [options]
 */
export async function serveFolder(root, { csp } = {}) {
  /** @type {string[]} */
  const requests = [];
  const server = await startStaticServer({
    mounts: [['/', root]],
    unref: true,
    noFavicon: true,
    route(_request, _response, path) {
      requests.push(path);
      return false;
    },
    headers: ({ type }) => ({ 'Cache-Control': 'no-store', ...(csp && type.startsWith('text/html') ? { 'Content-Security-Policy': csp } : {}) }),
  });
  return { origin: server.origin, requests, close: server.close };
}
