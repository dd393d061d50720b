/** The statement's text as markup: the paragraphs of a plain-text body, and the preview, the rest and the button between them. */
import { html, nothing } from 'lit';
import type { StatementStrings } from '../../i18n/en.js';
import { textDirection } from '../../i18n/direction.js';
import { previewCut } from './layout.js';
import { textToParagraphs, type Paragraph } from './paragraphs.js';
import { chevronIcon } from './statement-icons.js';

/** A body cut for the collapsed view: what the preview shows (none when `undefined`), and the rest. */
export interface BodyParts {
  readonly shown: unknown;
  readonly rest: unknown;
  readonly hasRest: boolean;
}

/** How the text is shown: collapsed or not, and whether the reader has opened it. */
export interface RevealState {
  readonly collapsed: boolean;
  readonly expanded: boolean;
  readonly onToggle: () => unknown;
}

export const renderParagraph = (paragraph: Paragraph) =>
  html`<p part="paragraph">${paragraph.map((segment) =>
    segment.kind === 'break' ? html`<br />`
    : segment.kind === 'link' ? html`<a class="bare" href=${segment.href} rel="noopener noreferrer">${segment.text}</a>`
    : segment.text,
  )}</p>`;

/** A plain-text body as paragraphs, cut after `preview` of them; `undefined` when it has none. */
export function paragraphParts(text: string, preview: number): BodyParts | undefined {
  const paragraphs = textToParagraphs(text);
  if (paragraphs.length === 0) return undefined;
  const cut = previewCut(paragraphs, preview);
  return {
    shown: cut > 0 ? paragraphs.slice(0, cut).map(renderParagraph) : undefined,
    rest: paragraphs.slice(cut).map(renderParagraph),
    hasRest: cut < paragraphs.length,
  };
}

export const renderBodyLoading = (t: StatementStrings) =>
  html`<div part="content" class="content" aria-busy="true">
    <p class="status-message" role="status">${t.statementTextLoading}</p>
  </div>`;

const renderToggle = (t: StatementStrings, { expanded, onToggle }: RevealState) =>
  html`<button part="button" class="button toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="more" @click=${onToggle}>
    ${chevronIcon}<span>${expanded ? t.statementShowLess : t.statementReadMore}</span>
  </button>`;

/**
 * The text in `lang`: the preview, then the rest. "Read more" sits between
 * the preview and the rest it opens, so the opened text follows it in
 * reading order (the WAI disclosure pattern); "Show less" sits where the
 * reader has got to: at the end of the text.
 */
export function renderBody({ shown, rest, hasRest }: BodyParts, lang: string, reveal: RevealState, t: StatementStrings) {
  const dir = textDirection(lang);
  const toggle = hasRest && reveal.collapsed;
  return html`${shown === undefined ? nothing : html`<div part="content" class="content" lang=${lang} dir=${dir}>${shown}</div>`}
    ${toggle && !reveal.expanded ? renderToggle(t, reveal) : nothing}
    ${hasRest
      ? html`<div part="content more" class="content more" id="more" tabindex=${toggle ? '-1' : nothing} lang=${lang} dir=${dir} ?hidden=${reveal.collapsed && !reveal.expanded}>${rest}</div>`
      : nothing}
    ${toggle && reveal.expanded ? renderToggle(t, reveal) : nothing}`;
}
