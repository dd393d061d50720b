/**
 * The guides in docs/*.md as readable web pages, dist/docs/*.html, so that
 * the embed builder's links open a page and not raw Markdown. Each page is
 * the guide itself (our own text, so marked's HTML is trusted), with links
 * between guides pointing at their pages, and one small stylesheet.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';

const STYLES = `body {
  margin: 0 auto;
  max-width: 46rem;
  padding: 1.5rem 1rem 3rem;
  font: 1.0625rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  color: #1b1d22;
  background: #fff;
  overflow-wrap: anywhere;
}
a { color: #0057b7; }
h1, h2, h3 { line-height: 1.25; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace; font-size: 0.9em; }
:not(pre) > code { padding: 0.1em 0.3em; border-radius: 0.25em; background: #eef1f6; }
pre { overflow-x: auto; padding: 0.75rem 1rem; border-radius: 0.5rem; background: #eef1f6; line-height: 1.45; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { padding: 0.4em 0.6em; border: 1px solid #c9ced8; text-align: start; vertical-align: top; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 3px solid #c9ced8; color: #4b5261; }
nav { margin-bottom: 1rem; font-size: 0.9375rem; }
@media (prefers-color-scheme: dark) {
  body { color: #eef1f6; background: #16191f; }
  a { color: #8dbbff; }
  :not(pre) > code, pre { background: #262b35; }
  th, td { border-color: #3b424f; }
  blockquote { border-color: #3b424f; color: #b8c0cd; }
}
`;

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** One guide as a page: `markdown` → complete HTML. */
export function guidePage(markdown) {
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1].trim() ?? 'standpoint-widgets';
  const body = marked.parse(markdown, { async: false, gfm: true })
    // A link to another guide (`hosting-the-feed.md#cors`) opens its page.
    .replace(/href="([\w-]+)\.md(#[^"]*)?"/g, (_, name, hash = '') => `href="${name}.html${hash}"`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · standpoint-widgets</title>
<link rel="stylesheet" href="guide.css">
</head>
<body>
<nav><a href="../../builder/">← Embed builder</a></nav>
<main>
${body}</main>
</body>
</html>
`;
}

/** Writes dist/docs/: a page per guide and the stylesheet. Returns the pages written. */
export function writeGuides(root, dist) {
  const out = join(dist, 'docs');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'guide.css'), STYLES);
  const names = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
  for (const name of names) {
    writeFileSync(join(out, name.replace(/\.md$/, '.html')), guidePage(readFileSync(join(root, 'docs', name), 'utf8')));
  }
  return names.length;
}
