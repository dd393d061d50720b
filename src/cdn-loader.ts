/**
 * The script tag (`dist/cdn/standpoint-widgets.js`): a small loader that
 * finds the `standpoint-*` elements of the page, now and whenever more are
 * added, and brings in only their code. At the same time it starts each
 * distinct feed request, so the feed and the code travel in parallel.
 *
 * The code lives in chunks shared by every widget (lit, the base element and
 * the feed layer in one core chunk, then one chunk per widget), resolved from
 * this file's own URL, so a self-hosted copy of `dist/cdn/` loads from
 * itself. Every chunk is fetched through `<link rel="modulepreload"
 * integrity>` with the sha384 the build wrote into this file, and imported
 * only once its preload succeeded: a tampered chunk is refused as a tampered
 * loader is. At its first look at the page it serves the elements the way
 * that downloads least (the build wrote each file's brotli size in): one
 * kind of element alone comes as its own self-contained file, many kinds as
 * the self-contained bundle, a few as the shared chunks. Each file's hash is
 * checked the same way.
 *
 * The per-widget files (`dist/cdn/standpoint-counter.js`, …) are this loader
 * limited to one element, built with `__STANDPOINT_ONLY__` set.
 *
 * It never throws into the host page: a file that fails to load is said once
 * in the console, and the elements keep their fallback content.
 */
import { startFeedRequest } from './feed/request.js';

/** What the build writes into the loader (rollup.config.mjs, `deliveryManifest`). */
interface Delivery {
  /** Per element: the files to run, its own chunk first, then every chunk it imports. */
  readonly widgets: Readonly<Record<string, readonly string[]>>;
  /** sha384 of every file above and of the bundle. */
  readonly integrity: Readonly<Record<string, string>>;
  /** Brotli bytes of every file, to tell when the bundle is the smaller download. */
  readonly bytes: Readonly<Record<string, number>>;
  /** The self-contained file with every element. */
  readonly bundle: string;
  /** Per element, a self-contained file with that element alone. */
  readonly alone: Readonly<Record<string, string>>;
}

declare const __STANDPOINT_DELIVERY__: Delivery;
/** The one element a per-widget file loads; `null` in the main loader. */
declare const __STANDPOINT_ONLY__: string | null;

/** What every copy of the loader from one address shares (the snippet pasted twice, a per-widget file beside it). */
interface LoaderState {
  /** Elements whose code was asked for. */
  readonly wanted: Set<string>;
  /** Files preloaded, by name: resolves true when the file arrived intact. */
  readonly preloads: Map<string, Promise<boolean>>;
  /**
   * How this page's elements are served, chosen at the first look by what
   * downloads least: `alone` (one kind of element: its self-contained file),
   * `chunks` (the shared chunks) or `bundle` (every element in one file).
   */
  mode?: 'alone' | 'chunks' | 'bundle';
}

const delivery = __STANDPOINT_DELIVERY__;
const only = __STANDPOINT_ONLY__;
const base = import.meta.url;
const tags = only ? [only] : Object.keys(delivery.widgets);
const selector = tags.join(',');

function loaderState(): LoaderState {
  const key = Symbol.for(`standpoint-widgets.loader ${new URL('.', base).href}`);
  const global = globalThis as { [key: symbol]: LoaderState | undefined };
  return (global[key] ??= { wanted: new Set(), preloads: new Map() });
}

const state = loaderState();
/** Elements seen since the last flush. */
const pending = new Set<string>();
let flushQueued = false;

function warn(message: string): void {
  console.warn(`[standpoint-widgets] ${message}`);
}

/** Fetches `file` once, integrity-checked; true when it arrived intact. */
function preload(file: string): Promise<boolean> {
  let loaded = state.preloads.get(file);
  if (!loaded) {
    loaded = new Promise<boolean>((resolve) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      link.integrity = delivery.integrity[file] ?? '';
      link.href = new URL(file, base).href;
      link.onload = () => resolve(true);
      link.onerror = () => {
        warn(`${file} could not be loaded, or it is not the file this version was built with (integrity); the widgets that need it show their fallback content.`);
        resolve(false);
      };
      (document.head ?? document.documentElement).append(link);
    });
    state.preloads.set(file, loaded);
  }
  return loaded;
}

/** Preloads every file of `files`, then runs the first (which imports the others). */
async function run(files: readonly string[]): Promise<void> {
  const arrived = await Promise.all(files.map(preload));
  if (arrived.every(Boolean)) await import(/* @vite-ignore */ new URL(files[0], base).href);
}

/** The way to serve `wanted` that downloads the fewest bytes (brotli, as the build measured them). */
function cheapest(wanted: ReadonlySet<string>): NonNullable<LoaderState['mode']> {
  const files = new Set<string>();
  for (const tag of wanted) for (const file of delivery.widgets[tag] ?? []) files.add(file);
  let chunks = 0;
  for (const file of files) chunks += delivery.bytes[file] ?? 0;
  const [tag] = wanted;
  const alone = wanted.size === 1 ? (delivery.bytes[delivery.alone[tag]] ?? Infinity) : Infinity;
  const bundle = delivery.bytes[delivery.bundle] ?? Infinity;
  if (alone <= chunks && alone <= bundle) return 'alone';
  return bundle < chunks ? 'bundle' : 'chunks';
}

function load(files: readonly string[], what: string): void {
  void run(files).catch((error: unknown) => warn(`${what} failed to start: ${String(error)}`));
}

function flush(): void {
  flushQueued = false;
  const seen = [...pending].filter((tag) => !state.wanted.has(tag));
  pending.clear();
  if (state.mode === 'bundle' || seen.length === 0) return;
  for (const tag of seen) state.wanted.add(tag);
  if (only) {
    // A per-widget file brings its element as it always did, in its own file, unless the shared
    // chunks are already on the page (then it shares them; with the bundle on its way, flush
    // returned above); it never brings the whole bundle itself.
    state.mode ??= 'alone';
    return load(state.mode === 'chunks' ? delivery.widgets[only] : [delivery.alone[only]], `<${only}>`);
  }
  if (!state.mode) {
    state.mode = cheapest(state.wanted);
    if (state.mode === 'alone') return load([delivery.alone[seen[0]]], `<${seen[0]}>`);
  } else if (state.mode === 'alone') {
    // Another kind of element, added after the first one came alone: the bundle brings the rest
    // (the first element keeps its own copy; the bundle says once that it does not replace it).
    state.mode = 'bundle';
  }
  if (state.mode === 'bundle') return load([delivery.bundle], 'the bundle');
  for (const tag of seen) load(delivery.widgets[tag], `<${tag}>`);
}

/** One element seen: its feed requested at once, its code queued. */
function see(element: Element): void {
  const tag = element.localName;
  // Already defined (by this loader or another copy): it makes its own request, as it always did.
  if (customElements.get(tag)) return;
  const src = element.getAttribute('src');
  if (src && !src.startsWith('#')) {
    try {
      const url = new URL(src, document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') startFeedRequest(url.href);
    } catch {
      // Not a URL: the element says so itself once its code runs.
    }
  }
  pending.add(tag);
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(flush);
  }
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) see(root);
  for (const element of root.querySelectorAll(selector)) see(element);
}

function start(): void {
  scan(document);
  const observer = new MutationObserver((records) => {
    try {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
      // Nothing left to load: stop watching the page.
      if (state.mode === 'bundle' || tags.every((tag) => state.wanted.has(tag))) observer.disconnect();
    } catch (error) {
      warn(`could not look for new elements: ${String(error)}`);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

try {
  if (typeof document !== 'undefined' && typeof customElements !== 'undefined') start();
} catch (error) {
  warn(`the loader could not start: ${String(error)}`);
}
