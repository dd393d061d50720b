import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/standpoint-related/define.js';
import type { StandpointRelated } from '../src/components/standpoint-related/standpoint-related.js';
import type { Feed } from '../src/feed/types.js';
import { hostileStrings } from '../tests/fixtures/feeds';
import { longWord, rightToLeftFeed, sampleFeed } from './fixtures/feeds.js';
import type { WidgetArgs } from './helpers.js';
import { widgetStories } from './widget-stories.js';

type Args = WidgetArgs<StandpointRelated, 'theme' | 'limit' | 'headingLevel' | 'item' | 'src' | 'strings'>;

/** What a webmaster puts inside the element: readers see it until the list has loaded, and if it cannot. */
const fallbackLink = () => html`<p><a href="https://example.org/standpoint/">More materials (sample)</a></p>`;

/** The sample feed with `items` changed (a fresh copy). */
function sampleWithItems(change: (items: Feed['items']) => Feed['items']): Feed {
  const feed = structuredClone(sampleFeed);
  feed.items = change(feed.items);
  return feed;
}

/** Images from the same server as the page (Storybook serves demo/), so nothing leaves this machine. */
const withImages = sampleWithItems((items) => items.map((item, index) => (index > 0 ? { ...item, image: '/feeds/favicon.svg' } : item)));

/** The Arabic sample with the other materials' images, for a right-to-left page. */
const rightToLeftWithImages: Feed = { ...rightToLeftFeed(), items: [rightToLeftFeed().items[0]!, ...withImages.items.slice(1)] };

const onlyTheStandpoint = sampleWithItems((items) => items.slice(0, 1));

const hostileFeed = sampleWithItems((items) => [
  items[0]!,
  ...hostileStrings.slice(0, 6).map((title, index) => ({
    id: `hostile-${index}`,
    url: index % 2 === 0 ? 'https://example.org/materials' : 'javascript:window.__xss()',
    title: `${title} ${longWord}`,
    summary: title,
    date_published: `2025-09-0${index + 1}T10:00:00Z`,
  })),
]);

const base = widgetStories<Args>('standpoint-related', {
  fallback: fallbackLink,
  args: { limit: 3, 'heading-level': 2 },
  argTypes: { limit: { control: { type: 'number', min: 1 } } },
});

export default { title: 'Widgets/Related', ...base.meta } satisfies Meta<Args>;
type Story = StoryObj<Args>;

/** A reader at the end of the standpoint: the feed's other materials, newest first, each standpoint with its demand progress. */
export const Loaded: Story = base.Loaded();

/** A reader in Ukrainian: translated titles where the feed has them, dates and the badge in Ukrainian. */
export const Ukrainian: Story = base.Ukrainian();

/** The feed has nothing but the standpoint: a clear message, and the link to more. */
export const Empty: Story = base.Empty(onlyTheStandpoint);

/** The feed is on its way and the page gave no fallback: the widget's own loading state. */
export const Loading: Story = base.Loading();

/** The feed is on its way: the webmaster's fallback link stays until the list has loaded. */
export const LoadingWithFallback: Story = base.LoadingWithFallback();

/** The feed could not be used and the page gave no fallback: the default message. */
export const FeedError: Story = base.FeedError();

/** The feed could not be used: the webmaster's fallback link is shown instead. */
export const FeedErrorWithFallback: Story = base.FeedErrorWithFallback({ lang: 'uk' });

/** Hostile and very long titles stay inert text and wrap; unsafe links are dropped. */
export const Hostile: Story = { ...base.Hostile(hostileFeed, { limit: 6 }), tags: ['!autodocs'] };

/** A 280 px sidebar column on an old phone: each image above its text. */
export const Narrow: Story = base.Narrow({ feed: withImages });

/** `theme="light"`: its own white surface and border, whatever the page's colours. */
export const Light: Story = base.Light({ feed: withImages });

/** A dark site. */
export const Dark: Story = base.Dark({ feed: withImages });

/** A dark site whose webmaster set no `theme`: the widget takes the page's colours, and its own stay readable. */
export const DarkSiteWithoutTheme: Story = base.DarkSiteWithoutTheme({ feed: withImages });

/** `theme="auto"`: light or dark as the reader's system is set. */
export const Auto: Story = base.Auto();

/** A `dir="rtl"` page with the standpoint in Arabic: the other materials are in English and keep left to right, as does the English interface. */
export const RightToLeftPage: Story = base.RightToLeftPage({ feed: rightToLeftWithImages });

/** Items with an image from the feed: lazy, without referrer, beside the text in a wide column. */
export const WithImages: Story = { args: { theme: 'light', feed: withImages } };

/** `limit="1"`: only the newest other material. */
export const One: Story = { args: { limit: 1 } };

/** `item` names the briefing: the list leaves it out and offers the standpoint instead. */
export const OnTheBriefingPage: Story = { args: { item: 'briefing-2025-08-27' } };

/** A static site: the feed is an inline `<script type="application/json">` child, so the page makes no request. */
export const InlineFeed: Story = base.InlineFeed();
