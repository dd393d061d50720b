import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sampleFeed from '../demo/sample-feed.json';
import '../src/components/standpoint-demands/define.js';
import type { StandpointDemands } from '../src/components/standpoint-demands/standpoint-demands.js';
import type { Demand } from '../src/feed/types';
import { emptyStandpointFeed, hostileStrings } from '../tests/fixtures/feeds';
import { argTypesFor, darkPage, narrowDecorator, renderWidget, type WidgetArgs } from './helpers.js';

type Args = WidgetArgs<StandpointDemands, 'theme' | 'status' | 'compact' | 'legend' | 'headingLevel'>;

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
    'heading-level': 2,
    feed: sampleFeed,
  },
  argTypes: argTypesFor('standpoint-demands', {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  }),
  render: renderWidget<Args>('standpoint-demands'),
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
export const LongText: Story = { args: { feed: hostileFeed }, decorators: [narrowDecorator] };

/** A 280 px sidebar column on an old phone. */
export const Narrow: Story = { args: { lang: 'uk', theme: 'auto' }, decorators: [narrowDecorator] };

/** A dark site. */
export const Dark: Story = { args: { theme: 'dark', legend: true }, globals: darkPage };

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
