/**
 * `standpoint-widgets render`: one widget as static HTML, made by Lit's own
 * server renderer (@lit-labs/ssr) from the built elements, so the page shows
 * the content before its script has loaded, to search engines, and to
 * readers who block scripts. What it writes:
 *
 *   <standpoint-counter lang="uk" …>
 *     <template shadowrootmode="open">…the widget, styles included…</template>
 *     <script type="application/json">…the feed item it shows…</script>
 *     <p><a href="…">…its fallback…</a></p>
 *   </standpoint-counter>
 *
 * The declarative shadow root is what readers see; the inline feed lets the
 * element render the very same thing in the browser, where
 * `standpoint-widgets-hydrate.js` adopts the server's DOM instead of
 * replacing it (no flash, no layout shift); the fallback is for browsers
 * without declarative shadow DOM.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProblems } from '../builder/feed-report.js';
import { escapeHtml, fallbackFor, PACKAGE_NAME, WIDGETS } from '../builder/snippet.js';
import { UsageError, baseUrlOf, printable, readFeed } from './read-feed.mjs';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Attributes that `render` writes itself, or that mean nothing for embedded data. */
const RESERVED = new Set(['lang', 'item', 'src', 'refresh', 'feed']);

/** `statement` or `standpoint-statement` → `standpoint-statement`. */
function widgetTag(name) {
  const tag = name?.startsWith('standpoint-') ? name : `standpoint-${name}`;
  if (!name || !WIDGETS.includes(tag)) {
    throw new UsageError(`--widget must be one of ${WIDGETS.map((widget) => widget.replace('standpoint-', '')).join(', ')}${name ? `, not "${name}"` : ''}.`);
  }
  return tag;
}

/** `--attr collapsed --attr heading-level=3` → ordered attributes ('' for a bare boolean). */
function extraAttributes(pairs = []) {
  const attributes = new Map();
  for (const pair of pairs) {
    const [name, ...rest] = pair.split('=');
    const key = name.trim().toLowerCase();
    if (!ATTRIBUTE_NAME.test(key)) throw new UsageError(`--attr "${pair}": an attribute name is letters, digits and dashes.`);
    if (RESERVED.has(key)) {
      throw new UsageError(`--attr ${key}: ${key === 'lang' || key === 'item' ? `use --${key}` : 'a rendered widget shows the feed data written into it, so it has no use for this attribute'}.`);
    }
    attributes.set(key, rest.join('='));
  }
  return attributes;
}

/**
 * The data the element carries: the validated feed with only the item shown
 * (URLs already absolute, broken parts already dropped), so the browser
 * validates exactly what the server rendered. `<` is escaped so that no
 * value can close the script element.
 */
function inlineFeed(feed, item) {
  const { items: _items, ...head } = feed;
  return JSON.stringify({ ...head, items: [item] }).replace(/</g, '\\u003c');
}

/** The CSP source that allows one inline style element, as browsers hash it. */
const styleHash = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

async function loadServerRenderer() {
  try {
    const [{ render }, { collectResult }, staticHtml] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
    ]);
    return { render, collectResult, ...staticHtml };
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new UsageError(
      'render needs Lit\'s server renderer, which is not installed with the widgets:\n' +
        '  npm install --save-dev @lit-labs/ssr      (in a project)\n' +
        `  npx -p ${PACKAGE_NAME} -p @lit-labs/ssr ${PACKAGE_NAME} render …      (one-off)`,
    );
  }
}

export async function renderCommand(positionals, values, { importDist, packageRoot, EXIT }) {
  const [source] = positionals;
  if (!source) throw new UsageError('render needs a feed: a file, a URL or "-" for standard input.');
  const tag = widgetTag(values.widget);
  const attributes = extraAttributes(values.attr);
  if (values.lang !== undefined && !LANGUAGE_TAG.test(values.lang)) throw new UsageError(`--lang "${printable(values.lang)}" is not a language tag such as uk or en.`);

  // The server renderer first: it gives Lit the DOM shim the elements are defined on.
  const ssr = await loadServerRenderer();
  const { parseFeed, feedLoaderOptions, findItem, localizeItem } = await importDist('feed/index.js');
  await importDist('define.js');

  const read = await readFeed(source, feedLoaderOptions.maxBytes, feedLoaderOptions.timeoutSeconds);
  if (read.tooLarge !== undefined) throw new UsageError(`${printable(source)}: the feed is over the widgets' limit of ${feedLoaderOptions.maxBytes} bytes.`);
  const baseUrl = baseUrlOf(read.text, values['base-url']) ?? read.baseUrl;
  const { feed, problems } = parseFeed(read.text, baseUrl);
  if (!feed) {
    process.stderr.write(`${printable(source)}: ${summarizeProblems(problems)} Run: ${PACKAGE_NAME} validate ${printable(source)}\n`);
    return EXIT.problems;
  }
  const item = findItem(feed, values.item ?? '');
  if (!item) {
    process.stderr.write(`${printable(source)}: ${values.item ? `no item with the id "${printable(values.item)}"` : 'the feed has no item to show'}.\n`);
    return EXIT.problems;
  }
  if (problems.length) {
    process.stderr.write(`${printable(source)}: ${problems.length} warning${problems.length === 1 ? '' : 's'}; the broken parts are left out (${PACKAGE_NAME} validate ${printable(source)} shows them).\n`);
  }
  if (!baseUrl) {
    process.stderr.write('Note: the feed has no feed_url and no --base-url was given, so relative addresses in it resolve against https://feed.invalid/.\n');
  }

  // Always an explicit language: the server cannot see the page's <html lang>,
  // and the browser must resolve the same language to render the same thing.
  const lang = values.lang ?? item.language ?? feed.language ?? 'en';
  const localized = localizeItem(feed, item, lang);
  const fallback = fallbackFor(tag, { title: localized.title, url: item.url ?? feed.home_page_url, count: localized.signatories?.count ?? localized.signatories?.list?.length }, lang);

  const attributeText = [
    ` lang="${escapeHtml(lang)}"`,
    values.item ? ` item="${escapeHtml(item.id)}"` : '',
    ...[...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)),
  ].join('');
  const children =
    `\n  <script type="application/json">${inlineFeed(feed, item)}</script>\n  ` +
    // A paragraph: a block of its own even where the element is not defined (an unknown element is inline).
    (fallback.href ? `<p><a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a></p>` : `<p>${escapeHtml(fallback.text)}</p>`) +
    '\n';

  const { html, unsafeStatic, render, collectResult } = ssr;
  // The data goes in as the `feed` property, as the browser will read it from the script above.
  const template = html`<${unsafeStatic(tag)}${unsafeStatic(attributeText)} .feed=${JSON.parse(inlineFeed(feed, item))}>${unsafeStatic(children)}</${unsafeStatic(tag)}>`;
  let output = await collectResult(render(template));
  // The markers of the wrapping template: nothing on the page hydrates it.
  output = output
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    // The spaces the removed `.feed=` binding leaves in the start tag.
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
  if (!output.startsWith(`<${tag}`)) throw new Error(`unexpected server output: ${output.slice(0, 80)}`);
  process.stdout.write(`${output}\n`);

  const hashes = [...output.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => styleHash(match[1]));
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  process.stderr.write(
    `Load the hydrating bundle once on the page, before or after the widgets:\n` +
      `  <script type="module" src="https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/cdn/standpoint-widgets-hydrate.js"></script>\n` +
      (hashes.length ? `Under a Content-Security-Policy, allow the widget's styles with: style-src ${hashes.join(' ')}\n` : ''),
  );
  if (tag === 'standpoint-statement' && localized.contentHtml) {
    process.stderr.write(
      'Note: the item\'s text is HTML (content_html). Cleaning HTML needs a browser, so its place is rendered as "loading" and the browser fills it in after the script has loaded. For a text that is there before JavaScript, write the item with content_text instead.\n',
    );
  }
  return EXIT.ok;
}
