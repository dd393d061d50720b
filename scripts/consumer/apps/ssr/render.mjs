// A build script of a server-rendered site: every widget through the
// programmatic renderer, on one page, two of them sharing one copy of the
// feed and linking their styles. Writes index.html beside it for a Vite app whose bundle imports
// Lit's hydration support before the widgets (main.js).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderFeedData, renderWidget, RENDERABLE_WIDGETS } from 'standpoint-widgets/ssr';

const [feedFile, outFile] = process.argv.slice(2);
const feed = readFileSync(feedFile, 'utf8');
const parts = [];
const sizes = {};
for (const tag of RENDERABLE_WIDGETS) {
  const { html } = await renderWidget(tag, { feed, lang: 'uk' });
  sizes[tag] = html.length;
  parts.push(html);
}
// The same two widgets once more, reading one shared data script, with
// their styles in files of their own (Vite copies public/ into the site).
parts.push(renderFeedData(feed, { id: 'standpoint-feed' }));
mkdirSync('public/styles', { recursive: true });
for (const tag of /** @type {const} */ (['standpoint-counter', 'standpoint-demands'])) {
  const { html, stylesheets } = await renderWidget(tag, { feed, lang: 'en', dataId: 'standpoint-feed', attributes: { id: `shared-${tag}` }, stylesheetUrl: (name) => `/styles/${name}` });
  for (const { name, css } of stylesheets) writeFileSync(`public/styles/${name}`, css);
  parts.push(html);
}
const page = `<!doctype html>
<html lang="uk">
<head><meta charset="utf-8"><title>Server-rendered widgets</title><script type="module" src="./main.js"></script></head>
<body><main>
${parts.join('\n')}
</main></body>
</html>
`;
writeFileSync(outFile, page);
console.log(JSON.stringify(sizes));
