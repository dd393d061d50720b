import { isServer, type ReactiveControllerHost } from 'lit';
import { warnOnce } from '../../feed/errors.js';
import { previewCut } from './layout.js';
import { htmlToPlainText, isHeadingBlock, loadSanitizer, sanitizeContent, sanitizerReady, topLevelBlocks, type SanitizeOptions } from './sanitize.js';

/** Sanitised HTML of one item, split into top-level blocks for the collapsed view. */
export interface SanitizedBody {
  readonly key: string;
  readonly status: 'loading' | 'ready' | 'failed';
  readonly blocks: readonly Node[][];
}

/** The blocks of a ready body put into two holder elements: the preview and the rest. */
export interface SplitBody {
  /** Blocks shown in the preview. */
  readonly cut: number;
  readonly preview: HTMLElement;
  readonly rest: HTMLElement;
}

/** What the controller sanitises with: the statement's sanitiser (sanitize.ts), or a stand-in in tests. */
export interface Sanitizer {
  ready(): boolean;
  load(): Promise<unknown>;
  sanitize(html: string, options: SanitizeOptions): DocumentFragment;
}

const pageSanitizer: Sanitizer = { ready: sanitizerReady, load: loadSanitizer, sanitize: sanitizeContent };

/**
 * Keeps the sanitised body of the item shown, one at a time: at once where
 * the browser sanitises natively or DOMPurify is already loaded, else
 * `loading` until the lazy chunk arrives, and then it re-renders the host.
 * A chunk that fails to load leaves the body `failed` (the widget shows the
 * text without formatting) and is tried again for the next body. It needs
 * no lifecycle hook: a chunk that arrives while the host is off the page is
 * kept for when it returns.
 */
export class SanitizedBodyCache {
  private body: SanitizedBody | undefined;
  private readonly splits = new WeakMap<SanitizedBody, SplitBody>();

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly sanitizer: Sanitizer = pageSanitizer,
  ) {}

  /**
   * The body for `source`, the same object while source, base and level stay
   * the same. `hydrating`: the host is adopting a server-rendered DOM, which
   * shows `loading` (the server has no DOM to sanitise in), so this render
   * must show it too, once, to hydrate without a mismatch.
   */
  bodyFor(source: string, base: string, level: number, hydrating = false): SanitizedBody {
    const key = JSON.stringify([source, base, level]);
    if (this.body?.key === key) return this.body;
    if (isServer || hydrating) return { key, status: 'loading', blocks: [] };
    if (this.sanitizer.ready()) return (this.body = this.sanitized(key, source, { base, headingLevel: level }));
    this.body = { key, status: 'loading', blocks: [] };
    this.sanitizer.load().then(
      () => this.settle(key, () => this.sanitized(key, source, { base, headingLevel: level })),
      (error: unknown) => {
        warnOnce(`the HTML sanitiser could not be loaded, so the text is shown without formatting: ${String(error)}`);
        this.settle(key, () => ({ key, status: 'failed', blocks: [] }));
      },
    );
    return this.body;
  }

  /**
   * The blocks of a ready body cut after `preview` paragraphs (headings not
   * counted), in two holders that are kept while the cut stays where it is,
   * so expanding and collapsing moves no node.
   */
  splitAt(body: SanitizedBody, preview: number): SplitBody {
    const cut = previewCut(body.blocks, preview, isHeadingBlock);
    const kept = this.splits.get(body);
    if (kept?.cut === cut) return kept;
    const shown = document.createElement('div');
    const rest = document.createElement('div');
    shown.className = rest.className = 'html-blocks';
    body.blocks.forEach((block, index) => (index < cut ? shown : rest).append(...block));
    const split = { cut, preview: shown, rest };
    this.splits.set(body, split);
    return split;
  }

  /** Replaces a loading body with its result, unless the host has moved on to another one. */
  private settle(key: string, result: () => SanitizedBody): void {
    if (this.body?.key !== key) return;
    this.body = result();
    this.host.requestUpdate();
  }

  private sanitized(key: string, source: string, options: SanitizeOptions): SanitizedBody {
    try {
      const blocks = topLevelBlocks(this.sanitizer.sanitize(source, options));
      // Nothing left of markup that had text means the sanitiser could not parse
      // (e.g. a Trusted Types policy refused it): show the text instead.
      if (blocks.length === 0 && htmlToPlainText(source) !== '') return { key, status: 'failed', blocks };
      return { key, status: 'ready', blocks };
    } catch (error) {
      warnOnce(`the HTML of the item could not be sanitised, so it is shown as text: ${String(error)}`);
      return { key, status: 'failed', blocks: [] };
    }
  }
}
