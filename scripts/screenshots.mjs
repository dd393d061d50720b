#!/usr/bin/env node
/**
 * Screenshots of every widget as readers meet it: English and Ukrainian, a
 * 280 px column and a wide one, on the pages NGOs really run: a plain page
 * without and with `theme`, dark pages that set no `theme` (near-black, navy,
 * an editor palette), a tinted light page and a WordPress-like theme with its
 * own fonts, link colours and a 62.5 % root font. `stack` is every widget one
 * after another on one page. Writes PNGs to screenshots/ (not committed) from
 * the built bundle and the sample feed.
 *
 *   node scripts/screenshots.mjs [widget … | stack] [--pages plain,navy] [--langs en] [--widths 280]
 *                                [--attrs "list chart"] [--open] [--out DIR]
 *
 * `--open` opens every disclosure first (the share card's embed code, a collapsed statement).
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

/** Each host page: the gallery's page style and the widgets' `theme` on it. */
const PAGES = {
  plain: { page: 'plain' },
  light: { page: 'plain', theme: 'light' },
  dark: { page: 'dark', theme: 'dark' },
  black: { page: 'black' },
  navy: { page: 'navy' },
  mocha: { page: 'mocha' },
  tinted: { page: 'tinted' },
  wordpress: { page: 'wordpress' },
};
const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-embed', 'standpoint-related'];

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args.splice(index, 2)[1];
};
const list = (value, all) => (value ? value.split(',').filter(Boolean) : all);
const flag = (name) => {
  const index = args.indexOf(name);
  if (index !== -1) args.splice(index, 1);
  return index !== -1;
};
const openAll = flag('--open');
const out = option('--out') ?? 'screenshots';
const attrs = option('--attrs') ?? '';
const pages = list(option('--pages'), Object.keys(PAGES));
const langs = list(option('--langs'), ['en', 'uk']);
const widths = list(option('--widths'), ['280', '900']).map(Number);
const widgets = args.length ? args : WIDGETS;
const unknown = pages.filter((name) => !(name in PAGES));
if (unknown.length) {
  console.error(`Unknown page ${unknown.join(', ')}; pages: ${Object.keys(PAGES).join(', ')}`);
  process.exit(2);
}

await mkdir(out, { recursive: true });
// Port 0: a free port, so that screenshots never collide with another server.
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: process.env.PORT ?? '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let base;
for await (const chunk of server.stdout) {
  const match = /http:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
  if (match) {
    base = match[0];
    break;
  }
}
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
});
try {
  for (const widget of widgets) {
    const tags = widget === 'stack' ? WIDGETS : [widget];
    for (const pageName of pages) {
      const { page: pageStyle, theme } = PAGES[pageName];
      for (const lang of langs) {
        for (const width of widths) {
          const page = await browser.newPage({ viewport: { width: width + 48, height: 800 } });
          const query = new URLSearchParams({ widget, lang, page: pageStyle, width: String(width), attrs });
          if (theme) query.set('theme', theme);
          await page.goto(`${base}/demo/gallery.html?${query}`);
          await page
            .waitForFunction(
              (names) => names.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])')),
              tags,
              { timeout: 5000 },
            )
            .catch(() => console.warn(`${widget} ${pageName} ${lang} ${width}: did not render`));
          if (openAll) {
            await page.evaluate(() => {
              const roots = [...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
              for (const root of roots) {
                root.querySelectorAll('details').forEach((details) => (details.open = true));
                /** @type {NodeListOf<HTMLButtonElement>} */ (root.querySelectorAll('button[aria-expanded="false"]')).forEach((button) => button.click());
              }
            });
          }
          await page.waitForTimeout(700); // let count-up and highlight animations settle
          const file = `${out}/${widget}-${pageName}-${lang}-${width}.png`;
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
  await once(server, 'exit');
}
