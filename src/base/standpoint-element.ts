import { LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../controllers/feed-controller.js';
import { warnOnce } from '../feed/errors.js';
import type { LocalizedItem } from '../feed/select.js';
import type { FeedData } from '../feed/types.js';
import { enShared, type SharedStrings, type UiStrings } from '../i18n/en.js';
import { languagePolicy, type LanguagePolicy, type TextLanguage } from '../i18n/language-policy.js';
import { resolveLanguage, stringsFor, type StringTables, type UiLocale } from '../i18n/locale.js';
import { ukShared } from '../i18n/uk.js';
import { warmFormatters } from '../i18n/format.js';
import { hostStyles } from '../styles/host.styles.js';
import { claimFeedMessage, releaseFeedMessage } from './feed-message.js';
import { clearRetry, renderFeedState } from './feed-states.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Reads the `strings` attribute as JSON without ever throwing into the host page. */
const jsonAttribute: PropertyDeclaration['converter'] = {
  fromAttribute(value: string | null) {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
    } catch {
      warnOnce(`the strings attribute is not valid JSON and was ignored: ${value.slice(0, 80)}`);
      return undefined;
    }
  },
};

// Every connected widget, so one observer of <html lang> serves the page.
const connected = new Set<StandpointElement>();
let htmlLangObserver: MutationObserver | undefined;

/**
 * What the four widgets share: the feed attributes, language, theme and the
 * light-DOM fallback. A widget adds its own options and `renderContent`.
 *
 * @attr lang - Language of the interface and, where the feed has a translation, of the content. Inherited from the closest ancestor with `lang`, else `<html lang>`, else `en`.
 * @slot - Fallback content (for example a plain link to the standpoint), shown until the feed renders and again if it fails.
 * @cssprop [--standpoint-font-family=inherit] Font of the widget (the page's).
 * @cssprop [--standpoint-font-size=inherit] Base font size.
 * @cssprop [--standpoint-line-height=1.5] Line height.
 * @cssprop [--standpoint-color-text=inherit] Text colour (#1b1d22 light, #eef1f6 dark).
 * @cssprop [--standpoint-color-muted=color-mix(in srgb, currentColor 75%, transparent)] Secondary text colour (#4b5261 light, #b8c0cd dark).
 * @cssprop [--standpoint-color-surface=transparent] Background of the widget (#ffffff light, #16191f dark).
 * @cssprop [--standpoint-color-border=color-mix(in srgb, currentColor 28%, transparent)] Borders and dividers (#c9ced8 light, #3b424f dark).
 * @cssprop [--standpoint-color-accent=#0057b7] Links, buttons, bars (#8dbbff dark; mixed with the page text without `theme`).
 * @cssprop [--standpoint-color-on-accent=#ffffff] Text on the accent colour (#0b1a33 dark).
 * @cssprop [--standpoint-color-link=var(--standpoint-color-accent)] Link colour.
 * @cssprop [--standpoint-color-success=#1d6b34] Achieved states (#7fd79a dark).
 * @cssprop [--standpoint-color-warning=#7a4f00] States in progress (#f3c467 dark).
 * @cssprop [--standpoint-color-danger=#a4262c] Rejected states and errors (#ff9c94 dark).
 * @cssprop [--standpoint-focus-ring-color=var(--standpoint-color-accent)] Keyboard focus ring.
 * @cssprop [--standpoint-radius=0.5rem] Corner radius.
 * @cssprop [--standpoint-spacing=1rem] Base spacing unit.
 * @cssprop [--standpoint-heading-font-family=inherit] Font of headings.
 * @cssprop [--standpoint-color-status-pending=var(--standpoint-color-muted)] A demand waiting for an answer.
 * @cssprop [--standpoint-color-status-voiced=#5b3a9e] A demand said aloud (#cdb6ff dark); its own colour, never the accent.
 * @cssprop [--standpoint-color-status-negotiating=var(--standpoint-color-warning)] A demand under negotiation.
 * @cssprop [--standpoint-color-status-enshrined=var(--standpoint-color-success)] A demand enshrined in an agreement.
 * @cssprop [--standpoint-color-status-implemented=var(--standpoint-color-success)] An implemented demand.
 * @cssprop [--standpoint-color-status-rejected=var(--standpoint-color-danger)] A rejected demand.
 * @cssprop [--standpoint-pill-radius=var(--standpoint-radius, 999px)] Corners of pills, tags and progress bars: round unless a radius is set.
 * @csspart base - The widget's root box.
 * @csspart fallback - What is shown instead of the content: the light-DOM fallback, the loading outline or the error (with `base`).
 * @csspart placeholder - The outline shown while the feed loads.
 * @csspart state - The error or empty state: an icon and the words (`state-error`, `state-empty` tell them apart).
 * @csspart state-message - The words of the error state.
 * @csspart retry - The "Try again" button of the error state.
 * @fires {StandpointLoadEvent} standpoint-load - New data has been rendered. `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used. `detail`: `{ code, message, url, stale, problems }`.
 */
export class StandpointElement<Strings extends SharedStrings = SharedStrings> extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  /** The interface strings this widget shows, per language: each widget names its own tables. */
  protected static uiStrings: StringTables<SharedStrings> = { en: enShared, uk: ukShared };

  static override get observedAttributes(): string[] {
    // `lang` stays the native attribute (it drives :lang() and screen-reader
    // pronunciation); the widget only needs to re-render when it changes.
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the standpoint feed (JSON Feed 1.1), resolved against the page; or `#id` of a `<script type="application/json">` on the page that holds it. */
  @property() src = '';

  /** Id of the feed item to show; the first item when empty. */
  @property() item = '';

  /** Seconds between re-fetches of the feed; 0 never refreshes. The loader never polls more often than every 30 s. */
  @property({ type: Number }) refresh = 0;

  /** `light` or `dark` gives the widget its own surface; `auto` follows the reader's system; unset blends into the page. */
  @property({ reflect: true }) theme?: Theme;

  /**
   * Feed data given directly, as parsed JSON (frameworks, static sites); used instead of `src`.
   * A new object with the same content as the last changes nothing (no render, no event).
   */
  @property({ attribute: false }) feed?: FeedData | null;

  /** Replaces some interface strings for this element, e.g. `{"loading": "Хвилинку…"}` (JSON in the attribute). */
  @property({ converter: jsonAttribute }) strings?: Partial<UiStrings>;

  protected readonly feedController = new FeedController(this);

  /**
   * True during the first render into a shadow root that was there before
   * the element ran: one the server rendered (`standpoint-widgets render`),
   * which this render hydrates.
   */
  private hydrating = false;

  /**
   * Whether this render must be the one the server makes: on the server, and
   * in the browser while hydrating a server-rendered tree. What depends on
   * the reader's browser (a share sheet, the page's script hashes, sanitised
   * HTML) waits while it is true; the element renders once more after
   * hydrating to show it. An element rendered in the browser from the start
   * renders once per update.
   */
  protected get rendersAsServer(): boolean {
    return isServer || this.hydrating;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.hydrating = this.shadowRoot !== null;
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    warmFormatters(this.formatLocale);
    if (!htmlLangObserver && typeof MutationObserver !== 'undefined') {
      htmlLangObserver = new MutationObserver(() => connected.forEach((element) => element.requestUpdate()));
      htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    releaseFeedMessage(this);
    // The last widget gone: a page that removed them all keeps nothing of ours running.
    if (connected.size === 0) {
      htmlLangObserver?.disconnect();
      htmlLangObserver = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The server renderer (@lit-labs/ssr) calls willUpdate and render but no
    // controller hooks: the feed is chosen here instead.
    if (isServer) this.feedController.hostUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.hydrating) return;
    // Once this update has completed: an update requested during it would make Lit warn.
    void this.updateComplete.then(() => {
      this.hydrating = false;
      this.requestUpdate();
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language policy as found at the start of this update (see shouldUpdate). */
  private languageOfUpdate: LanguagePolicy | undefined;

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // The language is looked up (a walk up the tree) once per update, not at
    // every string, date and feed text a render marks with it.
    this.languageOfUpdate = undefined;
    return super.shouldUpdate(changed);
  }

  /** Which language each piece of the widget is in (src/i18n/language-policy.ts). */
  protected get language(): LanguagePolicy {
    return (this.languageOfUpdate ??= languagePolicy(resolveLanguage(this)));
  }

  /** The reader's language (BCP 47): own `lang`, closest ancestor's, `<html lang>`, else `en`. */
  protected get readerLanguage(): string {
    return this.language.reader;
  }

  /**
   * The view model of the item shown, in the reader's language: everything
   * a widget reads of its feed. Undefined until a feed is ready (or when it
   * failed); `renderContent` gets the same object.
   */
  protected get view(): LocalizedItem | undefined {
    return this.feedController.view(this.readerLanguage);
  }

  /** The interface language for the reader's language. */
  protected get uiLocale(): UiLocale {
    return this.language.uiLocale;
  }

  /** The locale for numbers, dates and plurals (see LanguagePolicy). */
  protected get formatLocale(): string {
    return this.language.formatLocale;
  }

  /** `lang` for the widget's own text when it is not in the reader's language (see LanguagePolicy). */
  protected get interfaceLang(): UiLocale | undefined {
    return this.language.interfaceLang;
  }

  /** `dir` to go with interfaceLang. */
  protected get interfaceDir(): 'ltr' | undefined {
    return this.language.interfaceDir;
  }

  /** `lang` and `dir` for feed text written in `lang` (see LanguagePolicy). */
  protected contentLang(lang: string | undefined): TextLanguage {
    return this.language.contentLang(lang);
  }

  /** Interface strings for the reader, with page-wide and per-element overrides. */
  protected get t(): Strings {
    const { uiStrings } = this.constructor as typeof StandpointElement;
    return stringsFor(uiStrings as StringTables<Strings>, this.uiLocale, this.strings);
  }

  /** Whether the page gave fallback content (the inline feed script does not count). */
  protected hasFallbackContent(): boolean {
    // The server renderer cannot see the light DOM; a page rendered on the
    // server is written with its fallback (`standpoint-widgets render`).
    if (isServer) return true;
    return [...this.childNodes].some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !(node as Element).matches('script')
        : node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
  }

  /** Delegates by feed status: the fallback while pending or failed, else the widget's content. */
  override render(): unknown {
    return this.feedController.render(this.readerLanguage, {
      pending: () => this.renderFallback('pending'),
      complete: (item) => {
        releaseFeedMessage(this);
        return this.renderContent(item);
      },
      error: () => this.renderFallback('error'),
    });
  }

  /** The widget's own view of a loaded item; each widget overrides it. */
  protected renderContent(_item: LocalizedItem): unknown {
    return nothing;
  }

  /**
   * The light-DOM fallback, shown while loading and after a fatal error; with
   * no fallback content, the designed state (src/base/feed-states.ts): a
   * placeholder of the widget's shape while loading, an error with "Try
   * again". Its words are said once per feed: of several such widgets on one
   * feed only the first speaks, and the others show no error.
   */
  protected renderFallback(state: 'pending' | 'error') {
    if (state === 'pending') clearRetry(this);
    if (this.hasFallbackContent()) {
      releaseFeedMessage(this);
      return html`<div part="base fallback" class="fallback" aria-busy=${state === 'pending' ? 'true' : nothing}><slot></slot></div>`;
    }
    const url = this.feedController.url;
    return renderFeedState(this, state, {
      tag: this.localName,
      t: this.t,
      speaks: claimFeedMessage(this, url ? `${state} ${url}` : undefined),
      lang: this.interfaceLang,
      dir: this.interfaceDir,
      url,
      update: () => this.requestUpdate(),
    });
  }
}
