/**
 * `content_html` → safe DOM nodes, by one of two sanitisers built from one
 * allowlist (CONTENT_ALLOWLIST):
 *
 * - the browser's own HTML Sanitizer API (`Element.setHTML` with a
 *   `Sanitizer`), where it exists: synchronous, and nothing is downloaded;
 * - else DOMPurify, loaded only when an item actually has HTML (the CDN build
 *   turns the `import()` into a lazy chunk, `chunks/dompurify.js`).
 *
 * What survives: paragraphs, headings, lists, emphasis, quotes, line breaks
 * and links to http, https or mailto. No script, event handler, style, form,
 * frame, image, media or SVG/MathML survives, so the reader's browser never
 * runs the feed's code nor contacts a third party because of it. The result
 * is a DocumentFragment built by the parser, never a string for innerHTML,
 * so it works under Trusted Types: `setHTML` is no Trusted Types sink, and
 * DOMPurify uses its own `dompurify` policy to parse. Both parse into a
 * document without a browsing context, where nothing loads or runs.
 *
 * Both keep the same text. An element in neither list below is removed
 * and its text kept, so a reader loses none of the publisher's words: a
 * custom element, `<button>`, `<thead>`, a misspelt or unclosed tag. Only
 * the elements in `dropped` go with their content: code, metadata, media and
 * frames whose text is a fallback the publisher's readers never see, form
 * fields' values. DOMPurify does this by itself (KEEP_CONTENT, with
 * FORBID_CONTENTS set to `dropped`); the native API removes an unlisted
 * element with its content, so every other element name in the markup is
 * added to its `replaceWithChildrenElements` for that call.
 */
import type { Config, DOMPurify } from 'dompurify';
import { warnOnce } from '../../feed/errors.js';
import { safeUrl } from '../../feed/safe-url.js';

/**
 * The allowlist of both sanitisers: a readable document and nothing that
 * loads, runs or styles.
 */
export const CONTENT_ALLOWLIST = {
  /** Elements kept, with the attributes below and no others. */
  elements: [
    'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
    'em', 'strong', 'b', 'i', 'u', 's', 'q', 'cite', 'abbr', 'sub', 'sup', 'blockquote', 'a',
  ],
  attributes: ['href', 'lang', 'dir', 'title', 'start', 'reversed'],
  /**
   * Elements removed with their content kept, named here so that ordinary
   * markup needs no more than one Sanitizer. Every element in neither list
   * is treated the same way (see the top of this file).
   */
  unwrapped: [
    'div', 'span', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'hgroup', 'address', 'search', 'center',
    'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd', 'menu', 'pre',
    'code', 'kbd', 'samp', 'var', 'dfn', 'small', 'big', 'tt', 'font', 'mark', 'ins', 'del', 'strike', 'acronym',
    'time', 'data', 'bdi', 'bdo', 'nobr', 'ruby', 'rb', 'rt', 'rtc', 'rp',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'form', 'fieldset', 'legend', 'label', 'button', 'output',
  ],
  /**
   * Elements removed with their content: code, metadata, frames and media
   * (their text is a fallback readers of the original never see), form
   * fields' values, and the SVG and MathML that DOMPurify also empties.
   */
  dropped: [
    'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'head', 'title', 'meta', 'link', 'base',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'audio', 'video', 'picture', 'canvas',
    'select', 'datalist', 'option', 'optgroup', 'textarea', 'input', 'colgroup', 'dialog',
    'svg', 'math', 'annotation-xml', 'desc', 'foreignobject', 'mi', 'mn', 'mo', 'ms', 'mtext',
  ],
} as const satisfies Record<string, readonly string[]>;

/** DOMPurify's configuration, from the allowlist. */
export const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [...CONTENT_ALLOWLIST.elements],
  ALLOWED_ATTR: [...CONTENT_ALLOWLIST.attributes],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  // Replaces DOMPurify's own list, which also empties `thead`: the same text as the native path.
  FORBID_CONTENTS: [...CONTENT_ALLOWLIST.dropped],
  RETURN_DOM_FRAGMENT: true,
  // The feed's markup must not hide, restyle or clobber anything.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
} satisfies Config;

/** The configuration of the HTML Sanitizer API (`SanitizerConfig`), from the allowlist. */
export const NATIVE_SANITIZER_CONFIG = {
  elements: [...CONTENT_ALLOWLIST.elements],
  replaceWithChildrenElements: [...CONTENT_ALLOWLIST.unwrapped],
  attributes: [...CONTENT_ALLOWLIST.attributes],
  comments: false,
  dataAttributes: false,
};

// The HTML Sanitizer API is not in TypeScript's DOM types yet.
type SetHTML = (this: Element, html: string, options: { sanitizer: object }) => void;
type SanitizerClass = new (config: { elements: string[]; replaceWithChildrenElements: string[]; attributes: string[]; comments: boolean; dataAttributes: boolean }) => object;

/** Where content is parsed: a document without a browsing context, so nothing in it loads or runs. */
let inertDocument: Document | undefined;
const inert = (): Document => (inertDocument ??= document.implementation.createHTMLDocument(''));

/** The Sanitizer made from NATIVE_SANITIZER_CONFIG; null where the browser's API does not behave as the spec says. */
let nativeSanitizer: object | null | undefined;

/** The browser's `setHTML` and our Sanitizer, or undefined where the browser lacks a working HTML Sanitizer API. */
function nativeApi(): { setHTML: SetHTML; sanitizer: object } | undefined {
  if (typeof Element === 'undefined') return undefined;
  // Read on every call, not once, so that a test can hide the API to reach the fallback.
  const setHTML = (Element.prototype as Element & { setHTML?: unknown }).setHTML;
  const Sanitizer = (globalThis as { Sanitizer?: unknown }).Sanitizer;
  if (typeof setHTML !== 'function' || typeof Sanitizer !== 'function') return undefined;
  nativeSanitizer ??= trustedSanitizer(setHTML as SetHTML, Sanitizer as SanitizerClass);
  return nativeSanitizer ? { setHTML: setHTML as SetHTML, sanitizer: nativeSanitizer } : undefined;
}

/**
 * Builds our Sanitizer and checks once that it keeps, unwraps and drops as
 * the current spec says. An early implementation (Chromium's and Firefox's
 * experiments, behind flags) took other option names and would have ignored
 * ours for a looser default: DOMPurify serves there instead.
 */
function trustedSanitizer(setHTML: SetHTML, Sanitizer: SanitizerClass): object | null {
  try {
    const sanitizer = new Sanitizer(NATIVE_SANITIZER_CONFIG);
    const probe = inert().createElement('div');
    setHTML.call(probe, '<p title="t" class="c" data-d="d">a</p><div>b</div><x-probe>c</x-probe><!--d-->', { sanitizer });
    return probe.innerHTML === '<p title="t">a</p>b' ? sanitizer : null;
  } catch {
    return null;
  }
}

/** Whether this browser has a working HTML Sanitizer API, so sanitising needs no download. */
export const nativeSanitizerAvailable = (): boolean => nativeApi() !== undefined;

let purifier: DOMPurify | undefined;
let loading: Promise<DOMPurify> | undefined;

/** Whether DOMPurify, the fallback sanitiser, has been loaded on this page by the statement widget. */
export const isSanitizerLoaded = (): boolean => purifier !== undefined;

/** Whether `sanitizeContent()` can run now: the browser sanitises natively, or DOMPurify has been loaded. */
export const sanitizerReady = (): boolean => nativeSanitizerAvailable() || purifier !== undefined;

/**
 * Loads DOMPurify once, the sanitiser for browsers without the HTML
 * Sanitizer API (the widget does not call it where the browser has one). The
 * library gets its own instance, so a host page that configures or hooks its
 * own DOMPurify (`setConfig`, `addHook`) cannot loosen ours, and ours cannot
 * change theirs.
 */
export function loadSanitizer(): Promise<DOMPurify> {
  loading ??= import('dompurify').then(
    (module) => {
      const factory = module.default;
      const instance = factory(window);
      purifier = instance;
      return instance;
    },
    (error: unknown) => {
      // A failed chunk load may succeed on a later render (flaky mobile link).
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Options of one sanitisation. */
export interface SanitizeOptions {
  /** Base URL for relative links: the item's URL, else the feed's. */
  base: string;
  /** The widget's own heading level: the feed's headings are moved below it. */
  headingLevel: number;
}

/**
 * Sanitises `html` with the browser's HTML Sanitizer API where it has one,
 * else with DOMPurify, which must have been loaded (`sanitizerReady()`,
 * `loadSanitizer()`); throws when neither is ready. The result is tidied as
 * `sanitizeHtml` says.
 */
export function sanitizeContent(html: string, options: SanitizeOptions): DocumentFragment {
  if (nestsTooDeep(html)) return asPlainText(html);
  const native = nativeApi();
  if (native) {
    const holder = inert().createElement('div');
    native.setHTML.call(holder, html, { sanitizer: sanitizerFor(html, native.sanitizer) });
    const fragment = holder.ownerDocument.createDocumentFragment();
    fragment.append(...holder.childNodes);
    return tidy(fragment, options);
  }
  if (purifier) return sanitizeHtml(purifier, html, options);
  throw new Error('no HTML sanitiser is ready: await loadSanitizer() first');
}

const KNOWN = new Set<string>([...CONTENT_ALLOWLIST.elements, ...CONTENT_ALLOWLIST.unwrapped, ...CONTENT_ALLOWLIST.dropped]);
// A tag name as the HTML tokenizer reads it: from a letter to whitespace, `/` or `>`.
const TAG_NAME = /<([a-z][^\t\n\f\r />]*)/gi;
/** The Sanitizers for markup with other element names, by those names; a few, as a feed has few items. */
const extendedSanitizers = new Map<string, object>();

/**
 * The native Sanitizer for `html`: ours, or, where the markup names elements
 * in none of the lists, ours with those names unwrapped too, so their text
 * stays as DOMPurify keeps it. The parser makes elements only from the tag
 * names in the markup (and a few implied ones, all listed), so reading the
 * names off the text, comments and all, finds every one.
 */
function sanitizerFor(html: string, base: object): object {
  const extra = new Set<string>();
  for (const [, raw] of html.matchAll(TAG_NAME)) {
    // The parser lower-cases ASCII letters only, and reads NUL as U+FFFD.
    const name = raw.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()).replaceAll('\0', '\uFFFD');
    if (!KNOWN.has(name) && name !== 'html' && name !== 'body') extra.add(name);
  }
  if (extra.size === 0) return base;
  const key = [...extra].sort().join(' ');
  let sanitizer = extendedSanitizers.get(key);
  if (!sanitizer) {
    const Sanitizer = (globalThis as unknown as { Sanitizer: SanitizerClass }).Sanitizer;
    try {
      sanitizer = new Sanitizer({ ...NATIVE_SANITIZER_CONFIG, replaceWithChildrenElements: [...NATIVE_SANITIZER_CONFIG.replaceWithChildrenElements, ...extra] });
    } catch {
      // A name the API refuses: those elements go with their text, the rest is as safe.
      return base;
    }
    if (extendedSanitizers.size >= 8) extendedSanitizers.delete(extendedSanitizers.keys().next().value!);
    extendedSanitizers.set(key, sanitizer);
  }
  return sanitizer;
}

/**
 * Sanitises `html` with a loaded DOMPurify and tidies the result: links keep
 * their href only when it resolves (against `base`) to http, https or
 * mailto, and leave without a referrer; links that lost their href become
 * their text, and the feed's headings are moved to sit below the widget's
 * heading (its top heading becomes `headingLevel + 1`). Markup with nothing
 * readable gives an empty fragment; this never throws.
 */
export function sanitizeHtml(purify: DOMPurify, html: string, options: SanitizeOptions): DocumentFragment {
  if (nestsTooDeep(html)) return asPlainText(html);
  // DOMPurify returns null, not a fragment, for markup whose document has no
  // body (a `<frameset>`): nothing readable, so an empty fragment.
  const fragment = purify.sanitize(html, SANITIZE_CONFIG) as DocumentFragment | null;
  return tidy(fragment ?? inert().createDocumentFragment(), options);
}

/**
 * Deeper than this, markup is shown as plain text instead. No real document
 * nests a hundred elements deep, and the browser's own HTML parser (which
 * both sanitisers use) takes time that grows much faster than the markup
 * when elements are left open: 120 kB of unclosed `<div>` or `<b>` kept a
 * page busy for about 20 s.
 */
export const MAX_CONTENT_NESTING = 100;

// Elements that never hold one another open: void ones, and those the parser
// closes by itself at the next of their kind (`<p>`, `<li>`…), so a document
// that leaves them unclosed is not deep.
const FLAT_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp',
]);
const START_OR_END_TAG = /<(\/?)([a-z][^\t\n\f\r />]*)/gi;

/**
 * Whether markup opens more than `limit` elements inside one another, read
 * off the tags in one pass (an upper bound: a tag inside an attribute or a
 * comment counts too, which only errs towards plain text).
 */
export function nestsTooDeep(html: string, limit: number = MAX_CONTENT_NESTING): boolean {
  let depth = 0;
  for (const [, closing, name] of html.matchAll(START_OR_END_TAG)) {
    if (FLAT_ELEMENTS.has(name.toLowerCase())) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if ((depth += 1) > limit) return true;
  }
  return false;
}

/** Markup too deep to parse safely, as paragraphs of its text (never parsed as HTML). */
function asPlainText(html: string): DocumentFragment {
  warnOnce(`content_html nests more than ${MAX_CONTENT_NESTING} elements deep (tags left open?): it is shown as plain text`);
  const doc = inert();
  const fragment = doc.createDocumentFragment();
  for (const block of htmlToPlainText(html).split('\n\n')) {
    if (block.trim() === '') continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = block.trim();
    fragment.append(paragraph);
  }
  return fragment;
}

/** The same last steps for both sanitisers' output (see sanitizeHtml). */
function tidy(fragment: DocumentFragment, options: SanitizeOptions): DocumentFragment {
  for (const link of [...fragment.querySelectorAll('a')]) {
    const href = link.getAttribute('href');
    const safe = href === null ? undefined : safeUrl(href, options.base);
    if (safe) {
      link.setAttribute('href', safe);
      link.setAttribute('rel', 'noopener noreferrer');
    } else {
      link.replaceWith(...link.childNodes);
    }
  }
  shiftHeadings(fragment, options.headingLevel);
  return fragment;
}

/** Moves headings down so the top one is `level + 1`; levels past 6 stay 6. */
export function shiftHeadings(root: DocumentFragment | Element, level: number): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  if (headings.length === 0) return;
  const top = Math.min(...headings.map((heading) => Number(heading.localName[1])));
  const shift = level + 1 - top;
  if (shift === 0) return;
  for (const heading of headings) {
    const target = Math.min(6, Math.max(1, Number(heading.localName[1]) + shift));
    const replacement = heading.ownerDocument.createElement(`h${target}`);
    for (const attribute of [...heading.attributes]) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
}

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote']);

/**
 * The top-level blocks of sanitised content, for the collapsed preview:
 * each block element is one block, and runs of loose text or inline
 * elements between them form one block. Whitespace-only text is dropped.
 */
export function topLevelBlocks(fragment: DocumentFragment): Node[][] {
  const blocks: Node[][] = [];
  let inline: Node[] = [];
  const flush = () => {
    if (inline.some((node) => (node.textContent ?? '').trim() !== '')) blocks.push(inline);
    inline = [];
  };
  for (const node of [...fragment.childNodes]) {
    if (node.nodeType === Node.ELEMENT_NODE && BLOCK.has((node as Element).localName)) {
      flush();
      blocks.push([node]);
    } else if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
      inline.push(node);
    }
  }
  flush();
  return blocks;
}

/** Whether a top-level block is a heading (it does not count as a preview paragraph). */
export const isHeadingBlock = (block: readonly Node[]): boolean =>
  block.length === 1 && /^h[1-6]$/.test((block[0] as Element).localName ?? '');

/**
 * The text of HTML without any markup, for when the sanitiser cannot load
 * (offline, or a page whose Trusted Types policy refuses DOMPurify). Script,
 * style and similar elements lose their content; the result is only ever
 * rendered as text.
 *
 * Each step is one forward pass: feed text can be hostile, and the plain
 * regular expressions these steps replace (`<!--[\s\S]*?-->`,
 * `<(script|…)[\s\S]*?<\/\1>`, `<p\b[^>]*>`) rescan the rest of the text
 * from every opening that is never closed, which froze a page for a minute
 * on a run of `<!--`.
 */
export function htmlToPlainText(html: string): string {
  const text = removeRawTextElements(html);
  return replaceTags(
    replaceTags(removeComments(text), /<\s*(?:br|\/p|\/h[1-6]|\/li|\/blockquote)\b[^>]*>/gi, '\n'),
    // `\s*(?:\/\s*)?`, not `\s*\/?\s*`: two quantifiers over the same spaces try every split of a run of them.
    /<\s*(?:\/\s*)?(?:p|h[1-6]|ul|ol|blockquote)\b[^>]*>/gi,
    '\n\n',
  )
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (whole, entity: string) => {
      const lower = entity.toLowerCase();
      if (lower.startsWith('#x')) return safeChar(Number.parseInt(lower.slice(2), 16), whole);
      if (lower.startsWith('#')) return safeChar(Number.parseInt(lower.slice(1), 10), whole);
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[lower] ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const RAW_TEXT_OPENING = /<(script|style|template|noscript|iframe|object|svg|math|textarea|title)\b/gi;

/**
 * Removes each of these elements with its content, from its opening to the
 * first closing tag of the same name (`</script >` too); an opening never
 * closed stays, for the later steps to strip as a tag. Where each name is
 * next closed is remembered, so the text is searched forward only once per
 * name however many openings are left unclosed.
 */
function removeRawTextElements(html: string): string {
  const nextClosing = new Map<string, { from: number; at: number; end: number }>();
  const closingOf = (name: string, from: number) => {
    const known = nextClosing.get(name);
    // Still the first closing at or after `from`, or still none.
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = from;
    const match = closing.exec(html);
    const found = { from, at: match ? match.index : -1, end: match ? match.index + match[0].length : -1 };
    nextClosing.set(name, found);
    return found;
  };
  let result = '';
  let copied = 0;
  RAW_TEXT_OPENING.lastIndex = 0;
  for (let opening = RAW_TEXT_OPENING.exec(html); opening; opening = RAW_TEXT_OPENING.exec(html)) {
    const closing = closingOf(opening[1].toLowerCase(), opening.index + opening[0].length);
    if (closing.at === -1) continue;
    result += html.slice(copied, opening.index);
    copied = closing.end;
    RAW_TEXT_OPENING.lastIndex = closing.end;
  }
  return result + html.slice(copied);
}

/** Removes `<!-- … -->` comments; an unclosed one stays (nothing after it can close it). */
function removeComments(html: string): string {
  let result = '';
  let copied = 0;
  for (let start = html.indexOf('<!--'); start !== -1; start = html.indexOf('<!--', copied)) {
    const end = html.indexOf('-->', start + 4);
    if (end === -1) break;
    result += html.slice(copied, start);
    copied = end + 3;
  }
  return result + html.slice(copied);
}

/**
 * `html.replace(tag, replacement)` for a pattern that ends in `[^>]*>`, in
 * linear time: past the last `>` no such tag can end, so the pattern runs
 * only on the text before it, where every `[^>]*` stops at the next `>`.
 */
function replaceTags(html: string, tag: RegExp, replacement: string): string {
  const end = html.lastIndexOf('>') + 1;
  return html.slice(0, end).replace(tag, replacement) + html.slice(end);
}

function safeChar(code: number, fallback: string): string {
  try {
    return String.fromCodePoint(code);
  } catch {
    return fallback;
  }
}
