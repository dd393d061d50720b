/**
 * From a validated feed to what a widget shows (its view model): the chosen
 * item, in the reader's language where the feed has a translation, with
 * every field that a translation lacks taken from the item itself, and what
 * a view needs to know of the feed around it.
 */
import type { Attachment, Author, Demand, Feed, FeedItem, FeedProblem, Join, Share, ShareImage, Signatories, Translation } from './types.js';
import { primaryLanguage } from '../i18n/locale.js';
import { countWasRejected, signatoryCount } from './signatories.js';

/** The item a widget shows: the one with `id`, or the first. */
export function findItem(feed: Feed, id?: string | null): FeedItem | undefined {
  return id ? feed.items.find((item) => item.id === id) : feed.items[0];
}

/**
 * Picks the translation for a BCP 47 language tag: the exact tag first, then
 * the same primary language (`uk-UA` finds `uk`, `uk` finds `uk-UA`).
 */
export function matchTranslation(
  translations: Record<string, Translation> | undefined,
  lang: string,
): { tag: string; translation: Translation } | undefined {
  if (!translations || !lang) return undefined;
  const keys = Object.keys(translations);
  const wanted = lang.toLowerCase();
  const tag =
    keys.find((key) => key.toLowerCase() === wanted) ?? keys.find((key) => primaryLanguage(key) === primaryLanguage(wanted));
  return tag === undefined ? undefined : { tag, translation: translations[tag] };
}

/** A demand as one reader sees it, with the language of each text (a translation may lack some). */
export type LocalizedDemand = Demand & {
  /** Language of `text`. */
  readonly lang: string;
  /** Language of `note`. */
  readonly noteLang: string;
};

/** An attachment as one reader sees it: its title translated where the feed has it. */
export type LocalizedAttachment = Attachment & {
  /** Language of `title`. */
  readonly titleLang: string;
};

/** The join link as one reader sees it. */
export interface LocalizedJoin {
  /** An http:, https: or mailto: address, already checked and resolved by the validator. */
  readonly url: string;
  /** The feed's words for the link (translated where the feed has them); absent when the feed gives none, so the widget says its own. */
  readonly text?: string;
  /** Language of `text`; '' when there is no text. */
  readonly lang: string;
}

/** An item as one reader sees it: everything a widget's view reads of the feed. */
export interface LocalizedItem {
  readonly item: FeedItem;
  /** The validated feed the item comes from (its other items are the list of other materials). */
  readonly feed: Feed;
  /** The language the content is written in (for the `lang` attribute), or '' when unknown. */
  readonly lang: string;
  /** The language the item itself is written in, untranslated: its `language`, else the feed's; '' when neither says. */
  readonly ownLang: string;
  /** The feed's own title: a heading for an item that has none. */
  readonly feedTitle?: string;
  /** The feed's own `language` (of its title); '' when it does not say. */
  readonly feedLang: string;
  /** The feed's `home_page_url`: where "more" leads. */
  readonly homePageUrl?: string;
  /**
   * Where relative links in the item's text lead from: the item's page,
   * else the feed's home page, else the feed itself, else the page.
   */
  readonly linkBase: string;
  /** The absolute URL the feed was fetched from; '' for data given to the widget (the `feed` property, inline JSON). */
  readonly sourceUrl: string;
  /** The feed's address for others to load: where it was fetched from, else its `feed_url`; '' when neither is known. */
  readonly feedUrl: string;
  readonly title?: string;
  readonly summary?: string;
  readonly contentText?: string;
  readonly contentHtml?: string;
  readonly demands: readonly LocalizedDemand[];
  readonly signatories?: Signatories;
  /** How many have signed, as the validated feed says: the published `count`, else the length of the list. */
  readonly signatoryCount?: number;
  /**
   * The validator refused the item's `signatories.count` (negative,
   * fractional, absurd): a counter that showed a good number keeps it
   * rather than falling back to the list.
   */
  readonly signatoryCountRejected: boolean;
  /** What a share action passes on, every field filled from the item where `share` is silent. */
  readonly share: Share;
  /**
   * How to join the standpoint, with its words in the reader's language
   * where the feed translates them. Absent when the feed gives no link and
   * when the campaign has closed: the view model drops it, so no widget can
   * invite a reader to a campaign that no longer takes signatures.
   */
  readonly join?: LocalizedJoin;
  /** The campaign has closed: `_standpoint.expired`, else the feed's own `expired` (JSON Feed's). */
  readonly expired: boolean;
  /** The topics, translated as a whole where the translation lists them. */
  readonly tags: readonly string[];
  readonly attachments: readonly LocalizedAttachment[];
  /**
   * Who wrote it: the item's `authors`, else the feed's, as JSON Feed 1.1
   * says; JSON Feed 1.0's single `author` counts as one.
   */
  readonly authors: readonly Author[];
  /**
   * The language of each text field: a translation that lacks a field (or
   * leaves it blank) shows the original's, which keeps its own language.
   */
  readonly langs: { readonly title: string; readonly summary: string; readonly content: string; readonly tags: string };
}

/** Where a feed came from and what its validation found: what a view model says beyond the feed's own data. */
export interface FeedContext {
  /** The absolute URL the feed was fetched from; '' or absent for data given directly. */
  readonly sourceUrl?: string;
  /** The page's own address (`document.baseURI`): the last base for relative links. */
  readonly pageUrl?: string;
  /** What validating the feed found. */
  readonly problems?: readonly FeedProblem[];
}

/**
 * Localises an item for a reader's language.
 *
 * @param lang the reader's language (BCP 47); '' for the item's own
 */
export function localizeItem(feed: Feed, item: FeedItem, lang: string, context: FeedContext = {}): LocalizedItem {
  const standpoint = item._standpoint;
  const ownLang = item.language ?? feed.language ?? '';
  const sourceUrl = context.sourceUrl ?? '';
  const problems = context.problems ?? [];
  const inOwnLanguage = !lang || (ownLang !== '' && primaryLanguage(ownLang) === primaryLanguage(lang));
  const match = inOwnLanguage ? undefined : matchTranslation(standpoint?.translations, lang);
  const translation: Translation = match?.translation ?? {};
  // The body is one piece: a translated text must not be mixed with the original HTML.
  // A blank translated field counts as missing, so the reader never gets an empty block.
  const translatedBody = filled(translation.content_text) !== undefined || filled(translation.content_html) !== undefined;
  const demandTranslations = translation.demands ?? {};
  const contentLang = match?.tag ?? ownLang;

  const translatedTags = translation.tags?.some((tag) => filled(tag) !== undefined) ? translation.tags : undefined;
  const attachmentTitles = translation.attachments ?? {};

  const title = filled(translation.title) ?? item.title;
  const summary = filled(translation.summary) ?? item.summary;
  const shareOwn: Share = { ...standpoint?.share, ...definedOnly(translation.share ?? {}) };
  const image: ShareImage | undefined =
    shareOwn.image ?? (item.image ? { url: item.image, alt: '' } : undefined);

  // Item-level `expired` is no JSON Feed field; it is still read (the validator warns).
  const expired = Boolean(standpoint?.expired ?? item.expired ?? feed.expired);

  return {
    item,
    feed,
    lang: contentLang,
    ownLang,
    feedTitle: feed.title,
    feedLang: feed.language ?? '',
    homePageUrl: feed.home_page_url,
    linkBase: item.url ?? feed.home_page_url ?? feed.feed_url ?? (sourceUrl || (context.pageUrl ?? '')),
    sourceUrl,
    feedUrl: sourceUrl || (feed.feed_url ?? ''),
    title,
    summary,
    contentText: translatedBody ? filled(translation.content_text) : item.content_text,
    contentHtml: translatedBody ? filled(translation.content_html) : item.content_html,
    demands: (standpoint?.demands ?? []).map((demand) => {
      const translated = demandTranslations[demand.id] ?? {};
      return {
        ...demand,
        ...definedOnly(translated),
        lang: translated.text !== undefined && match ? match.tag : ownLang,
        noteLang: translated.note !== undefined && match ? match.tag : ownLang,
      };
    }),
    signatories: standpoint?.signatories,
    signatoryCount: signatoryCount(standpoint?.signatories),
    // The index only matters when there are problems: a clean feed costs no search.
    signatoryCountRejected: problems.length > 0 && countWasRejected(problems, feed.items.indexOf(item)),
    share: {
      ...shareOwn,
      url: shareOwn.url ?? item.url ?? item.external_url ?? feed.home_page_url,
      title: shareOwn.title ?? title,
      text: shareOwn.text ?? summary,
      image,
    },
    join: expired ? undefined : localizeJoin(standpoint?.join, translation.join, match?.tag, ownLang),
    expired,
    authors: authorsOf(item) ?? authorsOf(feed) ?? [],
    tags: translatedTags ?? item.tags ?? [],
    attachments: (item.attachments ?? []).map((attachment) => {
      const translated = filled(attachmentTitles[attachment.url]);
      return { ...attachment, ...(translated ? { title: translated } : {}), titleLang: translated ? contentLang : ownLang };
    }),
    langs: {
      title: filled(translation.title) !== undefined ? contentLang : ownLang,
      summary: filled(translation.summary) !== undefined ? contentLang : ownLang,
      content: translatedBody ? contentLang : ownLang,
      tags: translatedTags ? contentLang : ownLang,
    },
  };
}

/**
 * The join link with a translation's address and words over the item's own
 * (`tag`: the translation's language; it has no join without one); a blank
 * text counts as none.
 */
function localizeJoin(own: Join | undefined, translated: Translation['join'], tag: string | undefined, ownLang: string): LocalizedJoin | undefined {
  if (!own) return undefined;
  const translatedText = filled(translated?.text);
  const text = translatedText ?? filled(own.text);
  return {
    url: translated?.url ?? own.url,
    ...(text === undefined ? {} : { text }),
    lang: text === undefined ? '' : translatedText !== undefined && tag !== undefined ? tag : ownLang,
  };
}

/** `authors`, else 1.0's `author` as a list of one; undefined when neither has a name or URL. */
function authorsOf(source: Pick<FeedItem, 'authors' | 'author'>): readonly Author[] | undefined {
  const authors = source.authors ?? (source.author ? [source.author] : undefined);
  return authors?.some((author) => author.name || author.url) ? authors : undefined;
}

const filled = (text: string | undefined): string | undefined => (text !== undefined && text.trim() !== '' ? text : undefined);

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
