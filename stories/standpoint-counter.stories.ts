import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/standpoint-counter/define.js';
import type { StandpointCounter } from '../src/components/standpoint-counter/standpoint-counter.js';
import { emptyStandpointFeed, hostileStrings, hugeFeed, joinFeed } from '../tests/fixtures/feeds';
import { sampleWithSignatories, sampleWithStandpoint } from './fixtures/feeds.js';
import { darkPage, refreshWith, type WidgetArgs } from './helpers.js';
import { widgetStories } from './widget-stories.js';

type Args = WidgetArgs<
  StandpointCounter,
  'theme' | 'variant' | 'list' | 'chart' | 'goal' | 'pageSize' | 'refresh' | 'src' | 'strings'
>;

/** What a webmaster puts inside the element: readers see it until the widget has loaded, and if it cannot. */
const fallbackText = () => html`<p>148 signatories (sample)</p>`;

const hostileFeed = sampleWithSignatories({
  count: 1234567,
  list: hostileStrings.slice(0, 12).map((name, index) => ({
    name: `${name} Averyveryveryverylongorganisationnamewithoutanyspacesthatmustwrap`,
    kind: 'organization',
    verified: index % 2 === 0,
    url: index % 3 === 0 ? 'javascript:window.__xss()' : 'https://example.org/org',
  })),
});

const base = widgetStories<Args>('standpoint-counter', {
  fallback: fallbackText,
  args: { variant: 'full', list: false, chart: false, 'page-size': 20 },
  argTypes: {
    goal: { control: { type: 'number', min: 0 } },
    'page-size': { control: { type: 'number', min: 1 } },
    refresh: { control: { type: 'number', min: 0 } },
  },
});

export default { title: 'Widgets/Counter', ...base.meta } satisfies Meta<Args>;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: the number, the goal and the time of the last update. */
export const Loaded: Story = base.Loaded();

/** A reader in Ukrainian: number format and all four plural forms. */
export const Ukrainian: Story = base.Ukrainian({ list: true, chart: true });

/** The feed is on its way and the page gave no fallback: a short "Loading…" in the reader's language. */
export const Loading: Story = base.Loading();

/** The feed is on its way: the webmaster's fallback figure stays until the widget has loaded. */
export const LoadingWithFallback: Story = base.LoadingWithFallback();

/** The feed gives no count and no list yet: a clear message, not a zero. */
export const Empty: Story = base.Empty(emptyStandpointFeed);

/** The feed could not be used and the page gave no fallback: the default message. */
export const FeedError: Story = base.FeedError();

/** The feed could not be used: the webmaster's fallback figure is shown instead. */
export const FeedErrorWithFallback: Story = base.FeedErrorWithFallback({ lang: 'uk' });

/** Hostile and very long names stay inert text and wrap; unsafe links are dropped. */
export const Hostile: Story = { ...base.Hostile(hostileFeed, { list: true }), tags: ['!autodocs'] };

/** A 280 px sidebar column on an old phone. */
export const Narrow: Story = base.Narrow({ list: true, chart: true });

/** `theme="light"`: its own white surface and border, whatever the page's colours. */
export const Light: Story = base.Light({ chart: true });

/** A dark site. */
export const Dark: Story = base.Dark({ list: true, chart: true });

/** A dark site whose webmaster set no `theme`: the widget takes the page's colours, and its own stay readable. */
export const DarkSiteWithoutTheme: Story = base.DarkSiteWithoutTheme({ list: true, chart: true, refresh: 60 });

/** `theme="auto"`: light or dark as the reader's system is set. */
export const Auto: Story = base.Auto({ chart: true });

/**
 * A right-to-left page: number, bar, chart and list mirror; the interface falls back to English. Open issue:
 * English text with numbers is not yet isolated from the page's direction ("148 of 250" is reordered).
 */
export const RightToLeftPage: Story = base.RightToLeftPage({ list: true, chart: true, 'page-size': 10 });

/** One line for sidebars and footers: number and label. */
export const Compact: Story = { args: { variant: 'compact' } };

/** The compact line in Ukrainian on a dark site. */
export const CompactUkrainianDark: Story = { args: { variant: 'compact', lang: 'uk', theme: 'dark' }, globals: darkPage };

/** The names of the signatories, a page at a time. */
export const WithList: Story = { args: { list: true, 'page-size': 10 } };

/** 10 000 names: only the first page is rendered until the reader asks for all. Left off the docs page, which renders every story at once. */
export const TenThousandSignatories: Story = { args: { feed: hugeFeed(), list: true, chart: true }, tags: ['!autodocs'] };

/** A growth chart with its text alternative (and a data table for screen readers). */
export const WithChart: Story = { args: { chart: true, theme: 'light' } };

/** More have signed than the goal: the bar is full, the real number is shown. */
export const GoalReached: Story = { args: { feed: sampleWithSignatories({ count: 312 }), theme: 'light' } };

/** A goal set by the webmaster, not the feed. */
export const OwnGoal: Story = { args: { goal: 1000 } };

/** Live: the pause control (WCAG 2.2.2); a second later a refresh brings 40 more and the number counts up. */
export const LiveUpdate: Story = {
  args: { refresh: 60, theme: 'light' },
  play: refreshWith(() => sampleWithSignatories({ count: 188, updated: new Date().toISOString() })),
};

/** A static site: the feed is an inline `<script type="application/json">` child, so the widget makes no request. */
export const InlineFeed: Story = base.InlineFeed({ variant: 'compact' });

/** The webmaster's own words for interface strings (`strings` attribute): "organisations" instead of "signatories". */
export const CustomStrings: Story = {
  args: { strings: { signatories: { one: '{count} organisation', other: '{count} organisations' } } },
};

/** The feed says how to join (`_standpoint.join`): a call to action by the count, "Join the standpoint" when the feed gives no words of its own. */
export const JoinLink: Story = { args: { feed: sampleWithStandpoint({ join: { url: 'https://example.org/standpoint/join' } }), theme: 'light' } };

/** The feed's own words for a mailto: link and their Ukrainian translation (sample text), on a dark site without a theme. */
export const JoinLinkUkrainian: Story = {
  args: { feed: joinFeed({ url: 'mailto:join@example.org', text: 'Add your organisation (sample)' }, { ukJoin: { text: 'Додайте свою організацію (зразок)' } }), lang: 'uk' },
  globals: darkPage,
};

