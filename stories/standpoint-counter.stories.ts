import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sampleFeed from '../demo/sample-feed.json';
import '../src/components/standpoint-counter/define.js';
import type { StandpointCounter } from '../src/components/standpoint-counter/standpoint-counter.js';
import { emptyStandpointFeed, hostileStrings, hugeFeed } from '../tests/fixtures/feeds';
import { argTypesFor, darkPage, narrowDecorator, renderWidget, type WidgetArgs } from './helpers.js';

type Args = WidgetArgs<StandpointCounter, 'theme' | 'variant' | 'list' | 'chart' | 'goal' | 'pageSize' | 'refresh'>;

/** The sample feed with its signatories changed, as a refresh would bring them. */
function sampleWithSignatories(change: Record<string, unknown>): unknown {
  const feed = structuredClone(sampleFeed);
  const standpoint = feed.items[0]._standpoint as { signatories?: Record<string, unknown> };
  standpoint.signatories = { ...standpoint.signatories, ...change };
  return feed;
}

const hostileFeed = sampleWithSignatories({
  count: 1234567,
  list: hostileStrings.slice(0, 12).map((name, index) => ({
    name: `${name} Averyveryveryverylongorganisationnamewithoutanyspacesthatmustwrap`,
    kind: 'organization',
    verified: index % 2 === 0,
    url: index % 3 === 0 ? 'javascript:window.__xss()' : 'https://example.org/org',
  })),
});

const meta: Meta<Args> = {
  title: 'Widgets/Counter',
  component: 'standpoint-counter',
  args: {
    lang: 'en',
    theme: '',
    variant: 'full',
    list: false,
    chart: false,
    'page-size': 50,
    feed: sampleFeed,
  },
  argTypes: argTypesFor('standpoint-counter', {
    goal: { control: { type: 'number', min: 0 } },
    'page-size': { control: { type: 'number', min: 1 } },
    refresh: { control: { type: 'number', min: 0 } },
  }),
  render: renderWidget<Args>('standpoint-counter'),
};

export default meta;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: the number, the goal and the time of the last update. */
export const Loaded: Story = {};

/** A reader in Ukrainian: number format and all four plural forms. */
export const Ukrainian: Story = { args: { lang: 'uk', theme: 'light', list: true, chart: true } };

/** The feed gives no count and no list yet: a clear message, not a zero. */
export const Empty: Story = { args: { feed: emptyStandpointFeed } };

/** The feed could not be used: the light-DOM fallback (here, the default message) is shown. */
export const FeedError: Story = { args: { feed: { version: 'not a feed' } } };

/** Hostile and very long names stay inert text and wrap; unsafe links are dropped. */
export const Hostile: Story = { args: { feed: hostileFeed, list: true }, decorators: [narrowDecorator] };

/** A 280 px sidebar column on an old phone. */
export const Narrow: Story = { args: { lang: 'uk', theme: 'auto', list: true, chart: true }, decorators: [narrowDecorator] };

/** A dark site. */
export const Dark: Story = { args: { theme: 'dark', list: true, chart: true }, globals: darkPage };

/** One line for sidebars and footers: number and label. */
export const Compact: Story = { args: { variant: 'compact' } };

/** The compact line in Ukrainian on a dark site. */
export const CompactUkrainianDark: Story = { args: { variant: 'compact', lang: 'uk', theme: 'dark' }, globals: darkPage };

/** The names of the signatories, a page at a time. */
export const WithList: Story = { args: { list: true, 'page-size': 10 } };

/** 10 000 names: only the first page is rendered until the reader asks for all. */
export const TenThousandNames: Story = { args: { feed: hugeFeed(), list: true, chart: true } };

/** A growth chart with its text alternative (and a data table for screen readers). */
export const WithChart: Story = { args: { chart: true, theme: 'light' } };

/** More have signed than the goal: the bar is full, the real number is shown. */
export const GoalReached: Story = { args: { feed: sampleWithSignatories({ count: 312 }), theme: 'light' } };

/** A goal set by the webmaster, not the feed. */
export const OwnGoal: Story = { args: { goal: 1000 } };

/** Live: the pause control (WCAG 2.2.2); a second later a refresh brings 40 more and the number counts up. */
export const LiveUpdate: Story = {
  args: { refresh: 60, theme: 'light' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('standpoint-counter');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (element) element.feed = sampleWithSignatories({ count: 188, updated: new Date().toISOString() });
  },
};
