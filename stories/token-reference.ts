/**
 * <story-token-reference scope="global|standpoint-…">: a table of the Token
 * reference page, one per story: the global `--standpoint-*` tokens, or one
 * widget's knobs, from the Custom Elements Manifest, with its documented default and the value in use under
 * `theme="light"` and `theme="dark"`, read live from widgets rendered here
 * (out of sight) on the sample feed; a swatch for each colour and the WCAG
 * contrast of each colour on what it is drawn on. Nothing is copied from
 * src/: when a default changes there, this page changes with it.
 */
import type Color from 'colorjs.io';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/define.js';
import { sampleFeed } from './fixtures/feeds.js';
import { themeTokens, widgetTokens } from './helpers.js';
import { contrastRatio, formatColour, resolveColour, tokenValue } from './token-values.js';

const THEMES = ['light', 'dark'] as const;
type ReferenceTheme = (typeof THEMES)[number];

/**
 * What a colour is drawn on, where it is not the widget's surface: text on
 * the accent, the share buttons' text on their fill, the share link on its
 * own background.
 */
const DRAWN_ON: Readonly<Record<string, string>> = {
  '--standpoint-color-on-accent': '--standpoint-color-accent',
  '--standpoint-share-button-text-color': '--standpoint-share-button-color',
  '--standpoint-share-link-color': '--standpoint-share-link-background',
};
const SURFACE = '--standpoint-color-surface';

/** Colours that are backgrounds themselves: a contrast of their own says nothing. */
const BACKGROUND = /surface|background|highlight|track|tag-background|share-button-color$/;
/** Colours that are not text but must be seen (bars, the chart, the focus ring, a field's edge): WCAG asks 3 : 1 of them. */
const GRAPHIC = /bar-color|chart|focus-ring|field-border/;
/** Decoration (the widget's border and dividers, an empty bar's track): its contrast is shown, but WCAG asks none. */
const DECORATIVE = /color-border$|track/;

interface Measured {
  text: string;
  colour?: Color;
  /** The contrast ratio on what the colour is drawn on, and the minimum WCAG AA asks (none for decoration). */
  contrast?: { ratio: number; minimum?: number; on: string };
}

interface Row {
  name: string;
  description: string;
  default?: string;
  values: Partial<Record<ReferenceTheme, Measured>>;
}

interface Section {
  id: string;
  heading: string;
  intro: string;
  rows: readonly Row[];
}

function measure(widget: Element, name: string): Measured | undefined {
  const value = tokenValue(widget, name);
  if (!value) return undefined;
  const colour = /color|tone/.test(name) ? resolveColour(value.element, value.text) : undefined;
  if (!colour || BACKGROUND.test(name)) return { text: value.text, colour };
  const on = DRAWN_ON[name] ?? SURFACE;
  const background = tokenValue(widget, on);
  const backgroundColour = background && resolveColour(background.element, background.text);
  if (!backgroundColour) return { text: value.text, colour };
  const ratio = contrastRatio(colour, backgroundColour);
  const minimum = DECORATIVE.test(name) ? undefined : GRAPHIC.test(name) ? 3 : 4.5;
  return { text: value.text, colour, contrast: { ratio, minimum, on } };
}

export class StoryTokenReference extends LitElement {
  static override properties = { scope: {}, sections: { state: true } };

  static override styles = css`
    :host {
      display: block;
      font: 0.875rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
      color: #1f2328;
    }
    .samples {
      display: none;
    }
    h2 {
      margin: 2rem 0 0.25rem;
      font-size: 1.25rem;
    }
    .intro {
      margin: 0 0 0.75rem;
      max-width: 70ch;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      min-inline-size: 44rem;
    }
    th,
    td {
      padding: 0.4rem 0.5rem;
      border-block-end: 1px solid #d0d7de;
      text-align: start;
      vertical-align: top;
    }
    thead th {
      background: #f6f8fa;
    }
    code {
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .value {
      display: flex;
      gap: 0.4rem;
      align-items: flex-start;
    }
    .swatch {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      border: 1px solid #57606a;
      border-radius: 0.2rem;
      /* A checkerboard shows through translucent colours. */
      background-image: linear-gradient(45deg, #ccc 25%, transparent 25% 75%, #ccc 75%),
        linear-gradient(45deg, #ccc 25%, transparent 25% 75%, #ccc 75%);
      background-size: 8px 8px;
      background-position: 0 0, 4px 4px;
    }
    .swatch > span {
      display: block;
      block-size: 100%;
    }
    .contrast {
      display: block;
      color: #57606a;
    }
    .fails {
      color: #a4262c;
      font-weight: 600;
    }
    .none {
      color: #57606a;
    }
  `;

  /** `global` for the global tokens, else the tag of the widget whose knobs to list. */
  scope = 'global';
  /** Filled once the out-of-sight widgets have rendered; until then the table says it is reading. */
  private sections: readonly Section[] = [];

  /** The widget the values are read from: the demands read every global colour token (statuses included). */
  private get measuredTag(): string {
    return this.scope === 'global' ? 'standpoint-demands' : this.scope;
  }

  protected override async firstUpdated(changed: PropertyValues): Promise<void> {
    super.firstUpdated(changed);
    const samples = [...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.samples > *')];
    await Promise.all(samples.map((widget) => widget.updateComplete));
    // The widgets' own parts (the `base` wrapper the knobs are set on) are there once they have the feed.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const widget = (tag: string, theme: ReferenceTheme) => this.renderRoot.querySelector(`.samples > ${tag}[theme="${theme}"]`)!;
    const rowsFor = (tag: string, tokens: readonly { name: string; description: string; default?: string }[]) =>
      tokens.map(({ name, description, default: fallback }) => ({
        name,
        description,
        default: fallback,
        values: Object.fromEntries(THEMES.map((theme) => [theme, measure(widget(tag, theme), name)])),
      }));
    this.sections =
      this.scope === 'global'
        ? [
            {
              id: 'global',
              heading: 'Global tokens',
              intro: 'Read by every widget. Set them on the elements (or an ancestor) in your own stylesheet.',
              rows: rowsFor(this.measuredTag, themeTokens),
            },
          ]
        : widgetTokens
            .filter(({ tag }) => tag === this.scope)
            .map(({ tag, tokens }) => ({
              id: tag,
              heading: `<${tag}>`,
              intro: 'Knobs of this widget alone; each falls back to a global token.',
              rows: rowsFor(tag, tokens),
            }));
  }

  private renderValue(measured: Measured | undefined) {
    if (!measured) return html`<span class="none">not read by this widget</span>`;
    const { text, colour, contrast } = measured;
    const fails = contrast?.minimum !== undefined && contrast.ratio < contrast.minimum;
    return html`<div class="value">
      ${colour
        ? html`<span class="swatch" aria-hidden="true"><span style="background: ${formatColour(colour)}"></span></span>`
        : nothing}
      <div>
        <code>${colour ? formatColour(colour) : text}</code>
        ${contrast
          ? html`<span class="contrast ${fails ? 'fails' : ''}"
              >${contrast.ratio.toFixed(2)} : 1 on <code>${contrast.on.replace('--standpoint-', '')}</code>${fails
                ? ` — below ${contrast.minimum} : 1`
                : contrast.minimum === undefined
                  ? ' (decoration)'
                  : ''}</span
            >`
          : nothing}
      </div>
    </div>`;
  }

  private renderSection({ id, heading, intro, rows }: Section) {
    // A plain section, not a landmark: the labelled region is the table's scroll box, one per heading.
    return html`<section>
      <h2 id="heading-${id}"><code>${heading}</code></h2>
      <p class="intro">${intro}</p>
      <div class="scroll" role="region" aria-labelledby="heading-${id}" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">What it sets</th>
              <th scope="col">Default</th>
              <th scope="col"><code>theme="light"</code></th>
              <th scope="col"><code>theme="dark"</code></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row"><code>${row.name}</code></th>
                <td>${row.description}</td>
                <td>${row.default ? html`<code>${row.default}</code>` : html`<span class="none">—</span>`}</td>
                ${THEMES.map((theme) => html`<td>${this.renderValue(row.values[theme])}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  protected override render() {
    return html`<div class="samples" aria-hidden="true">
        ${THEMES.map((theme) => {
          const name = unsafeStatic(this.measuredTag);
          return staticHtml`<${name} theme=${theme} lang="en" .feed=${sampleFeed}></${name}>`;
        })}
      </div>
      ${this.sections.length
        ? this.sections.map((section) => this.renderSection(section))
        : html`<p role="status">Reading the tokens from the widgets…</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-token-reference': StoryTokenReference;
  }
}
