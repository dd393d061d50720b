// @ts-check
/**
 * Undo and redo for the editor, as plain values: every function takes a
 * history and returns a new one, so the editor's state is one value a test
 * can step through. The states themselves are never copied here; the
 * editor's edits share every part they do not change (edits.js), so a long
 * history of a feed with 10 000 signatories costs little more than the feed.
 *
 * Typing in one field makes one step, not one per key: an edit carries a
 * `group` (the field it came from), and an edit of the same group as the
 * step before replaces that step.
 */

/**
 * @template T
 * @typedef {{
 *   past: readonly T[],
 *   present: T,
 *   future: readonly T[],
 *   saved: T | undefined,
 *   group: string | undefined,
 * }} History
 */

/** How many steps back undo reaches. */
export const MAX_STEPS = 200;

/**
 * A history that starts at `present`. `saved`: whether `present` is what the
 * coordinator already has (a feed opened from their file or address), or new
 * (a starter feed, which a reload would lose).
 *
 * @template T
 * @param {T} present
 * @param {{ saved?: boolean }} [options]
 * @returns {History<T>}
 */
export const startHistory = (present, { saved = true } = {}) => ({ past: [], present, future: [], saved: saved ? present : undefined, group: undefined });

/**
 * `next` as the new present. A `next` that is the present itself changes
 * nothing; one with the same `group` as the last step replaces that step.
 *
 * @template T
 * @param {History<T>} history
 * @param {T} next
 * @param {string} [group]
 * @returns {History<T>}
 */
export function record(history, next, group) {
  if (next === history.present) return history;
  if (group !== undefined && group === history.group && history.past.length > 0) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present];
  return { ...history, past: past.length > MAX_STEPS ? past.slice(past.length - MAX_STEPS) : past, present: next, future: [], group };
}

/**
 * @template T
 * @param {History<T>} history
 * @returns {History<T>}
 */
export function undo(history) {
  if (history.past.length === 0) return history;
  const present = history.past[history.past.length - 1];
  return { ...history, past: history.past.slice(0, -1), present, future: [history.present, ...history.future], group: undefined };
}

/**
 * @template T
 * @param {History<T>} history
 * @returns {History<T>}
 */
export function redo(history) {
  if (history.future.length === 0) return history;
  const [present, ...future] = history.future;
  return { ...history, past: [...history.past, history.present], present, future, group: undefined };
}

/** @param {History<unknown>} history */
export const canUndo = (history) => history.past.length > 0;

/** @param {History<unknown>} history */
export const canRedo = (history) => history.future.length > 0;

/**
 * The present as saved (downloaded or copied): a reload loses nothing now.
 * The next edit, even of the same field, starts a step of its own.
 *
 * @template T
 * @param {History<T>} history
 * @returns {History<T>}
 */
export const markSaved = (history) => ({ ...history, saved: history.present, group: undefined });

/**
 * Whether a reload or close would lose edits. Undoing back to what was saved
 * loses nothing.
 *
 * @param {History<unknown>} history
 */
export const hasUnsavedEdits = (history) => history.present !== history.saved;
