/**
 * `standpoint-widgets builder`: serves the embed builder from the installed
 * package on 127.0.0.1 (browsers run no module script from a file opened
 * from disk). Only the builder, the built bundles, the library modules the
 * builder imports and the guides are served, read-only, under the demo's
 * strict Content-Security-Policy, widened only so the builder can load a
 * feed from any address.
 */
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { BUILDER_CONTENT_SECURITY_POLICY } from './csp.mjs';
import { moduleGraph } from './module-graph.mjs';
import { startStaticServer } from './static-server.mjs';

const SERVED_FOLDERS = ['/builder/', '/dist/cdn/', '/dist/docs/', '/docs/'];
const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' };

/**
 * The modules the builder imports outside builder/: the tools' entry of the
 * library (dist/feed/authoring.js) and what it pulls in, and the starter
 * feed of `init` (bin/starter.mjs), which the editor opens as a new feed.
 * Those files and no other.
 *
 * @param {string} root
 * @returns {Promise<Set<string>>} URL paths
 */
async function libraryModules(root) {
  const { files } = await moduleGraph(join(root, 'builder/builder.js')).catch(() => ({ files: new Set() }));
  return new Set([...files].map((file) => `/${relative(root, file).split(sep).join('/')}`));
}

/**
 * The CSV reader of the editor's import, where the builder's page asks for
 * it (`../node_modules/papaparse/papaparse.min.js`), from wherever npm put
 * the package's dependency: inside the package, or hoisted beside it.
 */
const CSV_READER = '/node_modules/papaparse/papaparse.min.js';
const csvReaderFolder = () => dirname(createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'));

/**
 * @param {string} packageRoot
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveBuilder(packageRoot, { port = 8000 } = {}) {
  const modules = await libraryModules(packageRoot);
  const server = await startStaticServer({
    // Of the CSV reader's folder, `serves` lets only the one file be read.
    mounts: [
      ['/node_modules/papaparse/', csvReaderFolder()],
      ['/', packageRoot],
    ],
    port,
    portTries: 20,
    baseHeaders: HEADERS,
    // Nothing here takes anything but a read: to anything else, the builder is not here at all.
    sendError: (response, status) => response.writeHead(status === 405 ? 404 : status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(status === 400 ? '' : 'Not found'),
    route(_request, response, path) {
      if (path !== '/' && path !== '/builder') return false;
      response.writeHead(302, { ...HEADERS, Location: '/builder/' }).end();
      return true;
    },
    serves: (path) => path === CSV_READER || modules.has(path) || SERVED_FOLDERS.some((prefix) => path.startsWith(prefix)),
    headers: ({ type }) => (type.startsWith('text/html') ? { 'Content-Security-Policy': BUILDER_CONTENT_SECURITY_POLICY } : {}),
  });
  return { url: `${server.origin}/builder/`, close: server.close };
}
