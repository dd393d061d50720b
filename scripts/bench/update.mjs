/**
 * A refresh that changes one demand's status and the signatory count, on a
 * page with all four widgets reading one feed over the network: the time
 * from the new feed's last byte to the page laid out again, and every DOM
 * change it made, sorted into changes that had to happen and writes that
 * left a node as it was. Motion is reduced (as the reader can ask), so the
 * counter jumps to the new total instead of counting up over 800 ms.
 */
import { openHarness, pageUrl, specFor, WIDGETS } from './render.mjs';
import { median } from './stats.mjs';

export async function measureUpdate(page, server, before, after, runs) {
  await page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  const results = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const name = `update-${run}`;
      server.setFeed(name, before);
      await openHarness(page, pageUrl(server.origin, 'widget', 'standpoint-widgets'));
      await page.evaluate((specs) => window.bench.render(specs), WIDGETS.map((tag) => specFor(tag, `/feeds/${name}.json`)));
      server.setFeed(name, after);
      results.push(await page.evaluate((path) => window.bench.update(path), `/feeds/${name}.json`));
    }
  } finally {
    await page.send('Emulation.setEmulatedMedia', { features: [] });
  }
  return { ms: median(results.map((run) => run.ms)), fetchMs: median(results.map((run) => run.fetchMs)), widgets: results[0].widgets, runs: results };
}
