#!/usr/bin/env node
/**
 * Screenshots of every widget as readers meet it: English and Ukrainian,
 * light and dark, a 280 px column and a wide one. Writes PNGs to
 * screenshots/ (not committed) from the built bundle and the sample feed.
 *
 *   node scripts/screenshots.mjs [widget …] [--attrs "list chart"] [--out DIR]
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args.splice(index, 2)[1];
};
const out = option('--out') ?? 'screenshots';
const attrs = option('--attrs') ?? '';
const widgets = args.length
  ? args
  : ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

await mkdir(out, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: process.env.PORT ?? '8765' },
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
    for (const lang of ['en', 'uk']) {
      for (const theme of ['light', 'dark']) {
        for (const width of [280, 900]) {
          const page = await browser.newPage({ viewport: { width: width + 32, height: 800 } });
          const query = new URLSearchParams({ widget, lang, theme, width: String(width), attrs });
          await page.goto(`${base}/demo/gallery.html?${query}`);
          await page
            .waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'), widget, { timeout: 5000 })
            .catch(() => console.warn(`${widget} ${lang} ${theme} ${width}: did not render`));
          await page.waitForTimeout(700); // let count-up and highlight animations settle
          const file = `${out}/${widget}-${lang}-${theme}-${width}.png`;
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
