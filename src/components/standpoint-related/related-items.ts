/**
 * What "Other materials" lists, with no element: the feed's other items,
 * newest first, up to a limit, each with a headline, its link and, for a
 * standpoint item, how far its demands have come.
 */
import type { LocalizedItem } from '../../feed/select.js';
import type { FeedItem } from '../../feed/types.js';
import { summarizeDemands, type DemandSummary } from '../../feed/demand-status.js';
import { wholeNumberAtLeast } from '../../shared/numbers.js';

/** Items shown when `limit` is unset or unusable. */
export const DEFAULT_RELATED_LIMIT = 3;

/** The `limit` attribute: a whole number of at least 1 (a fraction is rounded down); anything else → `fallback`. */
export const parseLimit = (value: unknown, fallback = DEFAULT_RELATED_LIMIT): number => wholeNumberAtLeast(value, 1, fallback);

/** When an item appeared: `date_published`, else `date_modified`; `undefined` when it has no readable date. */
export function itemTime(item: Pick<FeedItem, 'date_published' | 'date_modified'>): number | undefined {
  const time = Date.parse(item.date_published ?? item.date_modified ?? '');
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The items to list beside the one shown: every item but `shownId`, newest
 * first; items with no date keep their feed order after the dated ones.
 */
export function relatedItems(items: readonly FeedItem[], shownId: string, limit: number): FeedItem[] {
  return items
    .map((item, index) => ({ item, index, time: itemTime(item) }))
    .filter(({ item }) => item.id !== shownId)
    .sort((a, b) => {
      if (a.time !== undefined && b.time !== undefined && a.time !== b.time) return b.time - a.time;
      if ((a.time === undefined) !== (b.time === undefined)) return a.time === undefined ? 1 : -1;
      return a.index - b.index;
    })
    .slice(0, Math.max(0, limit))
    .map(({ item }) => item);
}

/**
 * How far a standpoint item's demands have come, counted exactly as
 * `<standpoint-demands>` counts them; `undefined` for an item that is not a
 * standpoint or lists no demand.
 */
export function demandProgress(item: Pick<FeedItem, '_standpoint'>): DemandSummary | undefined {
  const demands = item._standpoint?.demands ?? [];
  return demands.length > 0 ? summarizeDemands(demands) : undefined;
}

/** The words of `text`, cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max)).replace(/[\s.,;:!?–—-]+$/, '')}…`;
}

export interface Headline {
  readonly text: string;
  /** The language of `text` ('' when unknown). */
  readonly lang: string;
  /** Which field gave the headline; a summary that became the headline is not repeated below it. */
  readonly from: 'title' | 'summary' | 'content' | 'none';
}

/** What an item is called in the list: its title, else its summary, else the start of its text. */
export function headlineOf(item: LocalizedItem): Headline {
  if (item.title?.trim()) return { text: item.title, lang: item.langs.title, from: 'title' };
  if (item.summary?.trim()) return { text: excerpt(item.summary), lang: item.langs.summary, from: 'summary' };
  if (item.contentText?.trim()) return { text: excerpt(item.contentText), lang: item.langs.content, from: 'content' };
  return { text: '', lang: '', from: 'none' };
}

/** Where an item's entry links to: its own page, else the page it is about; `undefined` when neither. */
export const itemLink = (item: Pick<FeedItem, 'url' | 'external_url'>): string | undefined => item.url ?? item.external_url;
