/**
 * Keeps README.md true to the build (called by scripts/build.mjs, checked by
 * the consumer tests):
 *
 * - every jsDelivr/unpkg address of the package names this version;
 * - every `<script … src="…/dist/cdn/FILE" integrity="…">` carries FILE's hash
 *   from dist/cdn/integrity.json;
 * - the install snippet and the size table are written between marker
 *   comments (`<!-- install-snippet:start -->` … `<!-- install-snippet:end -->`,
 *   `<!-- size-table:start -->` … `<!-- size-table:end -->`).
 */

export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/standpoint-widgets';

const CDN_ADDRESS = /((?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/standpoint-widgets)@[^/\s"'<>)]+/g;
const SCRIPT_TAG = /<script\b[^>]*>/g;
const CDN_FILE = /\bsrc="https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/standpoint-widgets@([^/"]+)\/dist\/cdn\/([^"]+)"/;

/** The script tags of `text` that load a file of the package from a CDN: `{ tag, version, file, integrity, crossorigin }`. */
export function cdnScriptTags(text) {
  return [...text.matchAll(SCRIPT_TAG)].flatMap(([tag]) => {
    const source = CDN_FILE.exec(tag);
    if (!source) return [];
    return [
      {
        tag,
        version: source[1],
        file: source[2],
        integrity: /\bintegrity="([^"]*)"/.exec(tag)?.[1],
        crossorigin: /\bcrossorigin="([^"]*)"/.exec(tag)?.[1],
      },
    ];
  });
}

/** Replaces what lies between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceBetweenMarkers(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${content.trim()}\n${text.slice(to)}`;
}

/** The snippet of the Install section: the module script and the classic one, both with SRI. */
export function installSnippet(version, integrity) {
  const tag = (file, type) =>
    `<script${type ? ` type="${type}"` : ''} src="${CDN_BASE}@${version}/dist/cdn/${file}"\n` +
    `        integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
  for (const file of ['standpoint-widgets.js', 'standpoint-widgets.classic.js']) {
    if (!integrity[file]) throw new Error(`dist/cdn/integrity.json has no hash for ${file}`);
  }
  return [
    '```html',
    '<!-- every widget, one module script: it loads only what the page shows -->',
    tag('standpoint-widgets.js', 'module'),
    '',
    '<!-- or, where the site builder removes type="module": the classic script -->',
    tag('standpoint-widgets.classic.js'),
    '```',
  ].join('\n');
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The budget of .size-limit.json for a built file, whose path may match a budget's pattern (`chunks/core-*.js`). */
function budgetOf(limits, file) {
  const matches = (path) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '[\\w-]+')}$`).test(file);
  return limits.find((check) => matches(check.path))?.limit;
}

const WHAT = {
  'standpoint-widgets.js': 'the script tag above: the loader, which brings in what the page shows',
  'standpoint-widgets.bundle.js': 'every widget in one self-contained file',
  'standpoint-widgets.classic.js': 'every widget, classic script',
  'standpoint-widgets-hydrate.js': 'every widget, for server-rendered pages (with hydration)',
  'chunks/dompurify.js': 'DOMPurify, loaded only for a feed with `content_html` in a browser without the HTML Sanitizer API',
};

/** What a file of dist/cdn is, in the table's words. */
function describe(file) {
  if (WHAT[file]) return WHAT[file];
  const tag = (name) => `\`<${name}>\``;
  let match = /^standpoint-([a-z-]+)\.js$/.exec(file);
  if (match) return `the loader of ${tag(`standpoint-${match[1]}`)} alone`;
  match = /^chunks\/(standpoint-[a-z-]+)\.alone\.js$/.exec(file);
  if (match) return `${tag(match[1])} in one file (what the loader takes for a page with only this element)`;
  match = /^chunks\/(standpoint-[a-z]+(?:-[a-z]+)*)-[\w-]+\.js$/.exec(file);
  if (match) return `shared chunk: ${tag(match[1])}'s own code`;
  if (/^chunks\/core-[\w-]+\.js$/.test(file)) return 'shared chunk: lit, the base element, the feed layer and every widget\'s strings';
  return file;
}

/** The size table in Markdown, from the sizes the build measured. */
export function sizeTable(sizes, limits) {
  const rows = sizes.files.map((entry) => {
    const file = entry.file.replace(/^dist\/cdn\//, '');
    return `| ${describe(file)} | \`dist/cdn/${file}\` | ${kB(entry.min)} | ${kB(entry.gzip)} | ${kB(entry.brotli)} | ${budgetOf(limits, entry.file) ?? '—'} |`;
  });
  rows.push(`| lit alone, for comparison | — | ${kB(sizes.lit.min)} | ${kB(sizes.lit.gzip)} | ${kB(sizes.lit.brotli)} | — |`);
  return ['| what | file | min | gzip | brotli | budget (brotli) |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}

/** README.md as the build leaves it. */
export function updateReadme(text, { version, integrity, sizes, limits }) {
  let result = text.replace(CDN_ADDRESS, `$1@${version}`);
  result = result.replace(SCRIPT_TAG, (tag) => {
    const source = CDN_FILE.exec(tag);
    if (!source || !/\bintegrity="/.test(tag)) return tag;
    const hash = integrity[source[2]];
    if (!hash) throw new Error(`README.md loads dist/cdn/${source[2]}, which the build did not make`);
    return tag.replace(/\bintegrity="[^"]*"/, `integrity="${hash}"`);
  });
  result = replaceBetweenMarkers(result, 'install-snippet', installSnippet(version, integrity));
  result = replaceBetweenMarkers(result, 'size-table', sizeTable(sizes, limits));
  return result;
}

/**
 * What is wrong with README.md against a build: each CDN script tag must name
 * `version`, carry the hash of its file and `crossorigin="anonymous"`.
 * Returns a list of problems, empty when all is well.
 */
export function readmeProblems(text, { version, integrity }) {
  const tags = cdnScriptTags(text);
  const problems = [];
  if (tags.length === 0) problems.push('README.md has no CDN script tag');
  for (const { tag, version: named, file, integrity: hash, crossorigin } of tags) {
    const where = `<script src=".../${file}">`;
    if (named !== version) problems.push(`${where} names version ${named}, package.json ${version}`);
    if (!integrity[file]) problems.push(`${where}: no such file in dist/cdn`);
    else if (hash !== integrity[file]) problems.push(`${where}: integrity ${hash ?? '(none)'} ≠ ${integrity[file]}`);
    if (crossorigin !== 'anonymous') problems.push(`${where}: needs crossorigin="anonymous" (${tag.replace(/\s+/g, ' ')})`);
  }
  return problems;
}
