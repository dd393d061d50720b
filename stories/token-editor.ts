/**
 * <story-token-editor>: the Theming page's live editor. One field per global
 * `--standpoint-*` token and, per widget, one per knob of its own, with the
 * widget's CSS parts beside them (lists and hints from the manifest); a
 * field for `::part()` rules; a sample NGO page with all six widgets that
 * follows as the designer types; and the CSS to copy. "Start from" loads a
 * whole ready theme (tokens, knobs, parts, its site), so the result is the
 * ready theme's CSS to the letter. Empty fields show the default in use and
 * colour pickers start from it, both read from widgets rendered out of sight
 * with the same `theme`. The values reach the preview through one
 * constructed stylesheet that each change replaces (CSSOM); the CSS shown is
 * that stylesheet's text, so what is copied is exactly what is seen.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Theme } from '../src/base/standpoint-element.js';
import type { UiLocale } from '../src/i18n/locale.js';
import { sampleFeed } from './fixtures/feeds.js';
import { ngoPage } from './fixtures/ngo-page.js';
import { themeTokens, WIDGET_TAGS, widgetTokens } from './helpers.js';
import { nightTheme, paperTheme, themeCss, type ReadyTheme, type ThemeDefinition } from './themes.js';
import { resolveColour, toHex, tokenValue } from './token-values.js';

/**
 * A plain light site, so that what changes is the widgets: dark grey text on white, as most sites have (the widgets
 * without a theme take the page's text colour, and their muted text must still read on it).
 */
const plainSiteCss = `
  .page { color: #333333; background: #ffffff; }
  header { border-bottom: 1px solid #d0d7de; }
`;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** A token's default as the widgets use it: the CSS text, and for colours the `#rrggbb` a colour input takes. */
interface Default {
  text: string;
  hex?: string;
}

/** What the designer has made so far: a theme definition that themeCss() writes out, plus the site around it. */
interface Draft extends ThemeDefinition {
  site: string;
}

const emptyDraft: Draft = { title: 'your own theme', tokens: {}, parts: '', site: plainSiteCss };

const draftOf = ({ title, preamble, tokens, notes, parts, site }: ReadyTheme): Draft => ({
  title,
  preamble,
  tokens: { ...tokens },
  notes,
  parts,
  site,
});

export class StoryTokenEditor extends LitElement {
  static override properties = {
    pageLang: { attribute: 'page-lang' },
    widgetTheme: { attribute: 'widget-theme' },
    draft: { state: true },
    defaults: { state: true },
    copyStatus: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      padding: 1rem;
      font: 0.875rem/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      color: #1f2328;
    }
    .editor {
      display: grid;
      grid-template-columns: minmax(15rem, 20rem) minmax(0, 1fr);
      gap: 1rem;
    }
    .tokens,
    .preview {
      max-height: min(44rem, 85vh);
      overflow: auto;
      border: 1px solid #d0d7de;
    }
    .tokens {
      display: grid;
      gap: 0.75rem;
      align-content: start;
      margin: 0;
      padding: 0.75rem;
    }
    .presets {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.35rem 0.7rem;
      border: 1px solid #57606a;
      border-radius: 0.375rem;
      background: #f6f8fa;
      color: #1f2328;
      cursor: pointer;
    }
    label {
      display: block;
      font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .inputs {
      display: flex;
      gap: 0.375rem;
      margin-block: 0.25rem;
    }
    input[type='text'] {
      flex: 1;
      min-width: 0;
      font: inherit;
      padding: 0.3rem 0.4rem;
      border: 1px solid #57606a;
      border-radius: 0.25rem;
    }
    input[type='color'] {
      inline-size: 2.5rem;
      block-size: 2rem;
      padding: 0;
      border: 1px solid #57606a;
    }
    .hint {
      margin: 0;
      color: #57606a;
    }
    .samples {
      display: none;
    }
    details {
      border-block-start: 1px solid #d0d7de;
      padding-block-start: 0.5rem;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
    }
    details > div {
      display: grid;
      gap: 0.75rem;
      margin-block-start: 0.5rem;
    }
    .parts {
      margin: 0;
      color: #57606a;
      overflow-wrap: anywhere;
    }
    textarea {
      inline-size: 100%;
      min-block-size: 8rem;
      font: 0.8125rem/1.4 ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
      padding: 0.3rem 0.4rem;
      border: 1px solid #57606a;
      border-radius: 0.25rem;
    }
    .copy {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-block-end: 0.5rem;
    }
    :focus-visible {
      outline: 3px solid #0969da;
      outline-offset: 1px;
    }
    .output h3 {
      margin: 1rem 0 0.5rem;
      font-size: 1rem;
    }
    .output h3 + .copy {
      margin-block-start: -0.25rem;
    }
    pre {
      margin: 0;
      padding: 0.75rem;
      overflow: auto;
      background: #f6f8fa;
      border: 1px solid #d0d7de;
    }
    @media (max-width: 48rem) {
      .editor {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `;

  pageLang: UiLocale = 'en';
  widgetTheme: Theme | '' = '';
  private draft: Draft = emptyDraft;
  /** Token → its default under the current `theme`, read from the out-of-sight widgets. */
  private defaults: Readonly<Record<string, Default>> = {};
  private copyStatus = '';
  private readonly sheet = new CSSStyleSheet();

  private readonly siteSheet = new CSSStyleSheet();
  /** The tokens of the theme last loaded, to tell which of its notes still hold. */
  private loadedTokens: Readonly<Record<string, string>> = {};

  private get cssText(): string {
    // A note stays only while its token keeps the value it explains.
    const { notes = {}, tokens } = this.draft;
    const kept = Object.fromEntries(Object.entries(notes).filter(([name]) => tokens[name] === this.loadedTokens[name]));
    return themeCss({ ...this.draft, notes: kept });
  }

  private load(draft: Draft): void {
    this.draft = draft;
    this.loadedTokens = { ...draft.tokens };
    this.copyStatus = '';
  }

  private handleInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const token = input.dataset.token;
    if (token) this.draft = { ...this.draft, tokens: { ...this.draft.tokens, [token]: input.value } };
    else if (input.name === 'parts') this.draft = { ...this.draft, parts: input.value };
    this.copyStatus = '';
  }

  private async handleCopy(): Promise<void> {
    const text = this.cssText;
    try {
      // Refused without a user gesture, on plain http or by a permission policy: then select the text instead.
      await navigator.clipboard.writeText(text);
      this.copyStatus = 'Copied to the clipboard.';
    } catch {
      const code = this.renderRoot.querySelector('pre');
      const selection = getSelection();
      if (code && selection) {
        selection.selectAllChildren(code);
        code.focus();
      }
      this.copyStatus = 'The browser did not allow copying: the CSS is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  protected override willUpdate(): void {
    this.sheet.replaceSync(this.cssText);
    this.siteSheet.replaceSync(this.draft.site);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('widgetTheme')) void this.readDefaults();
  }

  /** Reads every token's default from the out-of-sight widgets, which have the preview's `theme` and no theme CSS. */
  private async readDefaults(): Promise<void> {
    const samples = [...this.renderRoot.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.samples > *')];
    await Promise.all(samples.map((widget) => widget.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const defaults: Record<string, Default> = {};
    const read = (tag: string, name: string) => {
      const widget = this.renderRoot.querySelector(`.samples > ${tag}`);
      const value = widget && tokenValue(widget, name);
      if (!value) return;
      const colour = /color|tone/.test(name) ? resolveColour(value.element, value.text) : undefined;
      defaults[name] = { text: value.text, hex: colour && toHex(colour) };
    };
    for (const { name } of themeTokens) read('standpoint-demands', name);
    for (const { tag, tokens } of widgetTokens) for (const { name } of tokens) read(tag, name);
    this.defaults = defaults;
  }

  private renderField({ name, description }: { name: string; description: string }, id: string) {
    const value = this.draft.tokens[name] ?? '';
    const fallback = this.defaults[name];
    return html`<div>
      <label for="token-${id}">${name}</label>
      <div class="inputs">
        ${/color|tone/.test(name)
          ? html`<input
              type="color"
              aria-label="${name}: pick a colour"
              data-token=${name}
              .value=${HEX_COLOUR.test(value) ? value : (fallback?.hex ?? '#000000')}
            />`
          : nothing}
        <input
          id="token-${id}"
          type="text"
          data-token=${name}
          .value=${value}
          placeholder=${fallback ? `${fallback.hex ?? fallback.text} (default)` : '(default)'}
          aria-describedby="hint-${id}"
          autocomplete="off"
          spellcheck="false"
        />
      </div>
      <p id="hint-${id}" class="hint">${description}</p>
    </div>`;
  }

  private renderWidgetKnobs({ tag, tokens, parts }: (typeof widgetTokens)[number]) {
    return html`<details>
      <summary><code>&lt;${tag}&gt;</code>: ${tokens.length} knobs, ${parts.length} parts</summary>
      <div>
        ${tokens.map((token, index) => this.renderField(token, `${tag}-${index}`))}
        <p class="parts">
          Parts, for the CSS field below: ${parts.map(({ name }, index) => html`${index ? ', ' : ''}<code>${tag}::part(${name})</code>`)}
        </p>
      </div>
    </details>`;
  }

  protected override render() {
    return html`<div class="samples" aria-hidden="true">
        ${WIDGET_TAGS.map((tag) => {
          const name = unsafeStatic(tag);
          return staticHtml`<${name} theme=${this.widgetTheme || nothing} lang="en" .feed=${sampleFeed}></${name}>`;
        })}
      </div>
      <div class="editor">
        <form class="tokens" aria-label="Theme tokens" @input=${this.handleInput} @submit=${(event: Event) => event.preventDefault()}>
          <div class="presets">
            <button type="button" @click=${() => this.load(draftOf(paperTheme))}>Start from Paper</button>
            <button type="button" @click=${() => this.load(draftOf(nightTheme))}>Start from Night</button>
            <button type="button" @click=${() => this.load(emptyDraft)}>Reset</button>
          </div>
          ${themeTokens.map((token, index) => this.renderField(token, `global-${index}`))}
          ${widgetTokens.map((widget) => this.renderWidgetKnobs(widget))}
          <div>
            <label for="parts">::part() rules and other CSS</label>
            <textarea id="parts" name="parts" aria-describedby="parts-hint" spellcheck="false" .value=${this.draft.parts}></textarea>
            <p id="parts-hint" class="hint">Added after the tokens, as written: the parts of each widget are listed with its knobs above.</p>
          </div>
        </form>
        <!-- Not a landmark of its own: the sample page inside has its header, main and footer. -->
        <div class="preview">
          ${ngoPage({ lang: this.pageLang, theme: this.widgetTheme, css: [this.siteSheet, this.sheet], allWidgets: true })}
        </div>
      </div>
      <section class="output" aria-labelledby="output-heading">
        <h3 id="output-heading">CSS for your site</h3>
        <div class="copy">
          <button type="button" @click=${this.handleCopy}>Copy the CSS</button>
          <span role="status">${this.copyStatus}</span>
        </div>
        <pre tabindex="0"><code>${this.cssText}</code></pre>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-token-editor': StoryTokenEditor;
  }
}
