// @ts-check
/**
 * The feed editor of the builder: a coordinator opens a feed (whatever the
 * builder has checked: an address, a file, pasted text) or a new one from
 * the starter, and edits what changes in a campaign in a form. Every edit is
 * one step of an undo history (history.js) over plain feed edits (edits.js);
 * the builder writes each version into its feed text in the stable format
 * (feed-writer.js), so the checker and the preview always show the edited
 * feed, and the checker's problems are shown beside the controls too.
 *
 * Nothing is stored or sent: "Download feed.json" and "Copy" are the only
 * ways out, and while there are edits neither has taken, the page asks
 * before a reload or close would lose them.
 */
import { h, text } from '../dom.js';
import { writeFeed } from '../feed-writer.js';
import { t } from '../language.js';
import { LANGUAGES } from '../strings.js';
import { localDate, localDateTime } from '../signatories-import.js';
import { campaignSection, countSection } from './campaign-section.js';
import { importFile, importPart } from './csv-import.js';
import { demandsSection } from './demands-section.js';
import { ownLanguage } from './edits.js';
import { showFieldProblems } from './field-problems.js';
import { canRedo, canUndo, hasUnsavedEdits, markSaved, record, redo, startHistory, undo } from './history.js';
import { signatoriesSection } from './signatories-section.js';
import { statementSection } from './statement-section.js';

/**
 * @typedef {import('./edits.js').Json} Json
 * @typedef {import('./fields.js').EditorContext} EditorContext
 * @typedef {import('./fields.js').EditOptions} EditOptions
 * @typedef {(feed: Json, options: { typing: boolean }) => void} OnFeed
 */

/** Whether a value is a feed the editor can open: an object with at least one item that is an object. */
export const canOpen = (/** @type {unknown} */ json) =>
  typeof json === 'object' && json !== null && Array.isArray(/** @type {Json} */ (json).items) && /** @type {Json} */ (json).items.some((/** @type {unknown} */ item) => typeof item === 'object' && item !== null && !Array.isArray(item));

/**
 * @param {object} options
 * @param {HTMLElement} options.panel the editor's section of the page
 * @param {OnFeed} options.onFeed called with every new version of the feed
 */
export function mountEditor({ panel, onFeed }) {
  /** @type {import('./history.js').History<Json> | undefined} */
  let history;
  let itemIndex = 0;
  let view = { page: 0, filter: '' };
  /** @type {readonly import('../feed-report.js').LocatedProblem[]} */
  let problems = [];

  const status = h('p', { id: 'editor-status', class: 'status', role: 'status', 'aria-live': 'polite' });
  // Kept across redraws, so the report of an import stays until the next one.
  const importReport = h('div', { id: 'import-report', class: 'import-report', role: 'status', 'aria-live': 'polite' });
  const button = (/** @type {string} */ id, /** @type {string} */ key, /** @type {string} */ keys, primary = false) =>
    text('button', key, { type: 'button', id, class: `button${primary ? ' primary' : ''}`, 'aria-keyshortcuts': keys || undefined });
  const undoButton = button('editor-undo', 'editor.undo', 'Control+Z Meta+Z');
  const redoButton = button('editor-redo', 'editor.redo', 'Control+Shift+Z Control+Y Meta+Shift+Z');
  const downloadButton = button('editor-download', 'editor.download', '', true);
  const copyButton = button('editor-copy', 'editor.copy', '');
  const unsaved = h('p', { id: 'editor-unsaved', class: 'hint' });
  const form = h('div', { id: 'editor-form', class: 'editor-form' });
  const toolbar = h('div', { class: 'editor-toolbar', role: 'toolbar', 'aria-label': t('editor.toolbar'), 'data-i18n-aria-label': 'editor.toolbar' }, undoButton, redoButton, downloadButton, copyButton);
  panel.append(toolbar, unsaved, status, form);

  /** @type {Record<string, unknown>} */
  let lastSaid = {};
  /** @type {EditorContext['say']} */
  const say = (key, params = {}, tone = 'neutral') => {
    lastSaid = { key, params, tone };
    status.textContent = key ? t(key, params) : '';
    status.dataset.tone = tone;
  };

  const warnBeforeLeaving = (/** @type {BeforeUnloadEvent} */ event) => {
    event.preventDefault();
    // Older browsers show the dialog only when a value is returned.
    event.returnValue = '';
  };
  let warning = false;

  /** The buttons, the unsaved-edits line and the page's leave warning, from the history. */
  function updateControls() {
    if (!history) return;
    undoButton.toggleAttribute('disabled', !canUndo(history));
    redoButton.toggleAttribute('disabled', !canRedo(history));
    const dirty = hasUnsavedEdits(history);
    unsaved.textContent = t(dirty ? 'editor.unsaved' : 'editor.saved');
    unsaved.dataset.tone = dirty ? 'warning' : 'ok';
    // Only while there is something to lose: a page with an unload listener is kept out of the back-forward cache.
    if (dirty !== warning) {
      if (dirty) window.addEventListener('beforeunload', warnBeforeLeaving);
      else window.removeEventListener('beforeunload', warnBeforeLeaving);
      warning = dirty;
    }
  }

  /** @returns {EditorContext} */
  function context() {
    const feed = /** @type {Json} */ (history?.present);
    const own = ownLanguage(feed, itemIndex);
    return {
      feed,
      itemIndex,
      languages: LANGUAGES.includes(/** @type {any} */ (own)) ? [...LANGUAGES] : [own, ...LANGUAGES],
      today: localDate(),
      now: localDateTime(),
      edit,
      view,
      setView(next) {
        view = { ...view, ...next };
        redraw();
      },
      say,
    };
  }

  /**
   * One edit: a new version of the feed, one undo step (typing in one field
   * is one step), written into the builder's feed text.
   *
   * @param {(feed: Json) => Json} change
   * @param {EditOptions} [options] `redraw: false` when the control that made the edit already shows it
   */
  function edit(change, { group, redraw: again = true } = {}) {
    if (!history) return;
    const next = change(history.present);
    if (next === history.present) return;
    history = record(history, next, group);
    onFeed(next, { typing: !again });
    if (again) redraw();
    else updateControls();
  }

  /** The item choice, when the feed has more than one standpoint. */
  function itemChoice() {
    const items = /** @type {unknown[]} */ (history?.present.items ?? []);
    if (items.length < 2) return undefined;
    const select = /** @type {HTMLSelectElement} */ (
      h('select', { id: 'edit-item' }, ...items.map((item, index) => h('option', { value: index, selected: index === itemIndex }, String(/** @type {Json} */ (item)?.id ?? index + 1))))
    );
    select.addEventListener('change', () => {
      itemIndex = Number(select.value);
      view = { page: 0, filter: '' };
      redraw();
    });
    return h('div', { class: 'field' }, text('label', 'editor.item', { for: 'edit-item' }), select);
  }

  /** Makes the form again from the present version, keeping the focus and caret where they were. */
  function redraw() {
    if (!history) return;
    const items = history.present.items;
    if (!Array.isArray(items) || typeof items[itemIndex] !== 'object' || items[itemIndex] === null) itemIndex = Math.max(0, Array.isArray(items) ? items.findIndex((item) => typeof item === 'object' && item !== null) : 0);
    const focused = document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement : undefined;
    const focusId = focused?.id;
    const selection = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement ? [focused.selectionStart, focused.selectionEnd] : undefined;
    const current = context();
    form.replaceChildren(
      ...[
        itemChoice(),
        statementSection(current),
        demandsSection(current),
        countSection(current),
        signatoriesSection(current, importPart(context, importReport)),
        campaignSection(current),
      ].filter((part) => part !== undefined),
    );
    showFieldProblems(form, problems);
    updateControls();
    const again = focusId ? document.getElementById(focusId) : null;
    if (again) {
      again.focus({ preventScroll: true });
      if (selection && (again instanceof HTMLTextAreaElement || (again instanceof HTMLInputElement && ['text', 'url', 'search'].includes(again.type)))) {
        again.setSelectionRange(selection[0], selection[1]);
      }
    } else if (focused) panel.focus({ preventScroll: true });
  }

  /** @param {(history: import('./history.js').History<Json>) => import('./history.js').History<Json>} step @param {string} key */
  function travel(step, key) {
    if (!history) return;
    const before = history;
    history = step(history);
    if (history === before) return;
    onFeed(history.present, { typing: false });
    redraw();
    say(key);
  }

  /** Writes the feed as the stable text, as a download. */
  function download() {
    if (!history) return;
    const blob = new Blob([writeFeed(history.present)], { type: 'application/feed+json' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: 'feed.json', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has read the address by now; a later tick frees the file.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    history = markSaved(history);
    updateControls();
    say('editor.downloaded', {}, 'ok');
  }

  async function copy() {
    if (!history) return;
    try {
      await navigator.clipboard.writeText(writeFeed(history.present));
      history = markSaved(history);
      updateControls();
      say('editor.copied', {}, 'ok');
    } catch {
      say('editor.copyRefused', {}, 'warning');
    }
  }

  undoButton.addEventListener('click', () => travel(undo, 'editor.undone'));
  redoButton.addEventListener('click', () => travel(redo, 'editor.redone'));
  downloadButton.addEventListener('click', download);
  copyButton.addEventListener('click', () => void copy());
  panel.addEventListener('keydown', (event) => {
    if (!history || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      // The editor's undo replaces the field's own: it covers every field, and the text a field shows is the feed's.
      event.preventDefault();
      if (key === 'y' || event.shiftKey) travel(redo, 'editor.redone');
      else travel(undo, 'editor.undone');
    }
  });
  // A CSV file dropped anywhere on the editor is a list of signatories.
  panel.addEventListener('dragover', (event) => {
    if (!history || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    panel.classList.add('dragging');
  });
  panel.addEventListener('dragleave', () => panel.classList.remove('dragging'));
  panel.addEventListener('drop', (event) => {
    panel.classList.remove('dragging');
    const file = event.dataTransfer?.files?.[0];
    if (!history || !file) return;
    event.preventDefault();
    // The feed box takes a dropped feed; here, a drop is always a signatory list.
    event.stopPropagation();
    void importFile(file, context(), importReport);
  });

  return {
    /** Whether a feed is open. */
    isOpen: () => history !== undefined,
    /**
     * Opens a feed: a new history, unless a feed is open, when opening
     * another is one more step (so it can be undone).
     *
     * @param {Json} feed
     * @param {{ saved?: boolean }} [options] `saved: false` for a feed the coordinator does not have yet (the starter)
     */
    open(feed, { saved = true } = {}) {
      history = history ? record(history, feed) : startHistory(feed, { saved });
      if (!saved) history = { ...history, saved: undefined };
      itemIndex = 0;
      view = { page: 0, filter: '' };
      panel.hidden = false;
      importReport.replaceChildren();
      redraw();
      say('');
    },
    /**
     * The builder's feed text changed by hand (typed, pasted, loaded): that
     * text, when the editor can open it, is one more step.
     *
     * @param {unknown} json
     */
    textChanged(json) {
      if (!history || !canOpen(json)) return;
      history = record(history, /** @type {Json} */ (json), 'text');
      redraw();
    },
    /** @param {readonly import('../feed-report.js').LocatedProblem[]} located the checker's problems of the present version */
    showProblems(located) {
      problems = located;
      if (history) showFieldProblems(form, problems);
    },
    /** Words everything again in the builder's language. */
    retranslate() {
      redraw();
      if (lastSaid.key) say(/** @type {string} */ (lastSaid.key), /** @type {any} */ (lastSaid.params), /** @type {string} */ (lastSaid.tone));
    },
  };
}
