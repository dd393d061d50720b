/**
 * What the command-line tests share: running the real `bin/` script as a
 * webmaster would (a child process, its exit code and output), scratch
 * folders under the system's temp folder, and small servers on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../bin/static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = join(root, 'bin', 'standpoint-widgets.mjs');

/**
 * Runs the CLI with `args`; resolves `{ code, stdout, stderr }`.
 *
 * @param {string[]} args
 * @param {{ input?: string | Buffer, cwd?: string, timeoutMs?: number }} [options]
 */
export function runCli(args, { input, cwd = root, timeoutMs = 30_000 } = {}) {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectRun(new Error(`standpoint-widgets ${args.join(' ')} ran for more than ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', rejectRun);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything (an oversized feed)
    child.stdin.end(input ?? '');
  });
}

/** A fresh scratch folder, removed after the test. */
export function scratchFolder(t) {
  const folder = mkdtempSync(join(tmpdir(), 'standpoint-cli-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * An HTTP server on 127.0.0.1 for one test, closed after it.
 *
 * @param {import('node:test').TestContext} t
 * @param {import('node:http').RequestListener} handler
 * @returns {Promise<string>} its origin, e.g. http://127.0.0.1:41234
 */
export async function serve(t, handler) {
  const server = createServer(handler);
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  t.after(
    () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(resolveClose);
      }),
  );
  return `http://127.0.0.1:${server.address().port}`;
}

/** The text at a 1-based line and column. */
export function textAt(text, line, column) {
  return text.split('\n')[line - 1]?.slice(column - 1) ?? '';
}

/**
 * Serves a folder as static hosting would, on 127.0.0.1, for one test.
 *
 * @param {import('node:test').TestContext} t
 * @param {string} folder
 * @param {Record<string, string>} [headers] added to every HTML page (a Content-Security-Policy)
 * @returns {Promise<string>} its origin
 */
export async function serveFolder(t, folder, headers = {}) {
  const server = await startStaticServer({
    mounts: [['/', folder]],
    noFavicon: true,
    headers: ({ type }) => (type.startsWith('text/html') ? headers : {}),
  });
  t.after(server.close);
  return server.origin;
}

/**
 * Debian's Chromium through playwright-core (no browser download here),
 * closed after the test.
 *
 * @param {import('node:test').TestContext} t
 */
export async function launchChromium(t) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  t.after(() => browser.close());
  return browser;
}
