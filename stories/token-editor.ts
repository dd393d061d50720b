/**
 * <story-token-editor>: the Theming page's live editor. One field per global
 * `--standpoint-*` token (the list and the hints come from the manifest), a
 * sample NGO page whose widgets follow as the designer types, and the CSS to
 * copy. The values reach the widgets through one constructed stylesheet that
 * each change replaces (CSSOM); the CSS shown is that stylesheet's text, so
 * what is copied is exactly what is seen.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { Theme } from '../src/base/standpoint-element.js';
import type { UiLocale } from '../src/i18n/locale.js';
import { ngoPage } from './fixtures/ngo-page.js';
import { themeTokens } from './helpers.js';
import { nightTheme, paperTheme, tokenRule } from './themes.js';

/** A plain light site, so that what changes is the widgets. */
const plainSiteCss = `
  .page { color: #1f2328; background: #ffffff; }
  header { border-bottom: 1px solid #d0d7de; }
`;

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export class StoryTokenEditor extends LitElement {
  static override properties = {
    pageLang: { attribute: 'page-lang' },
    widgetTheme: { attribute: 'widget-theme' },
    values: { state: true },
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
    :focus-visible {
      outline: 3px solid #0969da;
      outline-offset: 1px;
    }
    .output h3 {
      margin: 1rem 0 0.5rem;
      font-size: 1rem;
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
  /** Token → value as typed; empty keeps the widgets' default. */
  private values: Readonly<Record<string, string>> = {};
  private readonly sheet = new CSSStyleSheet();

  private get cssText(): string {
    return tokenRule(this.values);
  }

  private load(values: Readonly<Record<string, string>>): void {
    this.values = { ...values };
  }

  private handleInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const token = input.dataset.token;
    if (token) this.values = { ...this.values, [token]: input.value };
  }

  protected override willUpdate(): void {
    this.sheet.replaceSync(this.cssText);
  }

  private renderField({ name, description }: { name: string; description: string }, index: number) {
    const value = this.values[name] ?? '';
    return html`<div>
      <label for="token-${index}">${name}</label>
      <div class="inputs">
        ${/color/.test(name)
          ? html`<input
              type="color"
              aria-label="${name}: pick a colour"
              data-token=${name}
              .value=${HEX_COLOUR.test(value) ? value : '#000000'}
            />`
          : nothing}
        <input
          id="token-${index}"
          type="text"
          data-token=${name}
          .value=${value}
          placeholder="(default)"
          aria-describedby="hint-${index}"
          autocomplete="off"
          spellcheck="false"
        />
      </div>
      <p id="hint-${index}" class="hint">${description}</p>
    </div>`;
  }

  protected override render() {
    return html`<div class="editor">
        <form class="tokens" aria-label="Theme tokens" @input=${this.handleInput} @submit=${(event: Event) => event.preventDefault()}>
          <div class="presets">
            <button type="button" @click=${() => this.load(paperTheme.tokens)}>Start from Paper</button>
            <button type="button" @click=${() => this.load(nightTheme.tokens)}>Start from Night</button>
            <button type="button" @click=${() => this.load({})}>Reset</button>
          </div>
          ${themeTokens.map((token, index) => this.renderField(token, index))}
        </form>
        <!-- Not a landmark of its own: the sample page inside has its header, main and footer. -->
        <div class="preview">
          ${ngoPage({ lang: this.pageLang, theme: this.widgetTheme, css: [plainSiteCss, this.sheet] })}
        </div>
      </div>
      <section class="output" aria-labelledby="output-heading">
        <h3 id="output-heading">CSS for your site</h3>
        <pre tabindex="0"><code>${this.cssText}</code></pre>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-token-editor': StoryTokenEditor;
  }
}
