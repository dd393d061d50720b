/** The counter's figures: the number with its label, the details line and the goal. Markup only. */
import { html, nothing } from 'lit';
import type { Signatories } from '../../feed/types.js';
import type { CounterStrings } from '../../i18n/en.js';
import { formatDate, formatNumber, interpolate, type PluralForms } from '../../i18n/format.js';
import { checkIcon } from './counter-icons.js';
import { countLabel, goalProgress, goalText, updatedText } from './signatories.js';
import { verifiedCount } from '../../feed/signatories.js';

/** The number and its label; the label agrees with the final `count`, so it does not flicker while `display` counts. */
export function renderHeadline(locale: string, count: number, display: number, forms: PluralForms) {
  const label = countLabel(locale, count, forms);
  return html`<p class="headline">
    ${label.before ? html`<span part="label" class="label">${label.before}</span>` : nothing}<span part="count" class="count"
      >${formatNumber(locale, display)}</span
    ><span part="label" class="label">${label.after}</span>
  </p>`;
}

/** The verified count, the time of the update and a closed campaign; nothing when none applies. */
export function renderDetails(locale: string, t: CounterStrings, signatories: Signatories | undefined, expired: boolean) {
  const { list, updated: at } = signatories ?? {};
  const verified = verifiedCount(list);
  const updated = updatedText(locale, at, t.updatedAgo);
  if (verified === undefined && !updated && !expired) return nothing;
  return html`<p part="details" class="details">
    ${verified === undefined ? nothing : html`<span class="verified">${checkIcon}${interpolate(t.counterVerified, { count: formatNumber(locale, verified) })}</span>`}
    ${updated ? html`<time datetime=${at ?? ''} title=${formatDate(locale, at, { dateStyle: 'long', timeStyle: 'short' })}>${updated}</time>` : nothing}
    ${expired ? html`<span>${t.campaignClosed}</span>` : nothing}
  </p>`;
}

/** The bar follows the number being counted; the text says the final total. */
export function renderGoal(locale: string, t: CounterStrings, count: number, display: number, goal: number | undefined) {
  const progress = goalProgress(count, goal);
  const shownProgress = goalProgress(display, goal);
  if (!progress || !shownProgress) return nothing;
  return html`<div part="goal" class="goal">
    <progress part="bar" class="bar" max=${progress.max} .value=${shownProgress.value} aria-labelledby="goal-text"></progress>
    <p id="goal-text" class="goal-text">
      <span>${goalText(locale, progress, count, t.counterGoal)}</span>
      ${progress.reached ? html`<span class="reached">${checkIcon}${t.counterGoalReached}</span>` : nothing}
    </p>
  </div>`;
}
