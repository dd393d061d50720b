/**
 * Bad feeds and bad networks, served for real (scripts/wtr/trust-server.mjs):
 * each ends in the fallback the webmaster wrote, one `standpoint-error` event
 * with the code for that fault, and a console line a webmaster can act on —
 * never a hang, a blank box or an uncaught exception.
 */
import { expect } from '@open-wc/testing';
import {
  addWidget,
  closePages,
  isRendered,
  library,
  loadBundle,
  openPage,
  readBrowserRecord,
  report,
  showsFallback,
  sleep,
  startBrowserRecord,
  stopBrowserRecord,
  waitFor,
} from '../fixtures/trust/frame.js';

/** Seconds before the loader gives up on a silent server, for this page (the default is 15). */
const TIMEOUT_SECONDS = 8;

/** The same test server under another name: another origin, which the browser treats as a third party. */
const otherOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

interface Fault {
  what: string;
  url: string;
  code: string;
  /** What the console line must say, beside the feed's URL. */
  says: RegExp;
}

const fault = (what: string, name: string, code: string, says: RegExp): Fault => ({ what, url: `/__trust/fault/${name}`, code, says });

const FAULTS: Fault[] = [
  fault('not JSON', 'not-json', 'not-json', /The feed is not valid JSON \(line \d+, column \d+\)/),
  fault('an HTML error page with status 200', 'html-200', 'not-json', /sent an HTML page \(text\/html\) instead of the feed: check that src/),
  fault('an empty body', 'empty', 'not-json', /sent an empty file instead of the feed/),
  fault('404', '404', 'http', /HTTP 404 Not Found/),
  fault('500', '500', 'http', /HTTP 500 Internal Server Error/),
  fault('the wrong content type (an image)', 'wrong-type', 'not-json', /sent image\/png instead of a JSON feed/),
  fault('a 20 MB body, streamed with no length', 'twenty-megabytes', 'too-large', /over the limit of \d+ bytes/),
  fault('a 20 MB body with its length declared', 'twenty-megabytes-declared', 'too-large', /is 20971520 bytes; the limit is \d+/),
  fault('deeply nested JSON (100,000 levels)', 'deeply-nested', 'not-a-feed', /"items" must be a list in square brackets, \[ … \]; it is \{ … \}\. \(at items\)/),
  fault('100,000 demands', 'hundred-thousand-demands', 'too-large', /the feed is \d+ bytes; the limit is \d+/),
  fault('a redirect loop', 'redirect-loop', 'network', /request failed .*redirects in a loop/),
  fault('a response that never finishes', 'never-finishes', 'timeout', new RegExp(`no answer within ${TIMEOUT_SECONDS} s`)),
  fault('a server that never answers', 'no-answer', 'timeout', new RegExp(`no answer within ${TIMEOUT_SECONDS} s`)),
  { what: 'a CORS refusal (a feed on another origin that does not allow this one)', url: `${otherOrigin}/__trust/feed/cors`, code: 'network', says: /request failed .*\(CORS\)/ },
];

describe('trust: bad feeds and bad networks', () => {
  afterEach(async () => {
    closePages();
    await stopBrowserRecord();
  });

  it(`each of ${FAULTS.length} faults ends in the fallback, one standpoint-error with its own code and a console message — no hang, no blank box, no exception`, async function () {
    this.timeout(40000);
    await startBrowserRecord();
    const page = await openPage();
    await loadBundle(page);
    (await library(page)).configureFeedLoader({ timeoutSeconds: TIMEOUT_SECONDS });
    const started = performance.now();
    const cases = FAULTS.map((fault) => {
      const element = addWidget(page, 'standpoint-statement', { src: fault.url, lang: 'en' });
      element.innerHTML = `<a href="https://example.org/standpoint">Read the standpoint (${fault.what})</a>`;
      const events: { code: string; message: string; stale: boolean; at: number }[] = [];
      element.addEventListener('standpoint-error', (event) => events.push({ ...(event as CustomEvent).detail, at: performance.now() - started }));
      return { fault, element, events };
    });
    // A fallback without content of the webmaster's still says something: never a blank box.
    const bare = addWidget(page, 'standpoint-counter', { src: '/__trust/fault/html-200', lang: 'uk' });
    const budget = (TIMEOUT_SECONDS + 8) * 1000;
    await waitFor(() => cases.every(({ events }) => events.length > 0), 'an error event from every widget', budget, () =>
      cases.filter(({ events }) => events.length === 0).map(({ fault }) => fault.what).join(', '),
    ).catch(() => undefined);
    await sleep(300); // a second event, if one were coming
    const record = await readBrowserRecord();

    const findings: string[] = [];
    for (const { fault, element, events } of cases) {
      const [event] = events;
      const name = `${fault.what} (${fault.url})`;
      if (!event) {
        findings.push(`${name}: no standpoint-error within ${budget / 1000} s (${isRendered(element) ? 'it rendered' : 'still waiting'})`);
        continue;
      }
      if (events.length > 1) findings.push(`${name}: ${events.length} error events`);
      if (event.code !== fault.code) findings.push(`${name}: code "${event.code}", expected "${fault.code}" (${event.message})`);
      if (!fault.says.test(event.message)) findings.push(`${name}: the message "${event.message}" does not match ${fault.says}`);
      if (event.stale) findings.push(`${name}: stale is true with nothing shown before`);
      const link = element.querySelector('a')!;
      const slot = element.shadowRoot!.querySelector('[part~="fallback"] slot') as HTMLSlotElement | null;
      if (!showsFallback(element) || !slot?.assignedElements().includes(link)) findings.push(`${name}: the fallback is not shown`);
      else if (link.getBoundingClientRect().height === 0) findings.push(`${name}: the fallback takes no room`);
      const absolute = new URL(fault.url, location.href).href;
      const line = page.probe.console.find(({ type, text }) => type === 'warn' && text.startsWith('[standpoint-widgets]') && text.includes(`${absolute}: `));
      if (!line) findings.push(`${name}: no console warning naming ${absolute}`);
      else if (!fault.says.test(line.text)) findings.push(`${name}: the console says "${line.text}"`);
    }
    const bareMessage = bare.shadowRoot?.querySelector('[part~="fallback"] .status-message')?.textContent?.trim();
    if (!bareMessage) findings.push('a widget without fallback content shows a blank box');
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`), ...record.errors.map((error) => `uncaught (browser): ${error}`));
    expect(findings, report('faults not handled', findings)).to.deep.equal([]);
  });

  it('the CORS refusal is the browser refusing: the same feed, allowed, loads across origins', async function () {
    this.timeout(15000);
    const page = await openPage();
    await loadBundle(page);
    const element = addWidget(page, 'standpoint-demands', { src: `${otherOrigin}/__trust/feed/cors?cors=allow`, lang: 'en' });
    await waitFor(() => isRendered(element), `the feed from ${otherOrigin}`, 8000, () => page.probe.console.map(({ text }) => text).join(' | '));
    expect(element.shadowRoot!.textContent).to.contain('Feed cors: demand');
  });
});
