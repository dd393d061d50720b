/**
 * The HTML a webmaster pastes: one pinned script with its Subresource
 * Integrity hash, then the elements, each with a fallback inside (what readers
 * see before the script runs, with scripts blocked, or when the feed cannot be
 * loaded). One implementation for the share card's "Embed on your site", the
 * embed builder and `standpoint-widgets init` (builder/snippet.js re-exports
 * it), so all three write the same code. It uses no browser or Node API.
 */
import { LIBRARY_VERSION } from '../../version.js';

export const PACKAGE_NAME = 'standpoint-widgets';

/** The four parts of a standpoint, in the order a page usually shows them. */
export const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

/** Every element: the four parts, the whole standpoint in one, and the feed's other items. */
export const ALL_WIDGETS = [...WIDGETS, 'standpoint-embed', 'standpoint-related'];

/** The script-tag bundle that registers every element. */
export const ALL_WIDGETS_BUNDLE = 'standpoint-widgets.js';

/** The pinned jsDelivr address of a file in `dist/cdn/`. */
export const cdnUrl = (version: string, file: string): string => `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${version}/dist/cdn/${file}`;

/** The self-contained script-tag bundle of this very version, on jsDelivr. */
export const CDN_SCRIPT_URL = cdnUrl(LIBRARY_VERSION, ALL_WIDGETS_BUNDLE);

/**
 * The smallest bundle that registers every chosen element: a widget's own
 * file when it is alone on the page, else the bundle of all of them (each
 * bundle carries its own copy of Lit, so two single-widget files would load
 * it twice).
 */
export const bundleFor = (widgets: readonly string[]): string => (widgets.length === 1 ? `${widgets[0]}.js` : ALL_WIDGETS_BUNDLE);

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Fallback wording, in the languages the widgets speak. */
const FALLBACK_TEXT = {
  en: {
    statement: 'Read the joint standpoint',
    demands: 'See the demands of the standpoint',
    counter: (count: string) => `${count} signatories so far`,
    counterLink: 'See who has signed',
    share: 'Share the standpoint',
    related: 'Other materials',
  },
  uk: {
    statement: 'Прочитати спільну позицію',
    demands: 'Вимоги спільної позиції',
    counter: (count: string) => `Підписантів: ${count}`,
    counterLink: 'Хто підписав',
    share: 'Поширити позицію',
    related: 'Інші матеріали',
  },
};

const fallbackLanguage = (lang: unknown) => (String(lang ?? '').toLowerCase().startsWith('uk') ? 'uk' : 'en');

export interface Fallback {
  text: string;
  href?: string | undefined;
}

/**
 * The fallback of one element, from the feed item it will show: a plain link
 * to the standpoint (its title for the statement and the whole standpoint),
 * the last known count for the counter, and the feed's home page for the
 * other materials.
 */
export function fallbackFor(
  tag: string,
  item: { title?: string | undefined; url?: string | undefined; count?: number | undefined; home?: string | undefined },
  lang?: string,
): Fallback {
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

export type SnippetAttributes = Record<string, string | number | boolean | null | undefined>;

/**
 * `name="value"` pairs in the given order; `true` writes a bare boolean
 * attribute, `false` and `undefined` leave it out, and `''` is kept (an empty
 * `networks` means "no networks").
 */
function attributeText(attributes: SnippetAttributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== undefined && value !== null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

export interface SnippetOptions {
  /** The pinned package version. */
  version: string;
  /** `dist/cdn/integrity.json`: file → `sha384-…`. */
  integrity?: Record<string, string>;
  /** Where the bundle is served from instead of jsDelivr (self-hosting); no SRI is added then. */
  scriptUrl?: string | undefined;
  /** Which file of `dist/cdn/` to load; the smallest that registers every element by default. */
  bundle?: string | undefined;
  /** False when the page already has the script. */
  includeScript?: boolean;
  widgets: { tag: string; attributes?: SnippetAttributes; fallback?: Fallback | undefined }[];
  /** Attributes every element gets (src, lang, theme …), written first. */
  common?: SnippetAttributes;
  /** Indentation of the fallback inside each element. */
  indent?: string;
}

/**
 * The complete snippet. Each fallback is a paragraph: a block of its own
 * before the script has run (an undefined custom element is inline, and bare
 * links of several elements would run together on one line).
 */
export function buildSnippet({
  version,
  integrity = {},
  scriptUrl,
  bundle,
  includeScript = true,
  widgets,
  common = {},
  indent = '  ',
}: SnippetOptions): string {
  const file = bundle ?? bundleFor(widgets.map((widget) => widget.tag));
  const lines: string[] = [];
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
      ? `<p><a href="${escapeHtml(fallback.href)}">${escapeHtml(fallback.text)}</a></p>`
      : `<p>${escapeHtml(fallback.text)}</p>`;
    lines.push(open, `${indent}${inner}`, `</${widget.tag}>`);
  }
  return `${lines.join('\n')}\n`;
}

/** What the share card offers partners to paste: the statement, or the whole standpoint. */
export type EmbeddedWidget = 'standpoint-statement' | 'standpoint-embed';

export interface EmbedSnippetOptions {
  /** Absolute URL of the feed. */
  feedUrl: string;
  /** Item id, so the partner keeps showing this standpoint when the feed gains newer items. */
  itemId?: string | undefined;
  /** Which element to paste; the statement by default. */
  widget?: EmbeddedWidget;
  /** Where the fallback link goes: the standpoint's own page. */
  linkUrl?: string | undefined;
  /** Text of the fallback link. */
  linkText: string;
  /** Script URL; the jsDelivr bundle of this version by default. */
  scriptUrl?: string | undefined;
  /** Hashes of `dist/cdn/` files this page knows (see integrityOnPage): file → `sha384-…`. */
  integrity?: Record<string, string>;
}

/**
 * The code a partner organisation pastes to show the same standpoint on its
 * own site, as the builder writes it: the pinned script (with `integrity` and
 * `crossorigin` when the hash is known) and the element on the same feed,
 * with a plain link inside that works before (or without) any script. It
 * loads a file whose hash is known, so that the code keeps its `integrity`.
 */
export function buildEmbedSnippet({ feedUrl, itemId, widget = 'standpoint-statement', linkUrl, linkText, scriptUrl, integrity = {} }: EmbedSnippetOptions): string {
  const own = bundleFor([widget]);
  const bundle = integrity[own] || !integrity[ALL_WIDGETS_BUNDLE] ? own : ALL_WIDGETS_BUNDLE;
  return buildSnippet({
    version: LIBRARY_VERSION,
    integrity,
    scriptUrl,
    bundle,
    widgets: [{ tag: widget, attributes: { src: feedUrl, item: itemId }, fallback: linkUrl ? { text: linkText, href: linkUrl } : undefined }],
  }).trimEnd();
}

/**
 * The Subresource Integrity hashes of this version's jsDelivr files that the
 * page itself loads with an `integrity` attribute: the script tag a webmaster
 * pasted. A bundle cannot carry its own hash, so the share card reads it here
 * (no request is made) to give partners the same pinned, checked script.
 */
export function integrityOnPage(root: ParentNode = document): Record<string, string> {
  const prefix = cdnUrl(LIBRARY_VERSION, '');
  const hashes: Record<string, string> = {};
  for (const script of root.querySelectorAll<HTMLScriptElement>('script[src][integrity]')) {
    const file = script.src.startsWith(prefix) ? script.src.slice(prefix.length) : '';
    const hash = script.getAttribute('integrity')?.trim();
    if (/^[\w-]+(\.classic)?\.js$/.test(file) && hash) hashes[file] = hash;
  }
  return hashes;
}
