import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/standpoint-embed/define.js';
import type { StandpointEmbed } from '../src/components/standpoint-embed/standpoint-embed.js';
import { emptyStandpointFeed, hostileStrings } from '../tests/fixtures/feeds';
import { longWord, sampleWith } from './fixtures/feeds.js';
import { darkSiteWithoutTheme, type WidgetArgs } from './helpers.js';
import { widgetStories } from './widget-stories.js';

type Args = WidgetArgs<StandpointEmbed, 'theme' | 'sections' | 'headingLevel' | 'collapsed' | 'item' | 'refresh' | 'src' | 'strings'>;

/** What a webmaster puts inside the element: readers see it until the embed has loaded, and if it cannot. */
const fallbackLink = () => html`<p><a href="https://example.org/standpoint/2025-08-13">Read the joint standpoint (sample)</a></p>`;

/** A wide column of a page (960 px): text beside counter and share, whatever the window's width. */
const wideDecorator: Decorator = (story) => html`<div style="inline-size: 960px; max-inline-size: none">${story()}</div>`;

const hostileFeed = sampleWith({
  title: `${hostileStrings[0]} ${longWord}`,
  summary: hostileStrings.slice(1, 6).join(' '),
});

const base = widgetStories<Args>('standpoint-embed', {
  fallback: fallbackLink,
  args: { sections: '', 'heading-level': 2 },
  argTypes: {
    sections: { control: 'text', description: 'Parts to show, in order, e.g. "statement demands counter share"' },
    refresh: { control: { type: 'number', min: 0 } },
  },
});

export default { title: 'Widgets/Embed', ...base.meta } satisfies Meta<Args>;
type Story = StoryObj<Args>;

/** A reader on an NGO's page: the whole standpoint in one element, laid out by the width it is given. */
export const Loaded: Story = base.Loaded();

/** A reader in Ukrainian, in a wide column: the text beside counter and share, every part in Ukrainian. */
export const Ukrainian: Story = { ...base.Ukrainian(), decorators: [wideDecorator] };

/** A wide column (960 px): two columns, decided by the embed's own width. */
export const Wide: Story = { args: { theme: 'light' }, decorators: [wideDecorator] };

/**
 * A 280 px column on an old phone: one column, in the order of `sections`, the statement `collapsed` (a preview and
 * "Read more"), so that the count and the share card come after a few paragraphs instead of the whole text.
 */
export const Narrow: Story = base.Narrow({ collapsed: true });

/** A dark site. */
export const Dark: Story = { ...base.Dark(), decorators: [wideDecorator] };

/** A dark site whose webmaster set no `theme`: the widget takes the page's colours, and its own stay readable. */
export const DarkSiteWithoutTheme: Story = { ...base.DarkSiteWithoutTheme(), decorators: [wideDecorator, darkSiteWithoutTheme] };

/** The feed is on its way and the page gave no fallback: each part shows its own loading state. */
export const Loading: Story = base.Loading();

/** The feed is on its way: the webmaster's fallback link stays until the standpoint has loaded. */
export const LoadingWithFallback: Story = base.LoadingWithFallback();

/** The standpoint has no text, demands or signatories yet: each part says so, none is a blank box. */
export const Empty: Story = base.Empty(emptyStandpointFeed);

/** The feed could not be used and the page gave no fallback: the default message. */
export const FeedError: Story = base.FeedError();

/** The feed could not be used: the webmaster's fallback link is shown instead of every part. */
export const FeedErrorWithFallback: Story = base.FeedErrorWithFallback({ lang: 'uk' });

/** `theme="light"`: every part on its own white surface, whatever the page's colours. */
export const Light: Story = { ...base.Light(), decorators: [wideDecorator] };

/** `theme="auto"`: light or dark as the reader's system is set. */
export const Auto: Story = base.Auto();

/** Arabic content on a `dir="rtl"` page: columns and every part mirror; the interface falls back to English. */
export const RightToLeftPage: Story = base.RightToLeftPage();

/** Hostile and very long text from a feed stays inert text and wraps in every part. */
export const Hostile: Story = { ...base.Hostile(hostileFeed), tags: ['!autodocs'] };

/** `sections="counter share"`: only the count and the share card, e.g. for a sidebar. */
export const CounterAndShare: Story = { args: { sections: 'counter share', theme: 'light' } };

/** `sections="statement demands"`: only the text, one column at any width. */
export const TextOnly: Story = { args: { sections: 'statement demands' }, decorators: [wideDecorator] };

/** `sections="counter share statement"`: counter and share come first, on top in one column and at the start of the line in two. */
export const SideFirst: Story = { args: { sections: 'counter share statement', theme: 'light' }, decorators: [wideDecorator] };

/** A static site: the feed is an inline `<script type="application/json">` child, so the page makes no request. */
export const InlineFeed: Story = base.InlineFeed();
