// @ts-check
/**
 * What moves during a campaign besides the demands: the signatory count and
 * goal (a new count is dated and gets its point in the growth chart), the
 * join link, the text shared with the standpoint, and whether it is closed.
 */
import { h } from '../dom.js';
import { checkboxField, languageFields, numberField, section, textField } from './fields.js';
import { joinTextPath, setClosed, setCount, setGoal, setJoinUrl, setText, shareTextPath } from './edits.js';

/** @typedef {import('./fields.js').EditorContext} EditorContext */

/** @param {EditorContext} context */
export function countSection(context) {
  const { itemIndex } = context;
  const signatories = ['items', itemIndex, '_standpoint', 'signatories'];
  return section(
    'edit-count',
    'editor.count.heading',
    h(
      'div',
      { class: 'side-by-side' },
      numberField(context, { id: 'edit-count-total', label: 'editor.count.count', hint: 'editor.count.countHint', path: [...signatories, 'count'], change: (feed, value) => setCount(feed, itemIndex, value, context.today, context.now) }),
      numberField(context, { id: 'edit-count-goal', label: 'editor.count.goal', hint: 'editor.count.goalHint', path: [...signatories, 'goal'], change: (feed, value) => setGoal(feed, itemIndex, value) }),
    ),
  );
}

/** @param {EditorContext} context */
export function campaignSection(context) {
  const { feed, itemIndex } = context;
  const standpoint = ['items', itemIndex, '_standpoint'];
  return section(
    'edit-campaign',
    'editor.campaign.heading',
    textField(context, {
      id: 'edit-join-url',
      label: 'editor.campaign.joinUrl',
      hint: 'editor.campaign.joinUrlHint',
      type: 'url',
      path: [...standpoint, 'join', 'url'],
      change: (next, value) => setJoinUrl(next, itemIndex, value),
    }),
    languageFields(context, 'edit-join-text', (lang) => {
      const path = joinTextPath(feed, itemIndex, lang);
      return { label: 'editor.campaign.joinText', path, change: (next, value) => setText(next, path, value) };
    }),
    languageFields(context, 'edit-share-text', (lang) => {
      const path = shareTextPath(feed, itemIndex, lang);
      return { label: 'editor.campaign.shareText', path, multiline: true, rows: 3, change: (next, value) => setText(next, path, value) };
    }),
    checkboxField(context, {
      id: 'edit-closed',
      label: 'editor.campaign.closed',
      hint: 'editor.campaign.closedHint',
      path: [...standpoint, 'expired'],
      change: (next, closed) => setClosed(next, itemIndex, closed),
    }),
  );
}
