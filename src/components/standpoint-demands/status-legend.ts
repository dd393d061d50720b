/** The legend of demand statuses as markup: each status's icon, word and what it means. */
import { html } from 'lit';
import { DEMAND_STATUS_INFO } from '../../feed/demand-status.js';
import type { DemandsStrings } from '../../i18n/en.js';
import { levelBelow, renderHeading } from '../../shared/heading.js';
import { renderStatusIcon } from '../../shared/icons.js';

/** Every status in order, under a heading one below the widget's `level`. */
export function renderStatusLegend(t: DemandsStrings, level: number) {
  return html`<div part="legend" class="legend">
    ${renderHeading(levelBelow(level), { part: 'legend-heading', id: 'legend-heading', className: 'legend-heading' }, t.demandsLegendHeading)}
    <ul class="legend-list" aria-labelledby="legend-heading">
      ${DEMAND_STATUS_INFO.map(
        (info) => html`<li part="legend-item" class="s-${info.icon}">
          <span part="status status-${info.icon} legend-status" class="badge">${renderStatusIcon(info.icon)}<span>${t[info.labelKey!]}</span></span>
          <span part="legend-description" class="legend-description">${t[info.descriptionKey!]}</span>
        </li>`,
      )}
    </ul>
  </div>`;
}
