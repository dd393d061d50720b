// @ts-check
/** The statement's title, summary and text, in each language side by side. */
import { section, languageFields } from './fields.js';
import { STATEMENT_FIELDS, setText, statementPath } from './edits.js';

/** @typedef {import('./fields.js').EditorContext} EditorContext */

/** @type {Record<import('./edits.js').StatementField, { multiline: boolean, rows?: number }>} */
const SHAPES = { title: { multiline: true, rows: 2 }, summary: { multiline: true, rows: 3 }, content_text: { multiline: true, rows: 8 } };

/** @param {EditorContext} context */
export function statementSection(context) {
  const { feed, itemIndex } = context;
  return section(
    'edit-statement',
    'editor.statement.heading',
    ...STATEMENT_FIELDS.map((field) =>
      languageFields(context, `edit-${field}`, (lang) => {
        const path = statementPath(feed, itemIndex, lang, field);
        return { label: `editor.statement.${field}`, path, change: (next, value) => setText(next, path, value), ...SHAPES[field] };
      }),
    ),
  );
}
