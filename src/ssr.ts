/**
 * `standpoint-widgets/ssr` (Node): a widget as HTML, for a page that shows
 * it before, or without, JavaScript. Lit's own server renderer
 * (`@lit-labs/ssr`, a peer dependency to install beside the widgets) writes
 * the widget's shadow DOM as a declarative shadow root; the data the widget
 * shows goes beside it, so that in the browser the element renders exactly
 * the same thing and hydrates (adopts the server's DOM) instead of replacing it.
 *
 *   import { renderWidget } from 'standpoint-widgets/ssr';
 *   const { html } = await renderWidget('standpoint-counter', { feed, lang: 'uk' });
 *
 * Several widgets on one page can share one copy of the feed:
 * `renderFeedData(feed, { id })` once, and `renderWidget(tag, { feed, dataId: id })`
 * for each widget (which then reads `src="#id"`).
 */
// The server renderer first: its DOM shim is what the elements are defined on.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import './define.js';
import { escapeHtml } from './components/standpoint-share/embed-snippet.js';
import { findItem, localizeItem } from './feed/select.js';
import type { Feed, FeedData, FeedErrorCode, FeedItem, FeedProblem } from './feed/types.js';
import { parseFeed, validateFeed } from './feed/validate.js';

/** The elements `renderWidget` renders: every widget of the library. */
export const RENDERABLE_WIDGETS = [
  'standpoint-statement',
  'standpoint-demands',
  'standpoint-counter',
  'standpoint-share',
  'standpoint-embed',
  'standpoint-related',
] as const;
export type RenderableWidget = (typeof RENDERABLE_WIDGETS)[number];

/** Why a widget could not be rendered: a code to branch on, a message to show. */
export type RenderErrorCode = 'unknown-widget' | 'bad-attribute' | 'bad-language' | 'bad-data-id' | Extract<FeedErrorCode, 'not-json' | 'not-a-feed' | 'no-such-item'>;

export class RenderError extends Error {
  override readonly name = 'RenderError';
  constructor(
    readonly code: RenderErrorCode,
    message: string,
    /** The feed's problems, for `not-json` and `not-a-feed`. */
    readonly problems: readonly FeedProblem[] = [],
  ) {
    super(message);
  }
}

export interface RenderWidgetOptions {
  /** The feed: its JSON text, or the parsed data. */
  feed: string | FeedData;
  /**
   * The widget's language (`uk`, `en`, …), always written on the element,
   * since the server cannot see the page's `<html lang>`; by default the
   * item's, else the feed's, else `en`.
   */
  lang?: string;
  /** Id of the item to show; the first item by default. */
  item?: string;
  /** Further attributes of the widget: `{ 'heading-level': 3, collapsed: true }`; `false`, `null` and `undefined` leave one out. */
  attributes?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** What relative addresses in the feed resolve against; by default its `feed_url`. */
  baseUrl?: string;
  /**
   * The light-DOM fallback, as HTML you trust, for browsers without
   * declarative shadow DOM; by default a link to the item with its title.
   */
  fallback?: string;
  /**
   * The id of a data script written once on the page with `renderFeedData`:
   * the widget reads it (`src="#id"`) instead of carrying its own copy.
   */
  dataId?: string;
  /**
   * Link the widget's styles instead of writing them into it: each
   * `<style>` of its shadow roots becomes `<link rel="stylesheet">` to
   * the address this returns for the file's name (`standpoint-<hash>.css`),
   * and `stylesheets` lists the files to publish there. Every widget of a
   * kind on every page then shares one cached file, and `style-src 'self'`
   * allows it without hashes.
   */
  stylesheetUrl?: (name: string) => string;
}

/** A stylesheet to publish for widgets rendered with `stylesheetUrl`. */
export interface WidgetStylesheet {
  /** The file name, from a hash of its content: `standpoint-3f9c0a1b2c4d.css`. */
  readonly name: string;
  readonly css: string;
}

export interface RenderedWidget {
  /** The element, its declarative shadow root, its data and its fallback. */
  readonly html: string;
  /** CSP sources (`'sha256-…'`) that allow the `<style>` elements of the shadow root under `style-src`; none with `stylesheetUrl`. */
  readonly styleHashes: readonly string[];
  /** With `stylesheetUrl`: the files its links name, to publish at those addresses. */
  readonly stylesheets: readonly WidgetStylesheet[];
  /** Warnings about the feed: parts that were left out or kept as written. */
  readonly problems: readonly FeedProblem[];
  /** The language the widget was rendered in. */
  readonly lang: string;
  /**
   * True when part of the widget is left to the browser: a statement whose
   * text is HTML (`content_html`), which only a browser can sanitise, shows
   * "loading" in its place until the script has run.
   */
  readonly completedInBrowser: boolean;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATA_ID = /^[A-Za-z][\w-]*$/;
/** Attributes the renderer writes itself, or that mean nothing for data written into the page. */
export const RESERVED_ATTRIBUTES: readonly string[] = ['lang', 'item', 'src', 'refresh', 'feed'];

/** Feed text or data → the validated feed, or a RenderError. */
function validated(feed: unknown, baseUrl: string | undefined): { feed: Feed; problems: readonly FeedProblem[] } {
  let data = feed;
  if (typeof feed === 'string') {
    try {
      data = JSON.parse(feed) as unknown;
    } catch {
      const { problems } = parseFeed(feed);
      throw new RenderError('not-json', problems[0]?.message ?? 'not JSON', problems);
    }
  }
  // The feed's own address is what its relative links mean, as in the browser.
  const result = validateFeed(data, baseUrl ?? feedUrlOf(data) ?? 'https://feed.invalid/');
  if (!result.feed) {
    const fatal = result.problems.find((problem) => problem.severity === 'fatal');
    throw new RenderError('not-a-feed', fatal?.message ?? 'not a JSON Feed', result.problems);
  }
  return { feed: result.feed, problems: result.problems };
}

function feedUrlOf(data: unknown): string | undefined {
  const url = (data as { feed_url?: unknown } | null)?.feed_url;
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/**
 * JSON for a `<script type="application/json">`: `<` escaped, so that no
 * value can close the script element.
 */
const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The data a widget needs to render what the server rendered: the item it
 * shows, with the feed's head; the widgets that list other items (related
 * materials, the all-in-one embed) keep every item.
 */
function dataFor(tag: RenderableWidget, feed: Feed, item: FeedItem): Feed {
  if (tag === 'standpoint-related' || tag === 'standpoint-embed') return feed;
  return { ...feed, items: [item] };
}

const sha256 = async (text: string): Promise<Uint8Array> => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/** The CSP source that allows one inline style element, as browsers hash it (Web Crypto: Node and browsers alike). */
async function styleHash(css: string): Promise<string> {
  return `'sha256-${btoa(String.fromCharCode(...(await sha256(css))))}'`;
}

/** A stylesheet's file name from its content, so a changed style is a new file and an old one can be cached for ever. */
async function stylesheetName(css: string): Promise<string> {
  const hex = [...(await sha256(css)).slice(0, 6)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `standpoint-${hex}.css`;
}

// Lit's server renderer writes each shadow root's styles as one <style>
// element; feed text never makes one (it is escaped).
const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/g;

function attributeText(attributes: RenderWidgetOptions['attributes'] = {}): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    const key = name.toLowerCase();
    if (!ATTRIBUTE_NAME.test(key)) throw new RenderError('bad-attribute', `"${name}": an attribute name is letters, digits and dashes`);
    if (RESERVED_ATTRIBUTES.includes(key)) {
      throw new RenderError('bad-attribute', `${key}: ${key === 'lang' || key === 'item' ? `use the ${key} option` : 'a rendered widget shows the data written into the page, so it has no use for this attribute'}`);
    }
    if (value === false || value === null || value === undefined) continue;
    text += value === true || value === '' ? ` ${key}` : ` ${key}="${escapeHtml(String(value))}"`;
  }
  return text;
}

/** `<script type="application/json" id="…">` with the whole feed, written once for the widgets rendered with `dataId`. */
export function renderFeedData(feed: string | FeedData, { id, baseUrl }: { id: string; baseUrl?: string }): string {
  if (!DATA_ID.test(id)) throw new RenderError('bad-data-id', `"${id}": a data id starts with a letter, then letters, digits, "-" and "_"`);
  return `<script type="application/json" id="${id}">${scriptJson(validated(feed, baseUrl).feed)}</script>`;
}

/**
 * Renders one widget as HTML with its declarative shadow root. Throws a
 * `RenderError` for a feed the widgets cannot show, a missing item, or an
 * attribute it may not write.
 */
export async function renderWidget(tag: RenderableWidget, options: RenderWidgetOptions): Promise<RenderedWidget> {
  if (!(RENDERABLE_WIDGETS as readonly string[]).includes(tag)) {
    throw new RenderError('unknown-widget', `"${String(tag)}" is not one of ${RENDERABLE_WIDGETS.join(', ')}`);
  }
  if (options.lang !== undefined && !LANGUAGE_TAG.test(options.lang)) throw new RenderError('bad-language', `"${options.lang}" is not a language tag such as uk or en`);
  if (options.dataId !== undefined && !DATA_ID.test(options.dataId)) throw new RenderError('bad-data-id', `"${options.dataId}": a data id starts with a letter, then letters, digits, "-" and "_"`);
  const extra = attributeText(options.attributes);
  const { feed, problems } = validated(options.feed, options.baseUrl);
  const item = findItem(feed, options.item ?? '');
  if (!item) throw new RenderError('no-such-item', options.item ? `the feed has no item with the id "${options.item}"` : 'the feed has no items');

  const lang = options.lang ?? item.language ?? feed.language ?? 'en';
  const localized = localizeItem(feed, item, lang);
  const href = item.url ?? feed.home_page_url;
  const fallbackText = localized.title ?? feed.title ?? href ?? '';
  // A paragraph: a block of its own even where the element is not defined (an unknown element is inline).
  const fallback = options.fallback ?? (href ? `<p><a href="${escapeHtml(href)}">${escapeHtml(fallbackText)}</a></p>` : `<p>${escapeHtml(fallbackText)}</p>`);
  // With a shared data script, the browser sees the whole feed: so does the server.
  const data = options.dataId ? feed : dataFor(tag, feed, item);

  const start =
    ` lang="${escapeHtml(lang)}"` +
    (options.item ? ` item="${escapeHtml(item.id)}"` : '') +
    (options.dataId ? ` src="#${options.dataId}"` : '') +
    extra;
  const children = `\n  ${options.dataId ? '' : `<script type="application/json">${scriptJson(data)}</script>\n  `}${fallback}\n`;
  // The data goes in as the `feed` property, as the browser reads it from the script.
  const template = staticHtml`<${unsafeStatic(tag)}${unsafeStatic(start)} .feed=${data}>${unsafeStatic(children)}</${unsafeStatic(tag)}>`;
  const output = (await collectResult(render(template)))
    // The markers of the wrapping template: nothing on the page hydrates it.
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    // The spaces the removed `.feed=` binding leaves in the start tag.
    .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
  if (!output.startsWith(`<${tag}`)) throw new Error(`unexpected server output: ${output.slice(0, 80)}`);

  const styles = [...new Set([...output.matchAll(STYLE_ELEMENT)].map((match) => match[1] ?? ''))];
  let html = output;
  let styleHashes: string[] = [];
  let stylesheets: WidgetStylesheet[] = [];
  if (options.stylesheetUrl) {
    const { stylesheetUrl } = options;
    stylesheets = await Promise.all(styles.map(async (css) => ({ name: await stylesheetName(css), css })));
    const links = new Map(stylesheets.map(({ name, css }) => [css, `<link rel="stylesheet" href="${escapeHtml(stylesheetUrl(name))}">`]));
    html = output.replace(STYLE_ELEMENT, (_match, css: string) => links.get(css) ?? '');
  } else {
    styleHashes = await Promise.all(styles.map(styleHash));
  }
  const completedInBrowser = (tag === 'standpoint-statement' || tag === 'standpoint-embed') && localized.contentHtml !== undefined;
  return { html, styleHashes, stylesheets, problems, lang, completedInBrowser };
}
