/**
 * Large feeds: a signatory list of 10 000 names (the first page, then
 * "show all") and 200 demands, each against its baseline; and how much of
 * the first render of the long list is the feed layer (JSON.parse and
 * validation), which the baseline skips.
 */
import { NAMES } from './feeds.mjs';
import { measureParse, measureRender, openHarness, pageUrl, specFor } from './render.mjs';
import { median } from './stats.mjs';

export const namesCase = (feedPath) => ({
  name: `<standpoint-counter list>, ${NAMES.toLocaleString('en')} names: first page`,
  entry: 'standpoint-counter',
  specs: [specFor('standpoint-counter', feedPath)],
  preload: [feedPath],
});

export const demandsCase = (feedPath, count) => ({
  name: `<standpoint-demands>, ${count} demands`,
  entry: 'standpoint-demands',
  specs: [specFor('standpoint-demands', feedPath)],
  preload: [feedPath],
});

export async function measureNames(page, origin, feedPath, { renderRuns, showAllRuns }) {
  const testCase = namesCase(feedPath);
  const firstPage = await measureRender(page, origin, testCase, renderRuns);

  const showAll = [];
  for (let run = 0; run < showAllRuns; run += 1) {
    await openHarness(page, pageUrl(origin, 'widget', testCase.entry, testCase.preload));
    await page.evaluate((specs) => window.bench.render(specs), testCase.specs);
    showAll.push(await page.evaluate((total) => window.bench.showAll(total), NAMES));
  }

  return {
    firstPage,
    showAll: {
      ms: median(showAll.map((run) => run.ms)),
      frames: median(showAll.map((run) => run.frames)),
      names: Math.min(...showAll.map((run) => run.names)),
      longestTask: Math.max(...showAll.map((run) => run.longestTask)),
      longestFrame: Math.max(...showAll.map((run) => run.longestFrame)),
      runs: showAll,
    },
    parseMs: await measureParse(page, origin, feedPath, renderRuns),
  };
}
