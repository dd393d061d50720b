/**
 * Many elements on one feed URL: 1, 10 and 100 widgets (the four kinds in
 * turn) over the real network from the bench server, counting the requests
 * the server saw and timing until every one has rendered and been laid out.
 */
import { openHarness, pageUrl, specFor, WIDGETS } from './render.mjs';
import { median } from './stats.mjs';

export const ELEMENT_COUNTS = [1, 10, 100];

export async function measureScale(page, server, feedText, runs) {
  const results = [];
  for (const count of ELEMENT_COUNTS) {
    const times = [];
    const requests = [];
    for (let run = 0; run < runs; run += 1) {
      // A feed name of its own per run, so no earlier request or cache entry counts.
      const name = `scale-${count}-${run}`;
      server.setFeed(name, feedText);
      await openHarness(page, pageUrl(server.origin, 'widget', 'standpoint-widgets'));
      const specs = Array.from({ length: count }, (_, index) => specFor(WIDGETS[index % WIDGETS.length], `/feeds/${name}.json`));
      times.push(await page.evaluate((list) => window.bench.render(list), specs));
      const rendered = await page.evaluate('document.querySelectorAll("#stage > *").length');
      if (rendered !== count) throw new Error(`${rendered} of ${count} elements on the page`);
      requests.push(server.reads(name).length);
    }
    results.push({ count, ms: median(times), perElement: median(times) / count, requests: Math.max(...requests), times });
  }
  return results;
}
