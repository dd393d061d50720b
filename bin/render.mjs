/**
 * `standpoint-widgets render`: one widget as static HTML, made by
 * `renderWidget` of `standpoint-widgets/ssr` (Lit's own server renderer,
 * @lit-labs/ssr, over the built elements), so the page shows
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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProblems } from '../builder/feed-report.js';
import { fallbackData } from '../builder/fallback.js';
import { ALL_WIDGETS, escapeHtml, fallbackFor, findItem, PACKAGE_NAME } from '../dist/feed/authoring.js';
import { UsageError, baseUrlOf, printable, readFeed } from './read-feed.mjs';

/** `statement` or `standpoint-statement` → `standpoint-statement`. */
function widgetTag(name) {
  const tag = name?.startsWith('standpoint-') ? name : `standpoint-${name}`;
  if (!name || !ALL_WIDGETS.includes(tag)) {
    throw new UsageError(`--widget must be one of ${ALL_WIDGETS.map((widget) => widget.replace('standpoint-', '')).join(', ')}${name ? `, not "${name}"` : ''}.`);
  }
  return tag;
}

/** `--attr collapsed --attr heading-level=3` → `{ collapsed: true, 'heading-level': '3' }`, in order. */
function extraAttributes(pairs = []) {
  return Object.fromEntries(
    pairs.map((pair) => {
      const [name, ...rest] = pair.split('=');
      return [name.trim().toLowerCase(), rest.length ? rest.join('=') : true];
    }),
  );
}

/** The programmatic renderer (dist/ssr.js), which needs Lit's server renderer installed beside it. */
async function loadRenderer(importDist) {
  try {
    return await importDist('ssr.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@lit-labs/ssr')) throw error;
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
  const { renderWidget, RenderError } = await loadRenderer(importDist);
  const { parseFeed, feedLoaderOptions } = await importDist('feed/index.js');

  const read = await readFeed(source, feedLoaderOptions.maxBytes, feedLoaderOptions.timeoutSeconds);
  if (read.tooLarge !== undefined) throw new UsageError(`${printable(source)}: the feed is over the widgets' limit of ${feedLoaderOptions.maxBytes} bytes.`);
  const baseUrl = baseUrlOf(read.text, values['base-url']) ?? read.baseUrl;
  // The fallback (in the page's language, from the builder's own wording) needs the item first.
  const { feed } = parseFeed(read.text, baseUrl);
  const item = feed && findItem(feed, values.item ?? '');
  const lang = values.lang ?? item?.language ?? feed?.language ?? 'en';
  let fallback;
  if (feed && item) {
    const link = fallbackFor(tag, fallbackData(feed, item, lang), lang);
    // A paragraph: a block of its own even where the element is not defined (an unknown element is inline).
    fallback = link.href ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : `<p>${escapeHtml(link.text)}</p>`;
  }

  let rendered;
  try {
    rendered = await renderWidget(tag, { feed: read.text, lang: values.lang, item: values.item, attributes, baseUrl: baseUrl ?? 'https://feed.invalid/', fallback });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    if (error.code === 'bad-attribute' || error.code === 'bad-language') throw new UsageError(`${error.code === 'bad-language' ? '--lang' : '--attr'} ${printable(error.message)}.`);
    if (error.code === 'no-such-item') {
      process.stderr.write(`${printable(source)}: ${values.item ? `no item with the id "${printable(values.item)}"` : 'the feed has no item to show'}.\n`);
    } else {
      process.stderr.write(`${printable(source)}: ${summarizeProblems(error.problems)} Run: ${PACKAGE_NAME} validate ${printable(source)}\n`);
    }
    return EXIT.problems;
  }
  const { problems } = rendered;
  if (problems.length) {
    process.stderr.write(`${printable(source)}: ${problems.length} warning${problems.length === 1 ? '' : 's'}; the broken parts are left out (${PACKAGE_NAME} validate ${printable(source)} shows them).\n`);
  }
  if (!baseUrl) {
    process.stderr.write('Note: the feed has no feed_url and no --base-url was given, so relative addresses in it resolve against https://feed.invalid/.\n');
  }
  process.stdout.write(`${rendered.html}\n`);

  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
  process.stderr.write(
    `Load the hydrating bundle once on the page, before or after the widgets:\n` +
      `  <script type="module" src="https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/cdn/standpoint-widgets-hydrate.js"></script>\n` +
      (rendered.styleHashes.length ? `Under a Content-Security-Policy, allow the widget's styles with: style-src ${rendered.styleHashes.join(' ')}\n` : ''),
  );
  if (rendered.completedInBrowser) {
    process.stderr.write(
      'Note: the item\'s text is HTML (content_html). Cleaning HTML needs a browser, so its place is rendered as "loading" and the browser fills it in after the script has loaded. For a text that is there before JavaScript, write the item with content_text instead.\n',
    );
  }
  return EXIT.ok;
}
