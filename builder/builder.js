/**
 * The embed builder: a webmaster brings a feed (address, file or pasted
 * text), sees every problem with its place and a fix, chooses widgets and
 * options with a live preview, and copies the snippet.
 *
 * No framework and no innerHTML (the page runs under the demo's strict CSP
 * with Trusted Types): every node is made with the DOM. The validator and the
 * widgets come from the script-tag bundle the snippet itself loads, so the
 * preview is exactly what readers will get. Nothing is stored or sent
 * anywhere: the only request besides the page's own files is the feed
 * address the webmaster asks to load.
 *
 * Every text comes from strings.js, in the builder's language (language.js);
 * the widgets in the preview and the snippet speak the language chosen for
 * them, which is another setting.
 */
import { ALL_WIDGETS, LIBRARY_VERSION, MAX_FEED_BYTES, WIDGETS, buildSnippet, fallbackFor, findItem } from '../dist/feed/authoring.js';
import { starterFeed } from '../bin/starter.mjs';
import { h, text } from './dom.js';
import { canOpen, mountEditor } from './editor/editor.js';
import { fallbackData } from './fallback.js';
import { writeFeed } from './feed-writer.js';
import { feedProblems, locateProblems, summarizeProblems, tooLargeProblem } from './feed-report.js';
import { language, onLanguageChange, t } from './language.js';
import { WIDGET_OPTIONS, attributeValue } from './options.js';
import { hasString } from './strings.js';

/**
 * The self-contained script-tag bundle (the snippet's loader takes the same
 * code): it defines the widgets of the preview, and its `parseFeed` checks the
 * feed exactly as they will. Of the bundle only the package root's public API
 * is used. (The snippet's own tag, `standpoint-widgets.js`, is the loader,
 * which exports nothing.)
 */
const { parseFeed } = /** @type {Pick<typeof import('../dist/feed/index.js'), 'parseFeed'>} */ (
  await import(new URL('../dist/cdn/standpoint-widgets.bundle.js', import.meta.url).href)
);

/** The widgets ticked at first: the four parts (the whole standpoint would repeat them). */
const CHOSEN_AT_FIRST = new Set(WIDGETS);

const DEFAULT_FEED_PATH = '/standpoint/feed.json';
const VALIDATE_DELAY_MS = 250;

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const elements = {
  form: /** @type {HTMLFormElement} */ (byId('builder')),
  url: /** @type {HTMLInputElement} */ (byId('feed-url')),
  load: /** @type {HTMLButtonElement} */ (byId('load-url')),
  file: /** @type {HTMLInputElement} */ (byId('feed-file')),
  drop: byId('feed-source'),
  loadStatus: byId('load-status'),
  text: /** @type {HTMLTextAreaElement} */ (byId('feed-text')),
  summary: byId('check-summary'),
  problems: byId('problems'),
  widgets: byId('widget-choices'),
  widgetOptions: byId('widget-options'),
  src: /** @type {HTMLInputElement} */ (byId('option-src')),
  item: /** @type {HTMLSelectElement} */ (byId('option-item')),
  lang: /** @type {HTMLSelectElement} */ (byId('option-lang')),
  theme: /** @type {HTMLSelectElement} */ (byId('option-theme')),
  refresh: /** @type {HTMLInputElement} */ (byId('option-refresh')),
  includeScript: /** @type {HTMLInputElement} */ (byId('option-script')),
  preview: byId('preview'),
  previewNote: byId('preview-note'),
  snippet: /** @type {HTMLTextAreaElement} */ (byId('snippet')),
  copy: /** @type {HTMLButtonElement} */ (byId('copy-snippet')),
  copyStatus: byId('copy-status'),
  version: byId('version'),
  editFeed: /** @type {HTMLButtonElement} */ (byId('edit-feed')),
  newFeed: /** @type {HTMLButtonElement} */ (byId('new-feed')),
  editorPanel: byId('editor'),
};

/** The state the preview and the snippet are made from. */
const state = {
  /** @type {unknown} the parsed JSON, for the preview's `feed` property */
  json: undefined,
  /** @type {any} the validated feed, or undefined when it cannot be shown */
  feed: undefined,
  /** @type {import('./feed-report.js').LocatedProblem[]} */
  problems: [],
  /** @type {Record<string, string>} */
  integrity: {},
  /** The address the feed was loaded from, for relative URLs and the snippet's src. */
  loadedFrom: '',
};

// ---------------------------------------------------------------- the feed

/** Checks the text in the editor and shows the outcome. */
function check() {
  const text = elements.text.value;
  if (text.trim() === '') {
    state.json = undefined;
    state.feed = undefined;
    state.problems = [];
    editor.showProblems([]);
    showProblems(t('check.empty'));
    updateItems();
    update();
    return;
  }
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_FEED_BYTES) {
    state.json = undefined;
    state.feed = undefined;
    state.problems = locateProblems('', [tooLargeProblem(size, MAX_FEED_BYTES)], language());
    showProblems();
    update();
    return;
  }
  const { feed, problems } = parseFeed(text, state.loadedFrom || undefined);
  try {
    state.json = JSON.parse(text);
  } catch {
    state.json = undefined;
  }
  state.problems = locateProblems(text, feedProblems(text, { feed, problems }), language());
  state.feed = state.problems.some((problem) => problem.severity === 'fatal') ? undefined : feed;
  editor.showProblems(state.problems);
  showProblems();
  updateItems();
  update();
}

/** The problem list and the one-sentence summary (a polite live region). */
function showProblems(emptyMessage) {
  const { problems } = state;
  elements.summary.textContent = emptyMessage ?? summarizeProblems(problems, language());
  elements.summary.dataset.outcome = emptyMessage ? 'none' : problems.some((problem) => problem.severity === 'fatal') ? 'fatal' : problems.length ? 'warning' : 'ok';
  elements.problems.replaceChildren(
    ...problems.map((problem, index) => {
      const fatal = problem.severity === 'fatal';
      const go = h('button', { type: 'button', class: 'go-to-line', 'aria-describedby': `problem-${index}-path` }, t('check.goTo', problem));
      go.addEventListener('click', () => selectInText(problem));
      // What is wrong and how to fix it first; where it is second.
      return h(
        'li',
        { class: `problem ${fatal ? 'fatal' : 'warning'}`, 'data-code': problem.code },
        h('p', { class: 'message' }, h('span', { class: 'severity' }, t(fatal ? 'check.mustFix' : 'check.warning')), ' ', problem.description),
        h(
          'p',
          { class: 'problem-head' },
          problem.path ? h('code', { id: `problem-${index}-path`, class: 'path' }, problem.path) : h('span', { id: `problem-${index}-path`, class: 'path' }, t('check.wholeFeed')),
          ' ',
          go,
        ),
        h('p', { class: 'effect' }, problem.consequence),
      );
    }),
  );
}

/** Moves the caret to a problem in the feed text and selects the rest of that line. */
function selectInText(problem) {
  const { text } = elements;
  const end = text.value.indexOf('\n', problem.offset);
  text.focus();
  text.setSelectionRange(problem.offset, end === -1 ? text.value.length : end);
  const lineHeight = Number.parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (problem.line - 3) * lineHeight);
}

/** Puts text into the editor and checks it at once. */
function setFeedText(text, loadedFrom) {
  state.loadedFrom = loadedFrom;
  elements.text.value = text;
  check();
}

/** Loads the address in the URL field, as a widget on another site would. */
async function loadFromUrl() {
  const address = elements.url.value.trim();
  let url;
  try {
    url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
  } catch {
    say(elements.loadStatus, 'load.invalidUrl', {}, 'error');
    elements.url.focus();
    return;
  }
  say(elements.loadStatus, 'load.loading');
  elements.load.disabled = true;
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-cache',
      headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
    });
    if (!response.ok) {
      say(elements.loadStatus, 'load.httpError', { status: response.status }, 'error');
      return;
    }
    const text = await response.text();
    const cors = response.headers.get('access-control-allow-origin');
    const readable = url.origin === location.origin || cors;
    say(elements.loadStatus, readable ? 'load.loaded' : 'load.loadedNoCors', { count: text.length, url: response.url || url.href }, readable ? 'ok' : 'warning');
    if (!elements.src.dataset.edited) elements.src.value = response.url || url.href;
    setFeedText(text, response.url || url.href);
    editor.textChanged(state.json);
  } catch {
    say(elements.loadStatus, 'load.failed', {}, 'error');
  } finally {
    elements.load.disabled = false;
  }
}

/** Reads a chosen or dropped file. */
async function loadFile(file) {
  if (!file) return;
  if (file.size > MAX_FEED_BYTES) {
    say(elements.loadStatus, 'load.fileTooBig', { name: file.name, size: { key: 'units.bytes', count: file.size }, max: { key: 'units.bytes', count: MAX_FEED_BYTES } }, 'error');
    return;
  }
  const text = await file.text();
  say(elements.loadStatus, 'load.fileRead', { name: file.name }, 'ok');
  setFeedText(text, '');
  editor.textChanged(state.json);
}

/** What each status line says, to say it again in another language. */
const said = new Map();

/**
 * A short message in a status line: the strings.js text `key` ('' for none)
 * with its parameters; a parameter `{ key, count }` is itself a counted text.
 */
function say(element, key, params = {}, tone = 'neutral') {
  said.set(element, { key, params, tone });
  const words = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? t(value.key, value) : value]));
  element.textContent = key ? t(key, words) : '';
  element.dataset.tone = tone;
}

// ---------------------------------------------------------------- options

/** One form control for an option of a widget; its words are under `widgets.<tag>.options.<name>` in strings.js. */
function optionControl(tag, option) {
  const id = `${tag}-${option.name}`;
  const key = `widgets.${tag}.options.${option.name}`;
  const label = (attributes) => text(option.kind === 'set' ? 'legend' : 'label', `${key}.label`, attributes);
  const hint = hasString(`${key}.hint`) ? text('span', `${key}.hint`, { class: 'hint', id: `${id}-hint` }) : undefined;
  const described = hint ? `${id}-hint` : undefined;
  const choice = (value) => `${key}.choices.${value}`;
  const data = { 'data-widget': tag, 'data-option': option.name };
  switch (option.kind) {
    case 'boolean':
      return h('div', { class: 'field checkbox' }, h('input', { type: 'checkbox', id, ...data, checked: Boolean(option.default) }), label({ for: id }), hint);
    case 'number':
      return h(
        'div',
        { class: 'field' },
        label({ for: id }),
        hint,
        h('input', { type: 'number', id, inputmode: 'numeric', min: option.min, max: option.max, step: 1, value: option.default, 'aria-describedby': described, ...data }),
      );
    case 'text':
      return h('div', { class: 'field' }, label({ for: id }), hint, h('input', { type: 'text', id, 'aria-describedby': described, autocomplete: 'off', ...data }));
    case 'choice':
      return h(
        'div',
        { class: 'field' },
        label({ for: id }),
        hint,
        h('select', { id, 'aria-describedby': described, ...data }, ...option.choices.map((value) => text('option', choice(value), { value, selected: value === option.default }))),
      );
    case 'set': {
      const ticked = new Set(String(option.default ?? '').split(' ').filter(Boolean));
      return h(
        'fieldset',
        { class: 'field set', ...data, 'aria-describedby': described },
        label(),
        hint,
        ...option.choices.map((value) =>
          h('div', { class: 'checkbox' }, h('input', { type: 'checkbox', id: `${id}-${value}`, value, checked: ticked.has(value) }), text('label', choice(value), { for: `${id}-${value}` })),
        ),
      );
    }
  }
  throw new Error(`unknown option kind ${option.kind}`);
}

/** The widget checkboxes and, for each widget, its options (shown while it is chosen). */
function buildWidgetControls() {
  for (const tag of ALL_WIDGETS) {
    const id = `widget-${tag}`;
    elements.widgets.append(
      h(
        'div',
        { class: 'checkbox widget-choice' },
        h('input', { type: 'checkbox', id, value: tag, checked: CHOSEN_AT_FIRST.has(tag), 'aria-describedby': `${id}-description` }),
        h('label', { for: id }, text('strong', `widgets.${tag}.title`), ' ', h('code', { class: 'tag' }, `<${tag}>`)),
        text('span', `widgets.${tag}.description`, { class: 'hint', id: `${id}-description` }),
      ),
    );
    elements.widgetOptions.append(
      h(
        'fieldset',
        { class: 'widget-options', id: `options-${tag}` },
        text('legend', `widgets.${tag}.legend`),
        ...WIDGET_OPTIONS[tag].options.map((option) => optionControl(tag, option)),
      ),
    );
  }
}

const chosenWidgets = () => ALL_WIDGETS.filter((tag) => /** @type {HTMLInputElement} */ (byId(`widget-${tag}`)).checked);

/**
 * The value a control holds now.
 *
 * @param {string} tag
 * @param {import('./options.js').WidgetOption} option
 * @returns {string | number | boolean | undefined}
 */
function controlValue(tag, option) {
  const control = /** @type {HTMLInputElement | HTMLSelectElement | HTMLFieldSetElement | null} */ (
    elements.widgetOptions.querySelector(`[data-widget="${tag}"][data-option="${option.name}"]`)
  );
  if (!control) return option.default;
  if (control instanceof HTMLFieldSetElement) {
    return [.../** @type {NodeListOf<HTMLInputElement>} */ (control.querySelectorAll('input[type="checkbox"]'))]
      .filter((box) => box.checked)
      .map((box) => box.value)
      .join(' ');
  }
  return control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
}

/**
 * The attributes of one widget that differ from its defaults.
 *
 * @param {string} tag
 */
function widgetAttributes(tag) {
  /** @type {Record<string, string | true>} */
  const attributes = {};
  for (const option of WIDGET_OPTIONS[tag].options) {
    const value = attributeValue(option, controlValue(tag, option));
    if (value !== undefined) attributes[option.name] = value;
  }
  return attributes;
}

/** The attributes every chosen element gets, src aside. */
function commonAttributes() {
  const refresh = Math.round(Number(elements.refresh.value));
  return {
    item: elements.item.value || undefined,
    lang: elements.lang.value || undefined,
    theme: elements.theme.value || undefined,
    refresh: Number.isFinite(refresh) && refresh > 0 ? String(refresh) : undefined,
  };
}

/** The item choices, kept when the feed's items stay the same. */
function updateItems() {
  const items = state.feed?.items ?? [];
  const current = elements.item.value;
  const choices = [h('option', { value: '' }, items.length ? t('options.firstItemId', { id: items[0].id }) : t('options.firstItem'))];
  // An item's title is in the feed's language, whatever the builder's.
  for (const item of items) {
    const lang = item.language ?? state.feed.language;
    choices.push(h('option', { value: item.id, selected: item.id === current, lang }, `${item.id}${item.title ? `: ${item.title}` : ''}`));
  }
  elements.item.replaceChildren(...choices);
  elements.item.disabled = items.length < 2;
}

// ---------------------------------------------------------------- preview and snippet

/** The fallback data of the chosen item, in the chosen language. */
function chosenFallbackData() {
  const feed = state.feed;
  const item = feed && findItem(feed, elements.item.value);
  return item ? fallbackData(feed, item, elements.lang.value || feed.language || 'en') : {};
}

/** Redraws the preview and the snippet from the current feed and options. */
function update() {
  const tags = chosenWidgets();
  for (const tag of ALL_WIDGETS) byId(`options-${tag}`).hidden = !tags.includes(tag);
  const common = commonAttributes();
  const data = chosenFallbackData();
  const lang = common.lang ?? document.documentElement.lang;
  const widgets = tags.map((tag) => ({ tag, attributes: widgetAttributes(tag), fallback: fallbackFor(tag, data, lang) }));

  // The preview: the same elements, fed the text on this page instead of the address.
  const hasText = elements.text.value.trim() !== '';
  elements.preview.replaceChildren(
    ...(hasText ? widgets : []).map(({ tag, attributes, fallback }) => {
      const element = document.createElement(tag);
      /** @type {Record<string, string | true | undefined>} */
      const attributesHere = { ...common, ...attributes };
      for (const [name, value] of Object.entries(attributesHere)) {
        if (value !== undefined) element.setAttribute(name, value === true ? '' : value);
      }
      const widget = /** @type {HTMLElement & { feed?: unknown }} */ (element);
      // The fallback exactly as the snippet writes it: a paragraph, with a link when there is one.
      widget.append(h('p', {}, fallback.href ? h('a', { href: fallback.href }, fallback.text) : fallback.text));
      if (state.json !== undefined) widget.feed = state.json;
      return widget;
    }),
  );
  say(elements.previewNote, tags.length === 0 ? 'preview.noWidget' : !hasText ? 'preview.noFeed' : state.feed ? '' : 'preview.fallback');

  const src = elements.src.value.trim() || DEFAULT_FEED_PATH;
  elements.snippet.value = tags.length
    ? buildSnippet({
        version: LIBRARY_VERSION,
        integrity: state.integrity,
        includeScript: elements.includeScript.checked,
        common: { src, ...common },
        widgets,
      })
    : '';
  elements.copy.disabled = tags.length === 0;
  say(elements.copyStatus, '');
}

/** Redraws everything worded in the builder's language that is not a static text. */
function retranslate() {
  const statuses = [...said.entries()];
  check();
  editor.retranslate();
  for (const [element, { key, params, tone }] of statuses) say(element, key, params, tone);
}

/** Copies the snippet; where the browser refuses, selects it for the reader to copy. */
async function copySnippet() {
  const text = elements.snippet.value;
  try {
    await navigator.clipboard.writeText(text);
    say(elements.copyStatus, 'code.copied', {}, 'ok');
  } catch {
    elements.snippet.focus();
    elements.snippet.select();
    say(elements.copyStatus, 'code.copyRefused', {}, 'warning');
  }
}

// ---------------------------------------------------------------- the editor

let checkTimer;

/**
 * The editor writes each version of the feed into the feed text, in the
 * stable format of a download, and the builder checks and previews it like
 * any other text: typing in a field is checked once it pauses.
 */
const editor = mountEditor({
  panel: elements.editorPanel,
  onFeed(feed, { typing }) {
    elements.text.value = writeFeed(feed);
    clearTimeout(checkTimer);
    if (typing) checkTimer = setTimeout(check, VALIDATE_DELAY_MS);
    else check();
  },
});

/** Brings the editor into view, its heading first, as a link to it would. */
function showEditor() {
  const heading = byId('editor-heading');
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}

/** Opens the feed the builder has checked in the editor. */
function openInEditor() {
  if (!canOpen(state.json)) {
    say(elements.loadStatus, state.json === undefined && elements.text.value.trim() === '' ? 'editor.nothingToOpen' : 'editor.cannotOpen', {}, 'error');
    return;
  }
  editor.open(/** @type {any} */ (state.json));
  say(elements.loadStatus, 'editor.opened', {}, 'ok');
  showEditor();
}

/** A new feed from the starter of `standpoint-widgets init`, in the builder's language, to edit. */
function startNewFeed() {
  const feed = starterFeed(language() === 'en' ? 'en' : 'uk');
  setFeedText(writeFeed(feed), '');
  editor.open(feed, { saved: false });
  say(elements.loadStatus, 'editor.started', {}, 'ok');
  showEditor();
}

// ---------------------------------------------------------------- wiring

async function start() {
  elements.version.textContent = LIBRARY_VERSION;
  buildWidgetControls();
  elements.src.placeholder = DEFAULT_FEED_PATH;
  try {
    const response = await fetch(new URL('../dist/cdn/integrity.json', import.meta.url));
    if (response.ok) state.integrity = await response.json();
  } catch {
    // Without the hashes the snippet is still right, only without `integrity`.
  }

  let timer;
  elements.text.addEventListener('input', (event) => {
    // A feed pasted or dropped over the text is another feed: "Loaded … from <address>" no longer says where it came from.
    const { inputType } = /** @type {InputEvent} */ (event);
    if (inputType === 'insertFromPaste' || inputType === 'insertFromDrop' || elements.text.value.trim() === '') {
      state.loadedFrom = '';
      say(elements.loadStatus, '');
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      check();
      editor.textChanged(state.json);
    }, VALIDATE_DELAY_MS);
  });
  elements.form.addEventListener('submit', (event) => event.preventDefault());
  elements.load.addEventListener('click', loadFromUrl);
  elements.url.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void loadFromUrl();
    }
  });
  elements.file.addEventListener('change', () => loadFile(elements.file.files?.[0]));
  elements.drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    elements.drop.classList.add('dragging');
  });
  elements.drop.addEventListener('dragleave', () => elements.drop.classList.remove('dragging'));
  elements.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    elements.drop.classList.remove('dragging');
    void loadFile(event.dataTransfer?.files?.[0]);
  });
  elements.src.addEventListener('input', () => {
    elements.src.dataset.edited = 'true';
    update();
  });
  // Every option change, whatever its control, redraws preview and snippet.
  for (const container of [elements.widgets, elements.widgetOptions, byId('common-options')]) {
    container.addEventListener('change', update);
    container.addEventListener('input', update);
  }
  elements.copy.addEventListener('click', copySnippet);
  elements.editFeed.addEventListener('click', openInEditor);
  elements.newFeed.addEventListener('click', startNewFeed);
  onLanguageChange(retranslate);
  check();
  document.documentElement.dataset.ready = 'true';
}

void start();
