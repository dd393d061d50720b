/**
 * Large feeds: a signatory list of 10 000 names (the first page, then
 * "show all") and 200 demands, each against its baseline; how much of
 * the first render of the long list is the feed layer (JSON.parse and
 * validation), which the baseline skips; and a worst-case 2 MiB feed
 * against a normal one of the same size.
 */
import { NAMES, TEXT_ITEMS, textHeavyFeed } from './feeds.mjs';
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

/** The widgets that walk feed text: the statement on each long item, and the list of related items. */
export const textFeedSpecs = (feedPath) => [
  specFor('standpoint-statement', feedPath, { item: TEXT_ITEMS.text }),
  specFor('standpoint-statement', feedPath, { item: TEXT_ITEMS.html }),
  specFor('standpoint-related', feedPath),
];

/**
 * The worst-case 2 MiB feed (inputs made to be slow for every text helper)
 * against a normal 2 MiB feed (prose), rendered by the same widgets on fresh
 * pages, the two taking turns; medians, and the longest task of any run.
 */
export async function measureWorstCase(page, server, sample, runs) {
  const feeds = { normal: textHeavyFeed(sample, 'normal'), worst: textHeavyFeed(sample, 'worst') };
  const result = { bytes: {}, normal: [], worst: [], longestTask: { normal: 0, worst: 0 } };
  for (const [kind, json] of Object.entries(feeds)) {
    server.setFeed(`text-${kind}`, json);
    result.bytes[kind] = Buffer.byteLength(json);
  }
  for (let run = 0; run < runs; run += 1) {
    for (const kind of run % 2 === 0 ? ['normal', 'worst'] : ['worst', 'normal']) {
      const path = `/feeds/text-${kind}.json`;
      await openHarness(page, pageUrl(server.origin, 'widget', 'standpoint-widgets', [path]));
      result[kind].push(await page.evaluate((specs) => window.bench.render(specs), textFeedSpecs(path)));
      const { longestTask } = await page.evaluate('window.bench.longestSince(0)');
      result.longestTask[kind] = Math.max(result.longestTask[kind], longestTask);
    }
  }
  result.normalMedian = median(result.normal);
  result.worstMedian = median(result.worst);
  result.ratio = result.worstMedian / result.normalMedian;
  return result;
}
