// usage: node crop.mjs in.png out.png y height [scale]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [input, output, y, height, scale = '1'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const data = readFileSync(input).toString('base64');
const page = await browser.newPage({ deviceScaleFactor: Number(scale) });
await page.setContent(`<body style="margin:0"><img id="i" src="data:image/png;base64,${data}"></body>`);
const size = await page.evaluate(() => { const i = document.getElementById('i'); return [i.naturalWidth, i.naturalHeight]; });
await page.setViewportSize({ width: size[0], height: size[1] });
await page.screenshot({ path: output, clip: { x: 0, y: Number(y), width: size[0], height: Math.min(Number(height), size[1] - Number(y)) } });
await browser.close();
