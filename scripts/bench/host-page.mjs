/**
 * An ordinary NGO page with the four widgets, as the README tells webmasters
 * to write it: the module script in the head, the elements in the text, with
 * or without fallback content inside, with or without a reserved height.
 * A small script at the top records layout shifts, long tasks and long
 * animation frames from the first moment, and when every widget has loaded.
 */
import { specFor, WIDGETS } from './render.mjs';

const FALLBACK = {
  'standpoint-statement': '<p><a href="https://example.org/standpoint">Read the joint standpoint</a></p>',
  'standpoint-demands': '<p><a href="https://example.org/standpoint#demands">See the demands</a></p>',
  'standpoint-counter': '<p>148 signatories</p>',
  'standpoint-share': '<p><a href="https://example.org/standpoint">Share the standpoint</a></p>',
};

const OBSERVER = `
window.__page = { shifts: [], longTasks: [], frames: [], loads: 0, renderedAt: undefined };
const name = (node) => node ? node.localName + (node.id ? '#' + node.id : '') + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).join('.') : '') : '(gone)';
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    __page.shifts.push({ value: entry.value, startTime: entry.startTime, sources: entry.sources.map((source) => name(source.node)) });
  }
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) __page.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      __page.frames.push({
        startTime: entry.startTime,
        duration: entry.duration,
        blockingDuration: entry.blockingDuration,
        scripts: entry.scripts.map((script) => ({ url: script.sourceURL, invoker: script.invoker, duration: script.duration })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
} catch {}
document.addEventListener('standpoint-load', () => {
  __page.loads += 1;
  if (__page.loads === ${WIDGETS.length}) __page.renderedAt = performance.now();
});
`;

const attributes = (spec) =>
  Object.entries(spec.attributes)
    .map(([key, value]) => (value === '' ? key : `${key}="${value}"`))
    .join(' ');

/**
 * @param {object} options
 * @param {string} options.feedPath  the feed every widget reads
 * @param {boolean} [options.fallback]  fallback content inside each element
 * @param {Record<string, number>} [options.reserved]  a min-height in px per tag
 * @param {number} [options.refresh]  the `refresh` attribute of every widget
 * @param {string} [options.script]  the script tag's src (the bundle under test by default)
 */
export function hostPage({ feedPath, fallback = false, reserved, refresh, script = '/dist/cdn/standpoint-widgets.js' }) {
  const widgets = WIDGETS.map((tag) => {
    const spec = specFor(tag, feedPath, refresh ? { refresh: String(refresh) } : {});
    return `      <${tag} ${attributes(spec)}>${fallback ? FALLBACK[tag] : ''}</${tag}>`;
  }).join('\n');
  const reservedCss = reserved
    ? Object.entries(reserved)
        .map(([tag, height]) => `${tag} { display: block; min-height: ${height}px; }`)
        .join('\n')
    : '';
  return `<!doctype html>
<html lang="uk">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Громадська організація: спільна позиція</title>
    <script>${OBSERVER}</script>
    <link rel="stylesheet" href="/bench/page.css" />
    <style>${reservedCss}</style>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <header>
      <h1>Спільна позиція громадських організацій</h1>
      <p>Ця сторінка — звичайний сайт організації: текст, а в ньому віджети, що читають одну стрічку.</p>
    </header>
    <main id="stage">
${widgets}
    </main>
    <footer>
      <p>Контакти організації, адреса та посилання на інші матеріали, що стоять після віджетів.</p>
    </footer>
  </body>
</html>
`;
}
