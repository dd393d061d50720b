/**
 * What a widget shows before and instead of its content, with no element:
 * loading is a still or softly shimmering placeholder of the widget's own
 * shape, so the page does not jump when the content arrives; a feed that
 * could not be loaded is an icon, the words and a "Try again" button that
 * asks the shared loader for the feed again; an empty widget (a feed with
 * no demands, no text…) is a quieter icon and its words. Empty and error
 * differ in icon, colour and words, never in colour alone.
 */
import { html, nothing, svg } from 'lit';
import { reloadFeed } from '../feed/loader.js';
import type { SharedStrings } from '../i18n/en.js';
import { renderIcon } from '../shared/icons.js';

/**
 * The rough outline of a widget while it loads, one letter a block:
 * `h` heading, `l` line of text, `s` short line, `n` big number, `b` bar, `k` button, `i` item with its pill.
 */
const SHAPES: Readonly<Record<string, string>> = {
  'standpoint-statement': 'hsllllllllls',
  'standpoint-demands': 'hsbiiii',
  'standpoint-counter': 'nbss',
  'standpoint-share': 'hlskkkkk',
  'standpoint-related': 'hlsls',
  'standpoint-embed': 'hslllshiiinb',
};

/** A warning sign: something went wrong. */
const ERROR_ICON = svg`<path d="M12 3.5 2.5 20h19z"/><path d="M12 10v4.5M12 17.5h.01"/>`;
/** An empty tray: nothing here yet. */
const EMPTY_ICON = svg`<path d="M3.5 13.5h5l1.5 2.5h4l1.5-2.5h5"/><path d="M6 5h12l2.5 8.5V19h-17v-5.5z"/>`;

export interface FeedStateOptions {
  /** The widget's tag: which outline the placeholder draws. */
  readonly tag: string;
  readonly t: SharedStrings;
  /** Whether this widget says the message (once per feed: see feed-message.ts). */
  readonly speaks: boolean;
  /** `lang` and `dir` of the interface text when it is not the reader's. */
  readonly lang?: string;
  readonly dir?: string;
  /** The feed URL: with one, the error offers "Try again". */
  readonly url: string;
  /** Renders the widget again (a retry started or ended). */
  readonly update: () => void;
}

/** The widgets whose retry is under way, and those whose last retry failed too. */
const retrying = new WeakSet<object>();
const retryFailed = new WeakSet<object>();

/**
 * The widget itself, focusable from script only: where the focus goes when
 * the content replaces the "Try again" button that had it, instead of
 * falling to the top of the page.
 */
function focusWidget(host: Element): void {
  const base = host.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!base) return;
  base.tabIndex = -1;
  base.focus({ preventScroll: true });
}

async function retry(key: object, button: HTMLElement, { url, update }: FeedStateOptions): Promise<void> {
  if (retrying.has(key)) return;
  const root = button.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : undefined;
  const hadFocus = root instanceof ShadowRoot && root.activeElement === button;
  retrying.add(key);
  update();
  try {
    await reloadFeed(url);
  } finally {
    retrying.delete(key);
    // Still an error after this render: the words say so, and the focus stays on the button, which stays.
    retryFailed.add(key);
    update();
  }
  await (host as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
  // Only when the focus fell with the button: a reader who moved on keeps their place.
  const fell = document.activeElement === document.body || document.activeElement === null;
  if (host && hadFocus && !button.isConnected && fell) focusWidget(host);
}

/** The placeholder of a loading widget: its outline, and the words for screen readers in the first widget of the feed. */
function renderLoading({ tag, t, speaks, lang, dir }: FeedStateOptions) {
  const shape = SHAPES[tag] ?? 'hlls';
  return html`<div part="base fallback placeholder" class="placeholder" aria-busy="true">
    ${[...shape].map((block) => html`<span class="ph ph-${block}" aria-hidden="true"></span>`)}
    ${speaks ? html`<p class="status-message visually-hidden" role="status" lang=${lang ?? nothing} dir=${dir ?? nothing}>${t.loading}</p>` : nothing}
  </div>`;
}

function renderError(key: object, options: FeedStateOptions) {
  const { t, lang, dir, url } = options;
  const busy = retrying.has(key);
  return html`<div part="base fallback state state-error" class="state state-error" lang=${lang ?? nothing} dir=${dir ?? nothing}>
    ${renderIcon(ERROR_ICON, { size: 24 })}
    <div class="state-body">
      <p part="state-message" class="status-message" role="status">${retryFailed.has(key) && !busy ? t.retryFailed : t.loadError}</p>
      ${url
        ? html`<button part="retry" class="retry" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${(event: Event) => void retry(key, event.currentTarget as HTMLElement, options)}>
            ${busy ? t.retrying : t.retry}
          </button>`
        : nothing}
    </div>
  </div>`;
}

/**
 * The state of a widget with no fallback content of its own: the
 * placeholder while pending; the error (said once per feed) after a failure.
 * `key` identifies the widget across renders.
 */
export function renderFeedState(key: object, state: 'pending' | 'error', options: FeedStateOptions) {
  if (state === 'pending') return renderLoading(options);
  if (!options.speaks) return html`<div part="base fallback" class="fallback" hidden><slot></slot></div>`;
  return renderError(key, options);
}

/** A widget whose feed has nothing of this kind yet: an empty tray and the words, quieter than an error. */
export const renderEmptyState = (message: string, part = 'empty') =>
  html`<p part="${part} state state-empty" class="state state-empty">${renderIcon(EMPTY_ICON, { size: 24 })}<span>${message}</span></p>`;

/** Forgets a retry's outcome once the widget shows something else. */
export const clearRetry = (key: object): void => void retryFailed.delete(key);
