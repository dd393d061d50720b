import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import sampleFeed from '../demo/sample-feed.json';
import '../src/components/standpoint-demands/define.js';
import type { Demand } from '../src/feed/types';
import { emptyStandpointFeed, hostileStrings } from '../tests/fixtures/feeds';

interface Args {
  lang: 'en' | 'uk';
  theme: '' | 'light' | 'dark' | 'auto';
  status: string;
  compact: boolean;
  legend: boolean;
  headingLevel: number;
  feed: unknown;
  width: string;
}

/** A copy of the sample feed whose first item's demands `change` rewrites (statuses as a refresh would bring them). */
function sampleWith(change: (demands: Demand[]) => Demand[]): unknown {
  const feed = structuredClone(sampleFeed) as { items: { _standpoint: { demands: Demand[] } }[] };
  const standpoint = feed.items[0]._standpoint;
  standpoint.demands = change(standpoint.demands);
  return feed;
}

const sampleWithStatuses = (statuses: Record<string, string>): unknown =>
  sampleWith((demands) => demands.map((demand) => ({ ...demand, status: statuses[demand.id] ?? demand.status })));

const hostileFeed = sampleWith(([first]) =>
  hostileStrings.slice(0, 8).map((text, index) => ({
    ...first,
    id: `hostile-${index}`,
    text: `${text} Averyveryveryverylongwordwithoutanyspacesthatmustwrapinsteadofwideningthecolumn`,
    note: text,
  })),
);

const meta: Meta<Args> = {
  title: 'Widgets/Demands',
  component: 'standpoint-demands',
  args: {
    lang: 'en',
    theme: '',
    status: '',
    compact: false,
    legend: false,
    headingLevel: 2,
    feed: sampleFeed,
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'uk'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    status: { control: 'text', description: 'Statuses to show, e.g. "enshrined implemented"' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    feed: { control: false },
    width: { control: false },
  },
  render: (args) => {
    const element = html`<standpoint-demands
      lang=${args.lang}
      theme=${args.theme || nothing}
      status=${args.status || nothing}
      ?compact=${args.compact}
      ?legend=${args.legend}
      heading-level=${args.headingLevel}
      .feed=${args.feed}
    ></standpoint-demands>`;
    return args.width ? html`<div class=${`story-width-${args.width}`}>${element}</div>` : element;
  },
  decorators: [
    (story) => html`<style>
        .story-width-280 {
          inline-size: 280px;
        }
      </style>
      ${story()}`,
  ],
};

export default meta;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: the demands blend into the page. */
export const Loaded: Story = {};

/** A reader in Ukrainian: translated demands, status words and plurals. */
export const Ukrainian: Story = { args: { lang: 'uk', theme: 'light' } };

/** The standpoint lists no demands yet: a clear message, not a blank box. */
export const Empty: Story = { args: { feed: emptyStandpointFeed } };

/** The feed could not be used: the light-DOM fallback (here, the default message) is shown. */
export const FeedError: Story = { args: { feed: { version: 'not a feed' } } };

/** Hostile and very long text from a feed stays inert text and wraps. */
export const LongText: Story = { args: { feed: hostileFeed, width: '280' } };

/** A 280 px sidebar column on an old phone. */
export const Narrow: Story = { args: { lang: 'uk', theme: 'auto', width: '280' } };

/** A dark site. */
export const Dark: Story = { args: { theme: 'dark', legend: true } };

/** Only the demands enshrined in an agreement or implemented. */
export const OnlyEnshrined: Story = {
  args: {
    status: 'enshrined implemented',
    feed: sampleWithStatuses({ 'release-civilians': 'implemented' }),
  },
};

/** One line per demand: icon and text. */
export const Compact: Story = { args: { compact: true, legend: true } };

/** The legend explains every status. */
export const WithLegend: Story = { args: { legend: true, theme: 'light' } };

/** A newer feed brings a status this version does not know: shown as written, with a neutral icon. */
export const UnknownStatus: Story = {
  args: { feed: sampleWithStatuses({ 'end-disappearances': 'ratified' }) },
};
