/**
 * The in-page half of the benchmark (render.html). The query string says
 * what the page holds:
 *
 *   impl=widget|vanilla|direct   the built widgets, the hand-written
 *                         baselines, or the widgets' shadow DOM written
 *                         directly (innerHTML; the runner gives the markup)
 *   entry=<name>          which dist/cdn bundle the widgets come from
 *   preload=<path>        (repeatable) a feed fetched before anything is
 *                         measured; `fetch` then answers it from memory, so
 *                         a measurement starts with the feed available and
 *                         no network in it. Feeds not preloaded go to the
 *                         network as usual.
 *
 * The runner then calls `window.bench.*` over the DevTools protocol.
 */
// A failure while setting up (a bundle that does not load…) is reported to the runner, not left to a timeout.
addEventListener('error', (event) => (window.benchError ??= String(event.error?.stack ?? event.message)));
addEventListener('unhandledrejection', (event) => (window.benchError ??= String(event.reason?.stack ?? event.reason)));

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? 'widget';
const entry = params.get('entry') ?? 'standpoint-widgets';
/** The element the hosts are put on (render.html has it). */
const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
/**
 * A host's shadow root: every host has one once rendered, widget or baseline.
 *
 * @param {Element} host
 */
const shadowOf = (host) => /** @type {ShadowRoot} */ (host.shadowRoot);
const absolute = (path) => new URL(path, document.baseURI).href;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

// Long tasks and long animation frames from the start, for the measurements that report them.
const longTasks = [];
const longFrames = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
try {
  new PerformanceObserver((list) => longFrames.push(...list.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
} catch {
  // a browser without the Long Animation Frames API
}

const networkFetch = window.fetch.bind(window);
const inMemory = new Map();
for (const path of params.getAll('preload')) {
  const text = await (await networkFetch(path, { cache: 'no-store' })).text();
  inMemory.set(absolute(path), { text, bytes: new TextEncoder().encode(text).byteLength });
}
if (inMemory.size > 0) {
  window.fetch = async (input, init) => {
    const url = absolute(typeof input === 'string' || input instanceof URL ? input : input.url);
    const held = inMemory.get(url);
    if (!held) return networkFetch(input, init);
    return new Response(held.text, {
      status: 200,
      headers: { 'content-type': 'application/feed+json', 'content-length': String(held.bytes) },
    });
  };
}

let library;
let vanilla;
let direct;
let importMs;
if (impl === 'widget') {
  const start = performance.now();
  // The self-contained files (the script tag's loader defines only what a page shows, and exports nothing):
  // the bundle for `standpoint-widgets`, a widget's file alone for `standpoint-<name>`.
  const file = entry === 'standpoint-widgets' ? 'standpoint-widgets.bundle' : `chunks/${entry}.alone`;
  library = await import(`/dist/cdn/${file}.js`).catch((error) => {
    throw new Error(`/dist/cdn/${file}.js could not be imported: ${error.message}`);
  });
  importMs = performance.now() - start;
} else if (impl === 'direct') {
  direct = await import('/bench/vanilla/direct.js');
  (await import('/bench/vanilla/dom.js')).setWidgetStyles(await (await networkFetch('/bench/styles.json')).json());
} else {
  vanilla = await import('/bench/vanilla/index.js');
  vanilla.setWidgetStyles(await (await networkFetch('/bench/styles.json')).json());
}

/** The widget a direct host stands for: `direct-share` → `standpoint-share`. */
const widgetOfDirect = (host) => host.localName.replace(/^direct-/, 'standpoint-');

function createHost(spec) {
  const tag = impl === 'widget' ? spec.tag : impl === 'direct' ? spec.tag.replace(/^standpoint-/, 'direct-') : vanilla.baselineTag(spec.tag);
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(spec.attributes ?? {})) host.setAttribute(name, value);
  return host;
}

/** Resolves when the widget has rendered its feed (`standpoint-load`), rejects on `standpoint-error`. */
function loaded(element) {
  return new Promise((resolve, reject) => {
    element.addEventListener('standpoint-load', resolve, { once: true });
    element.addEventListener('standpoint-error', (event) => reject(new Error(`<${element.localName}>: ${event.detail.message}`)), { once: true });
  });
}

const isRendered = (host) => Boolean(host.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));

// A boolean attribute means the same with any value: `readonly` = `readonly="readonly"`.
const BOOLEAN_ATTRIBUTES = new Set(['readonly', 'novalidate', 'hidden', 'disabled', 'open', 'checked', 'required', 'multiple', 'selected']);

/** One line per element and per run of text, for comparing two trees. */
function serialize(root) {
  const lines = [];
  const walk = (parent, depth) => {
    let text = '';
    const flush = () => {
      const collapsed = text.replace(/\s+/g, ' ').trim();
      if (collapsed) lines.push(`${'  '.repeat(depth)}"${collapsed}"`);
      text = '';
    };
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        text += node.data;
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue; // Lit's comment markers
      flush();
      const attributes = [...node.attributes]
        .map(({ name, value }) =>
          name === 'class' ? `class="${value.split(/\s+/).filter(Boolean).sort().join(' ')}"`
          : BOOLEAN_ATTRIBUTES.has(name) ? name
          : `${name}="${value}"`,
        )
        .sort();
      // Values set as properties, not attributes, are part of what a reader gets.
      if ('value' in node && (node.localName === 'textarea' || node.localName === 'input' || node.localName === 'progress')) {
        attributes.push(`.value=${JSON.stringify(String(node.value))}`);
      }
      lines.push(`${'  '.repeat(depth)}<${node.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>`);
      walk(node, depth + 1);
    }
    flush();
  };
  walk(root, 0);
  return lines;
}

/** A short, human name of a node for the update report: `li.item.tone-achieved`, `span[part=count]`. */
function describe(node) {
  if (!node) return '?';
  if (node.nodeType === Node.TEXT_NODE) return `text in ${describe(node.parentNode)}`;
  if (node.nodeType !== Node.ELEMENT_NODE) return node.nodeName.toLowerCase();
  const part = node.getAttribute('part');
  const classes = [...node.classList].slice(0, 2).map((name) => `.${name}`).join('');
  return `${node.localName}${classes}${part && !classes ? `[part=${part}]` : ''}`;
}

function subtreeSize(node) {
  let count = 1;
  for (const child of node.childNodes) if (child.nodeType !== Node.COMMENT_NODE) count += subtreeSize(child);
  return node.nodeType === Node.COMMENT_NODE ? 0 : count;
}

/**
 * Sorts mutation records into what changed for good and what was undone or
 * rewritten with the same value (work that did not have to happen).
 */
function analyseMutations(records) {
  const attributes = new Map();
  const texts = new Map();
  const added = new Set();
  const removed = new Set();
  for (const record of records) {
    if (record.type === 'attributes') {
      const key = record.target;
      const names = attributes.get(key) ?? new Map();
      if (!names.has(record.attributeName)) names.set(record.attributeName, record.oldValue);
      attributes.set(key, names);
    } else if (record.type === 'characterData') {
      if (!texts.has(record.target)) texts.set(record.target, record.oldValue);
    } else {
      for (const node of record.addedNodes) if (node.nodeType !== Node.COMMENT_NODE) added.add(node);
      for (const node of record.removedNodes) {
        if (node.nodeType === Node.COMMENT_NODE) continue;
        if (added.has(node)) added.delete(node); // came and went within the update
        else removed.add(node);
      }
    }
  }
  const changed = [];
  const needless = [];
  for (const [element, names] of attributes) {
    for (const [name, oldValue] of names) {
      const entry = `${describe(element)} @${name}`;
      (element.getAttribute(name) === oldValue ? needless : changed).push(`${entry}${element.getAttribute(name) === oldValue ? ' (same value written again)' : ''}`);
    }
  }
  for (const [node, oldValue] of texts) {
    (node.data === oldValue ? needless : changed).push(`${describe(node)}${node.data === oldValue ? ' (same text written again)' : `: "${oldValue.trim().slice(0, 40)}" → "${node.data.trim().slice(0, 40)}"`}`);
  }
  const removedList = [...removed];
  let addedNodes = 0;
  let removedNodes = 0;
  for (const node of added) {
    addedNodes += subtreeSize(node);
    const twin = removedList.find((old) => old.isEqualNode(node));
    if (twin) needless.push(`${describe(node)} re-created identical`);
    else if (node.nodeType === Node.ELEMENT_NODE || node.data.trim()) changed.push(`added ${describe(node)}`);
  }
  for (const node of removed) {
    removedNodes += subtreeSize(node);
    if (node.nodeType === Node.ELEMENT_NODE || node.data.trim()) changed.push(`removed ${describe(node)}`);
  }
  return {
    attributeChanges: [...attributes.values()].reduce((sum, names) => sum + names.size, 0),
    textChanges: texts.size,
    addedNodes,
    removedNodes,
    changed,
    needless,
  };
}

/** What the runner calls; exported only so that its type is known to the runner's side (scripts/page-globals.d.ts). */
export const bench = {
  impl,
  importMs,

  /** The widgets' own CSS texts by tag (widget pages only), for the baselines. */
  styles(tags) {
    return Object.fromEntries(tags.map((tag) => [tag, /** @type {{ elementStyles: { cssText: string }[] }} */ (/** @type {unknown} */ (customElements.get(tag))).elementStyles.map((style) => style.cssText)]));
  },

  /**
   * Creates the hosts of `specs` (`[{ tag, attributes }]`), renders them and
   * returns the milliseconds from the first element created to the content
   * laid out.
   */
  async render(specs) {
    stage.replaceChildren();
    const start = performance.now();
    const hosts = specs.map(createHost);
    if (impl === 'widget') {
      const done = Promise.all(hosts.map(loaded));
      stage.append(...hosts);
      await done;
    } else if (impl === 'direct') {
      stage.append(...hosts);
      await direct.renderDirect(hosts, widgetOfDirect);
    } else {
      stage.append(...hosts);
      await vanilla.renderBaselines(hosts);
    }
    // Style and layout of the whole page, now.
    stage.getBoundingClientRect();
    const ms = performance.now() - start;
    if (!hosts.every(isRendered)) throw new Error('not every host shows its content');
    return ms;
  },

  /** The shadow DOM of each widget on the stage as the direct baseline writes it, by tag (widget pages). */
  async directMarkup() {
    const { directMarkupOf } = await import('/bench/vanilla/direct.js');
    return Object.fromEntries([...stage.children].map((host) => [host.localName, directMarkupOf(host)]));
  },

  /** Gives a direct page the markup to write (from `directMarkup` of a widget page). */
  setDirectMarkup(markup) {
    direct.setDirectMarkup(markup);
  },

  /** What each host on the stage shows, for comparing a widget with its baseline. */
  markup() {
    return [...stage.children].map((host) => ({
      tag: host.localName,
      host: [...host.attributes].map(({ name, value }) => `${name}="${value}"`).sort(),
      tree: serialize(shadowOf(host)),
      text: /** @type {HTMLElement | null} */ (shadowOf(host).querySelector('[part~="base"]'))?.innerText ?? '',
      height: host.getBoundingClientRect().height,
    }));
  },

  /** Heights of the hosts on the stage, in CSS pixels. */
  heights() {
    return [...stage.children].map((host) => Math.ceil(host.getBoundingClientRect().height));
  },

  /** Clicks the counter's "show all" and measures until all `total` names are in the list and laid out. */
  async showAll(total) {
    const counter = shadowOf(/** @type {Element} */ (stage.querySelector('standpoint-counter')));
    const button = /** @type {HTMLButtonElement} */ (counter.querySelector('button.more'));
    const list = /** @type {Element} */ (counter.querySelector('.list'));
    const start = performance.now();
    button.click();
    let frames = 0;
    while (list.children.length < total) {
      await nextFrame();
      frames += 1;
      if (frames > 10_000) throw new Error(`only ${list.children.length} of ${total} names after ${frames} frames`);
    }
    stage.getBoundingClientRect();
    const ms = performance.now() - start;
    return { ms, frames, names: list.children.length, ...this.longestSince(start) };
  },

  /** The longest task and animation frame since `start` (performance.now()). */
  longestSince(start) {
    const after = (entries) => entries.filter((entry) => entry.startTime + entry.duration >= start);
    const longest = (entries) => entries.reduce((max, entry) => Math.max(max, entry.duration), 0);
    return { longestTask: longest(after(longTasks)), longestFrame: longest(after(longFrames)), longTasks: after(longTasks).length };
  },

  /**
   * Re-reads the feed at `path` (the server already holds the new version)
   * and reports how long the update took and which nodes it touched.
   */
  async update(path) {
    const url = absolute(path);
    const hosts = [...stage.children];
    const records = [];
    const observers = hosts.map((host) => {
      const observer = new MutationObserver((list) => records.push(...list.map((record) => ({ host: host.localName, record }))));
      observer.observe(shadowOf(host), { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true });
      return { host, observer };
    });
    const done = Promise.all(hosts.map(loaded));
    const start = performance.now();
    await library.reloadFeed(url);
    await done;
    stage.getBoundingClientRect();
    const end = performance.now();
    for (const { host, observer } of observers) {
      records.push(...observer.takeRecords().map((record) => ({ host: host.localName, record })));
      observer.disconnect();
    }
    const response = /** @type {PerformanceResourceTiming | undefined} */ (performance.getEntriesByName(url).at(-1));
    const arrived = response && response.responseEnd > start ? response.responseEnd : start;
    return {
      ms: end - arrived,
      fetchMs: arrived - start,
      widgets: Object.fromEntries(
        hosts.map((host) => [host.localName, analyseMutations(records.filter((entry) => entry.host === host.localName).map((entry) => entry.record))]),
      ),
    };
  },

  /** Milliseconds of `parseFeed` (JSON.parse and validation) of a preloaded feed: the share of the feed layer. */
  parse(path) {
    const { text } = inMemory.get(absolute(path));
    const start = performance.now();
    const { feed } = library.parseFeed(text, absolute(path));
    const ms = performance.now() - start;
    if (!feed) throw new Error(`${path} did not validate`);
    return ms;
  },
};
window.bench = bench;
window.benchReady = true;
