/**
 * Headless Chromium driven over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: no port, no WebSocket, and the browser exits
 * when this process does).
 *
 * Why not Playwright: it turns on `Emulation.setFocusEmulationEnabled` for
 * every page it attaches to, and a focus-emulated page stays
 * `visibilityState: 'visible'` even behind another tab, so a hidden tab
 * (what the idle measurement needs) cannot be had through it. Plain CDP
 * hides a tab exactly as a reader's browser does: another tab comes to front.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

export const CHROMIUM_ARGS = [
  '--headless=new',
  ...CHROMIUM_FLAGS,
  '--no-default-browser-check',
  '--disable-extensions',
  '--mute-audio',
  // A phone-sized window: the readers this library serves are mostly on phones.
  '--window-size=390,844',
];

class ProtocolError extends Error {}

/** One pipe to the browser; messages are JSON separated by NUL bytes. */
class Connection {
  #nextId = 0;
  #pending = new Map();
  #listeners = new Set();
  #buffer = '';
  closed = false;

  constructor(write, read) {
    this.write = write;
    read.setEncoding('utf8');
    read.on('data', (chunk) => this.#receive(chunk));
    read.on('close', () => {
      this.closed = true;
      for (const { reject, method } of this.#pending.values()) reject(new ProtocolError(`${method}: the browser closed`));
      this.#pending.clear();
    });
  }

  #receive(chunk) {
    this.#buffer += chunk;
    let end;
    while ((end = this.#buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(this.#buffer.slice(0, end));
      this.#buffer = this.#buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = this.#pending.get(message.id);
        if (!waiting) continue;
        this.#pending.delete(message.id);
        if (message.error) waiting.reject(new ProtocolError(`${waiting.method}: ${message.error.message} ${message.error.data ?? ''}`.trim()));
        else waiting.resolve(message.result);
      } else {
        for (const listener of [...this.#listeners]) listener(message);
      }
    }
  }

  send(method, params = {}, sessionId) {
    if (this.closed) return Promise.reject(new ProtocolError(`${method}: the browser is closed`));
    const id = ++this.#nextId;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.write.write(`${JSON.stringify(message)}\0`);
    });
  }

  /** Calls `listener(params)` for each `method` event of `sessionId`; returns the unsubscribe function. */
  on(sessionId, method, listener) {
    const wrapped = (message) => {
      if (message.method === method && message.sessionId === sessionId) listener(message.params);
    };
    this.#listeners.add(wrapped);
    return () => this.#listeners.delete(wrapped);
  }
}

/** One tab. */
export class Page {
  constructor(connection, targetId, sessionId) {
    this.connection = connection;
    this.targetId = targetId;
    this.sessionId = sessionId;
  }

  send(method, params) {
    return this.connection.send(method, params, this.sessionId);
  }

  on(method, listener) {
    return this.connection.on(this.sessionId, method, listener);
  }

  /** Resolves with the next `method` event (its params), or rejects after `timeoutMs`. */
  waitForEvent(method, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on(method, (params) => {
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  /**
   * Evaluates an expression (or `(function)(...args)`, the arguments passed
   * as JSON) in the page, awaits a promise, and returns the value as JSON.
   */
  async evaluate(code, ...args) {
    const expression = typeof code === 'function' ? `(${code})(...${JSON.stringify(args)})` : code;
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    });
    if (exceptionDetails) {
      const description = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(`in the page: ${description}`);
    }
    return result.value;
  }

  /** Navigates and waits for the load event. */
  async goto(url, timeoutMs = 60_000) {
    const loaded = this.waitForEvent('Page.loadEventFired', timeoutMs);
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`navigating to ${url}: ${errorText}`);
    await loaded;
  }

  /** Polls a page expression until it is truthy. */
  async waitFor(expression, { timeoutMs = 30_000, what = expression } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.evaluate(expression)) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Performance.getMetrics as `{ name: value }`. */
  async metrics() {
    const { metrics } = await this.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  }

  close() {
    return this.connection.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
  }
}

/** A running Chromium. */
export class Browser {
  constructor(child, connection, userDataDir) {
    this.child = child;
    this.connection = connection;
    this.userDataDir = userDataDir;
  }

  /** A new tab in the browser's window (it comes to front, so the tab before it is hidden). */
  async newPage(url = 'about:blank') {
    const { targetId } = await this.connection.send('Target.createTarget', { url });
    const { sessionId } = await this.connection.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this.connection, targetId, sessionId);
    await Promise.all([page.send('Page.enable'), page.send('Runtime.enable'), page.send('Performance.enable')]);
    return page;
  }

  async version() {
    const { product } = await this.connection.send('Browser.getVersion');
    return product;
  }

  async close() {
    if (!this.connection.closed) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      await this.connection.send('Browser.close').catch(() => {});
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

export async function launch(executablePath) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'standpoint-bench-profile-'));
  const child = spawn(executablePath, [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  // Piped (stdio above), so never null.
  /** @type {import('node:stream').Readable} */ (child.stderr).on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  // The browser (and its profile folder) must not outlive a runner that stops early.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(userDataDir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const connection = new Connection(child.stdio[3], child.stdio[4]);
  const started = await Promise.race([
    connection.send('Browser.getVersion').then(() => true),
    new Promise((resolve) => child.once('exit', () => resolve(false))),
    new Promise((resolve) => setTimeout(() => resolve(false), 30_000)),
  ]);
  if (!started) {
    killOnExit();
    throw new Error(`Chromium (${executablePath}) did not start:\n${stderr}`);
  }
  // The tab the browser opened with is not used: each measurement opens its own.
  const { targetInfos } = await connection.send('Target.getTargets');
  for (const target of targetInfos.filter((info) => info.type === 'page')) {
    await connection.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
  }
  return new Browser(child, connection, userDataDir);
}
