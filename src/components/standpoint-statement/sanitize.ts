/**
 * `content_html` → safe DOM nodes, with DOMPurify loaded only when an item
 * actually has HTML (the CDN build turns the `import()` into a lazy chunk).
 *
 * What survives: paragraphs, headings, lists, emphasis, quotes, line breaks
 * and links to http, https or mailto. No script, event handler, style, form,
 * frame, image, media or SVG/MathML survives, so the reader's browser never
 * runs the feed's code nor contacts a third party because of it. The result
 * is a DocumentFragment built by the parser, never a string for innerHTML,
 * so it works under Trusted Types (DOMPurify uses its own `dompurify` policy
 * to parse).
 */
import type { Config, DOMPurify } from 'dompurify';
import { toSafeUrl } from '../../feed/schema.js';

/** The allowlist: a readable document and nothing that loads, runs or styles. */
export const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
    'em', 'strong', 'b', 'i', 'u', 's', 'q', 'cite', 'abbr', 'sub', 'sup', 'blockquote', 'a',
  ],
  ALLOWED_ATTR: ['href', 'lang', 'dir', 'title', 'start', 'reversed'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
  // The feed's markup must not hide, restyle or clobber anything.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
} satisfies Config;

let purifier: DOMPurify | undefined;
let loading: Promise<DOMPurify> | undefined;

/** Whether DOMPurify has been loaded on this page by the statement widget. */
export const isSanitizerLoaded = (): boolean => purifier !== undefined;

/** The loaded DOMPurify instance, or undefined before `loadSanitizer()` has finished. */
export const loadedSanitizer = (): DOMPurify | undefined => purifier;

/**
 * Loads DOMPurify once. The library gets its own instance, so a host page
 * that configures or hooks its own DOMPurify (`setConfig`, `addHook`) cannot
 * loosen ours, and ours cannot change theirs.
 */
export function loadSanitizer(): Promise<DOMPurify> {
  loading ??= import('dompurify').then(
    (module) => {
      const factory = module.default;
      const instance = factory(window);
      instance.addHook('afterSanitizeAttributes', guardLinks);
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

// The base for relative links of the one sanitize() call running now
// (sanitising is synchronous).
let linkBase = 'https://invalid.invalid/';

/** Keeps an href only when it resolves to http, https or mailto; marks links as leaving without a referrer. */
function guardLinks(node: Element): void {
  if (node.localName !== 'a') return;
  const href = node.getAttribute('href');
  const safe = href === null ? undefined : toSafeUrl(href, linkBase);
  if (safe) {
    node.setAttribute('href', safe);
    node.setAttribute('rel', 'noopener noreferrer');
  } else {
    node.removeAttribute('href');
  }
}

/** Options of one sanitisation. */
export interface SanitizeOptions {
  /** Base URL for relative links: the item's URL, else the feed's. */
  base: string;
  /** The widget's own heading level: the feed's headings are moved below it. */
  headingLevel: number;
}

/**
 * Sanitises `html` with a loaded DOMPurify and tidies the result: links that
 * lost their href become their text, and the feed's headings are moved to
 * sit below the widget's heading (its top heading becomes `headingLevel + 1`).
 */
export function sanitizeHtml(purify: DOMPurify, html: string, options: SanitizeOptions): DocumentFragment {
  linkBase = options.base;
  let fragment: DocumentFragment;
  try {
    fragment = purify.sanitize(html, SANITIZE_CONFIG);
  } finally {
    linkBase = 'https://invalid.invalid/';
  }
  for (const link of [...fragment.querySelectorAll('a:not([href])')]) link.replaceWith(...link.childNodes);
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
 */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript|iframe|object|svg|math|textarea|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\s*(?:br|\/p|\/h[1-6]|\/li|\/blockquote)\b[^>]*>/gi, '\n')
    .replace(/<\s*\/?\s*(?:p|h[1-6]|ul|ol|blockquote)\b[^>]*>/gi, '\n\n')
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

function safeChar(code: number, fallback: string): string {
  try {
    return String.fromCodePoint(code);
  } catch {
    return fallback;
  }
}
