/**
 * Integrity: the `integrity` hashes the README tells webmasters to paste, and
 * those of dist/cdn/integrity.json, make the browser refuse a tampered copy
 * of the bundle (scripts/wtr/trust-server.mjs serves one under
 * /__trust/tampered/: the real file with an attacker's line appended).
 */
import { expect } from '@open-wc/testing';
import { addScript, closePages, openPage, readBrowserRecord, report, sleep, startBrowserRecord, stopBrowserRecord, waitFor, WIDGETS } from '../fixtures/trust/frame.js';

interface ReadmeScript {
  file: string;
  integrity: string;
  module: boolean;
}

/** Every `<script src="…/dist/cdn/FILE" integrity="…">` of the README. */
async function readmeScripts(): Promise<ReadmeScript[]> {
  const readme = await (await fetch('/README.md')).text();
  const found = new Map<string, ReadmeScript>();
  for (const [tag] of readme.matchAll(/<script\b[^>]*>/g)) {
    const file = /\bsrc="https:\/\/[^"]*\/dist\/cdn\/([^"]+)"/.exec(tag)?.[1];
    const integrity = /\bintegrity="([^"]+)"/.exec(tag)?.[1];
    if (file && integrity) found.set(`${file} ${integrity}`, { file, integrity, module: /\btype="module"/.test(tag) });
  }
  return [...found.values()];
}

interface Outcome {
  loaded: 'load' | 'error';
  tamperedRan: boolean;
  defined: string[];
}

/**
 * Loads `src` on a fresh page that shows `tags`, as the README's tag would, and
 * reports what ran. The loader defines only the elements on the page, and
 * after fetching their chunks, so it is given time to (a bundle defines all
 * four at once).
 */
async function load(src: string, { integrity, module }: { integrity?: string; module: boolean }, tags: readonly string[] = WIDGETS): Promise<Outcome> {
  const page = await openPage();
  for (const tag of tags) page.doc.body.append(page.doc.createElement(tag));
  const attributes: Record<string, string> = module ? { type: 'module' } : {};
  if (integrity) Object.assign(attributes, { integrity, crossorigin: 'anonymous' });
  const loaded = await addScript(page, src, attributes);
  const defined = () => WIDGETS.filter((tag) => page.win.customElements.get(tag));
  if (loaded === 'load') await waitFor(() => tags.every((tag) => page.win.customElements.get(tag)), 'the elements to be defined', 3000).catch(() => undefined);
  await sleep(50);
  const win = page.win as unknown as { __tampered?: number };
  const outcome = { loaded, tamperedRan: Boolean(win.__tampered), defined: defined() };
  closePages();
  return outcome;
}

describe('trust: Subresource Integrity', () => {
  afterEach(async () => {
    closePages();
    await stopBrowserRecord();
  });

  it('the tampered copies are a working attack: without integrity they run', async function () {
    this.timeout(15000);
    // The bundle (and the loader, whose files beside it are tampered too: it refuses them by their hashes).
    expect(await load('/__trust/tampered/standpoint-widgets.bundle.js', { module: true })).to.deep.equal({ loaded: 'load', tamperedRan: true, defined: [...WIDGETS] });
    expect(await load('/__trust/tampered/standpoint-widgets.js', { module: true })).to.include({ loaded: 'load', tamperedRan: true });
  });

  it('the README’s script tags load the genuine bundles and block tampered copies', async function () {
    this.timeout(20000);
    const scripts = await readmeScripts();
    expect(scripts.length, 'the README gives script tags with integrity').to.be.at.least(1);
    const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
    await startBrowserRecord();
    const findings: string[] = [];
    for (const script of scripts) {
      const name = `README <script${script.module ? ' type="module"' : ''} src="…/${script.file}" integrity="${script.integrity.slice(0, 20)}…">`;
      if (integrity[script.file] !== script.integrity) {
        findings.push(`${name}: dist/cdn/integrity.json has ${integrity[script.file]} (the README is not in step with the build)`);
      }
      const genuine = await load(`/dist/cdn/${script.file}`, script);
      if (genuine.loaded !== 'load' || genuine.defined.length !== WIDGETS.length) findings.push(`${name}: the genuine file did not run (${JSON.stringify(genuine)})`);
      const tampered = await load(`/__trust/tampered/${script.file}`, script);
      if (tampered.loaded !== 'error' || tampered.tamperedRan || tampered.defined.length) findings.push(`${name}: the tampered copy was not blocked (${JSON.stringify(tampered)})`);
    }
    const refusals = (await readBrowserRecord()).console.filter(({ text }) => /integrity|digest/i.test(text));
    if (refusals.length < scripts.length) findings.push(`the browser's console names ${refusals.length} integrity refusals for ${scripts.length} tampered files`);
    expect(findings, report('integrity', findings)).to.deep.equal([]);
  });

  it('every bundle’s hash in dist/cdn/integrity.json blocks its tampered copy', async function () {
    this.timeout(30000);
    const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
    const bundles = Object.keys(integrity).filter((file) => /^standpoint-[\w.-]+\.js$/.test(file));
    expect(bundles).to.include('standpoint-widgets.js');
    const findings: string[] = [];
    for (const file of bundles) {
      const tampered = await load(`/__trust/tampered/${file}`, { integrity: integrity[file], module: !file.endsWith('.classic.js') }, [file.replace(/\.js$/, '')].filter((tag) => WIDGETS.includes(tag as never)));
      if (tampered.loaded !== 'error' || tampered.tamperedRan || tampered.defined.length) findings.push(`${file}: the tampered copy was not blocked (${JSON.stringify(tampered)})`);
    }
    expect(findings, report('integrity.json', findings)).to.deep.equal([]);
  });

  it('a tampered chunk is refused as a tampered loader is: the genuine loader, chunks with an attacker’s line', async function () {
    this.timeout(30000);
    const integrity = (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;
    await startBrowserRecord();
    const findings: string[] = [];
    // One counter: the loader takes its self-contained file; two kinds: the shared chunks; all four: the bundle.
    for (const tags of [['standpoint-counter'], ['standpoint-counter', 'standpoint-demands'], [...WIDGETS]]) {
      const genuine = await load('/dist/cdn/standpoint-widgets.js', { integrity: integrity['standpoint-widgets.js'], module: true }, tags);
      if (genuine.loaded !== 'load' || !tags.every((tag) => genuine.defined.includes(tag as never))) findings.push(`${tags.join(' ')}: the genuine files did not run (${JSON.stringify(genuine)})`);
      const tampered = await load('/__trust/tampered-chunks/standpoint-widgets.js', { integrity: integrity['standpoint-widgets.js'], module: true }, tags);
      if (tampered.loaded !== 'load') findings.push(`${tags.join(' ')}: the genuine loader from the tampered folder did not run (${JSON.stringify(tampered)})`);
      if (tampered.tamperedRan || tampered.defined.length) findings.push(`${tags.join(' ')}: a tampered chunk ran (${JSON.stringify(tampered)})`);
    }
    const said = (await readBrowserRecord()).console.map(({ text }) => text);
    if (!said.some((text) => /integrity/i.test(text))) findings.push(`the browser named no integrity refusal: ${said.join(' | ')}`);
    if (!said.some((text) => /\[standpoint-widgets\].*integrity/.test(text))) findings.push('the loader did not say why the widgets keep their fallback');
    expect(findings, report('tampered chunks', findings)).to.deep.equal([]);
  });
});
