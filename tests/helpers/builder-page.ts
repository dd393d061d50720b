/**
 * The embed builder's page (builder/index.html) in an iframe, as the
 * builder's and the editor's browser tests drive it.
 */
import { waitUntil } from '@open-wc/testing';

export type BuilderWindow = Window & typeof globalThis & { __violations: string[] };
export type AxeWindow = BuilderWindow & { axe?: { run: (context: Node, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

/**
 * The sample feed as a coalition would publish it: its example.org
 * addresses (sample data) moved to a host of its own, so the checker has no
 * reminder to give unless a test makes one.
 */
export const sampleFeed = async () => (await (await fetch('/demo/sample-feed.json')).text()).replaceAll('example.org', 'coalition.test');

/**
 * The builder in an iframe. Its interface language is pinned with `?lang=`
 * (English unless told); `lang: null` leaves it to the browser's languages.
 */
export async function openBuilder({ csp = true, lang = 'en' as string | null, width = 1000 } = {}): Promise<{ frame: HTMLIFrameElement; doc: Document; win: BuilderWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const query = new URLSearchParams();
  if (csp) query.set('csp', 'strict');
  if (lang) query.set('lang', lang);
  frame.src = `/builder/index.html${String(query) ? `?${query}` : ''}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as BuilderWindow;
  const doc = frame.contentDocument!;
  // Violations from here on: everything the builder does once the page has loaded.
  win.__violations = [];
  doc.addEventListener('securitypolicyviolation', (event) => win.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
  await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'the builder started', { timeout: 8000 });
  return { frame, doc, win };
}


/** Runs axe-core on the builder's page. */
export async function axeViolations(frame: HTMLIFrameElement, doc: Document) {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    await new Promise((resolve) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.addEventListener('load', resolve);
      doc.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(doc, { resultTypes: ['violations'] });
  return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}


export const field = <T extends HTMLElement = HTMLInputElement>(doc: Document, id: string) => doc.getElementById(id) as T;

/** Types into the feed text as a paste would, and waits for the check. */
export async function pasteFeed(doc: Document, text: string) {
  const textarea = field<HTMLTextAreaElement>(doc, 'feed-text');
  const before = field(doc, 'check-summary').textContent;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => field(doc, 'check-summary').textContent !== before, 'the feed was checked', { timeout: 4000 });
}

