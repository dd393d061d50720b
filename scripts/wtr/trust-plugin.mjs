/**
 * Server commands for the trust suite (tests/trust/): what the browser itself
 * saw, which no script in the page can hide or fake. Through the puppeteer
 * page behind @web/test-runner-chrome:
 *
 *   executeServerCommand('trust-record-start')   starts a fresh record for this test page
 *   executeServerCommand('trust-record-read')    the record so far:
 *     requests: every request of the page and its frames, iframes of other
 *               origins included: { url, method, type, frame, mainFrame, referer, time }
 *     failures: { url, error } of requests that failed (blocked, aborted, refused)
 *     dialogs:  alert / confirm / prompt / beforeunload, each dismissed at once
 *     console:  { type, text } of every console message, the browser's own included
 *     errors:   uncaught exceptions of the page's frames
 *   executeServerCommand('trust-record-stop')
 *   executeServerCommand('trust-heap')           { usedSize, totalSize } after two garbage collections
 *
 * Pages are reused from one test file to the next, so a record belongs to a
 * page and is replaced by the next start.
 */

/** @type {WeakMap<object, { record: TrustRecord, detach: () => void }>} */
const recorders = new WeakMap();

/**
 * @typedef {{
 *   requests: { url: string, method: string, type: string, frame: string, mainFrame: boolean, referer: string | null, time: number }[],
 *   failures: { url: string, error: string }[],
 *   dialogs: { type: string, message: string }[],
 *   console: { type: string, text: string }[],
 *   errors: string[],
 * }} TrustRecord
 * @returns {TrustRecord}
 */
function emptyRecord() {
  return { requests: [], failures: [], dialogs: [], console: [], errors: [] };
}

function startRecording(page) {
  recorders.get(page)?.detach();
  const record = emptyRecord();
  const frameUrl = (request) => {
    try {
      return request.frame()?.url() ?? '';
    } catch {
      return '';
    }
  };
  const onRequest = (request) => {
    const frame = request.frame();
    record.requests.push({
      url: request.url(),
      method: request.method(),
      type: request.resourceType(),
      frame: frameUrl(request),
      mainFrame: frame ? frame === page.mainFrame() : false,
      referer: request.headers().referer ?? null,
      time: Date.now(),
    });
  };
  const onFailed = (request) => record.failures.push({ url: request.url(), error: request.failure()?.errorText ?? '' });
  const onDialog = (dialog) => {
    record.dialogs.push({ type: dialog.type(), message: dialog.message() });
    // A dialog blocks the page's thread; dismissing it lets the test go on and fail.
    dialog.dismiss().catch(() => {});
  };
  const onConsole = (message) => record.console.push({ type: message.type(), text: message.text() });
  const onError = (error) => record.errors.push(String(error?.message ?? error));
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('dialog', onDialog);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  const detach = () => {
    page.off('request', onRequest);
    page.off('requestfailed', onFailed);
    page.off('dialog', onDialog);
    page.off('console', onConsole);
    page.off('pageerror', onError);
    recorders.delete(page);
  };
  recorders.set(page, { record, detach });
}

async function heapUsage(page) {
  const cdp = await page.createCDPSession();
  try {
    // Twice: the first pass may only schedule finalisers of what it frees.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedSize, totalSize };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function trustPlugin() {
  return {
    name: 'trust-commands',
    async executeCommand({ command, session }) {
      if (!command.startsWith('trust-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the puppeteer launcher (@web/test-runner-chrome)`);
      const page = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser).getPage(session.id);
      switch (command) {
        case 'trust-record-start':
          startRecording(page);
          return true;
        case 'trust-record-read':
          return recorders.get(page)?.record ?? emptyRecord();
        case 'trust-record-stop':
          recorders.get(page)?.detach();
          return true;
        case 'trust-heap':
          return heapUsage(page);
        default:
          throw new Error(`unknown command ${command}`);
      }
    },
  };
}
