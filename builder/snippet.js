/**
 * The HTML a webmaster pastes: one pinned module script with its SRI hash,
 * then the elements, each with a fallback inside (what readers see before the
 * script runs, with scripts blocked, or when the feed cannot be loaded).
 * Shared by the embed builder and `standpoint-widgets init`, so both write
 * the same snippet; it uses no browser or Node API.
 */

export const PACKAGE_NAME = 'standpoint-widgets';

/** The four parts of a standpoint, in the order a page usually shows them. */
export const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

/** Every element: the four parts, the whole standpoint in one, and the feed's other items. */
export const ALL_WIDGETS = [...WIDGETS, 'standpoint-embed', 'standpoint-related'];

/** The script-tag bundle that registers every element. */
export const ALL_WIDGETS_BUNDLE = 'standpoint-widgets.js';

/** The pinned jsDelivr address of a file in `dist/cdn/`. */
export const cdnUrl = (version, file) => `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/cdn/${file}`;

/**
 * The smallest bundle that registers every chosen element: a widget's own
 * file when it is alone on the page, else the bundle of all of them (each
 * bundle carries its own copy of Lit, so two single-widget files would load
 * it twice).
 */
export const bundleFor = (widgets) => (widgets.length === 1 ? `${widgets[0]}.js` : ALL_WIDGETS_BUNDLE);

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** Fallback wording, in the languages the widgets speak. */
const FALLBACK_TEXT = {
  en: {
    statement: 'Read the joint standpoint',
    demands: 'See the demands of the standpoint',
    counter: (count) => `${count} signatories so far`,
    counterLink: 'See who has signed',
    share: 'Share the standpoint',
    related: 'Other materials',
  },
  uk: {
    statement: 'Прочитати спільну позицію',
    demands: 'Вимоги спільної позиції',
    counter: (count) => `Підписантів: ${count}`,
    counterLink: 'Хто підписав',
    share: 'Поширити позицію',
    related: 'Інші матеріали',
  },
};

const fallbackLanguage = (lang) => (String(lang ?? '').toLowerCase().startsWith('uk') ? 'uk' : 'en');

/**
 * The fallback of one element, from the feed item it will show: a plain link
 * to the standpoint (its title for the statement and the whole standpoint),
 * the last known count for the counter, and the feed's home page for the
 * other materials.
 *
 * @param {string} tag
 * @param {{ title?: string, url?: string, count?: number, home?: string }} item the item's title (in the page's language), address and signatory count, and the feed's home page
 * @param {string} lang
 * @returns {{ text: string, href?: string }}
 */
export function fallbackFor(tag, item, lang) {
  const words = FALLBACK_TEXT[fallbackLanguage(lang)];
  const href = item.url;
  switch (tag) {
    case 'standpoint-statement':
    case 'standpoint-embed':
      return { text: item.title || words.statement, href };
    case 'standpoint-related':
      return { text: words.related, href: item.home ?? href };
    case 'standpoint-demands':
      return { text: words.demands, href: href && !href.includes('#') ? `${href}#demands` : href };
    case 'standpoint-counter':
      if (typeof item.count === 'number') {
        const count = new Intl.NumberFormat(fallbackLanguage(lang)).format(item.count);
        return { text: words.counter(count), href };
      }
      return { text: words.counterLink, href };
    default:
      return { text: words.share, href };
  }
}

/**
 * `name="value"` pairs in the given order; `true` writes a bare boolean
 * attribute, `false` and `undefined` leave it out, and `''` is kept (an empty
 * `networks` means "no networks").
 */
function attributeText(attributes) {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/**
 * The complete snippet.
 *
 * @param {object} options
 * @param {string} options.version the pinned package version
 * @param {Record<string, string>} [options.integrity] `dist/cdn/integrity.json`: file → `sha384-…`
 * @param {string} [options.scriptUrl] where the bundle is served from instead of jsDelivr (self-hosting); no SRI is added then
 * @param {boolean} [options.includeScript] false when the page already has the script
 * @param {{ tag: string, attributes?: Record<string, string | number | boolean | undefined>, fallback?: { text: string, href?: string } }[]} options.widgets
 * @param {Record<string, string | number | boolean | undefined>} [options.common] attributes every element gets (src, lang, theme …), written first
 * @param {string} [options.indent] indentation of the fallback inside each element
 * @returns {string}
 */
export function buildSnippet({ version, integrity = {}, scriptUrl, includeScript = true, widgets, common = {}, indent = '  ' }) {
  const tags = widgets.map((widget) => widget.tag);
  const file = bundleFor(tags);
  const lines = [];
  if (includeScript) {
    const src = scriptUrl ?? cdnUrl(version, file);
    const hash = scriptUrl ? undefined : integrity[file];
    lines.push(
      `<script type="module" src="${escapeHtml(src)}"${hash ? ` integrity="${escapeHtml(hash)}" crossorigin="anonymous"` : ''}></script>`,
      '',
    );
  }
  for (const widget of widgets) {
    const open = `<${widget.tag}${attributeText({ ...common, ...widget.attributes })}>`;
    const fallback = widget.fallback;
    if (!fallback?.text) {
      lines.push(`${open}</${widget.tag}>`);
      continue;
    }
    const inner = fallback.href
      ? `<a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a>`
      : `<p>${escapeHtml(fallback.text)}</p>`;
    lines.push(open, `${indent}${inner}`, `</${widget.tag}>`);
  }
  return `${lines.join('\n')}\n`;
}
