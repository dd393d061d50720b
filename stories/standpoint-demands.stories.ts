import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/standpoint-demands/define.js';
import type { StandpointDemands } from '../src/components/standpoint-demands/standpoint-demands.js';
import { emptyStandpointFeed, hostileStrings, hugeFeed } from '../tests/fixtures/feeds';
import { longUkrainianDemandFeed, refreshedSampleFeed, sampleWithDemands, sampleWithStatuses } from './fixtures/feeds.js';
import { narrowDecorator, refreshWith, type WidgetArgs } from './helpers.js';
import { widgetStories } from './widget-stories.js';

type Args = WidgetArgs<StandpointDemands, 'theme' | 'status' | 'compact' | 'legend' | 'headingLevel' | 'src' | 'strings'>;

const hostileFeed = sampleWithDemands(([first]) =>
  hostileStrings.slice(0, 8).map((text, index) => ({
    ...first!,
    id: `hostile-${index}`,
    text: `${text} Averyveryveryverylongwordwithoutanyspacesthatmustwrapinsteadofwideningthecolumn`,
    note: text,
  })),
);

/** What a webmaster puts inside the element: readers see it until the widget has loaded, and if it cannot. */
const fallbackLink = () =>
  html`<p><a href="https://example.org/standpoint/2025-08-13#demands">See the six demands (sample)</a></p>`;

const base = widgetStories<Args>('standpoint-demands', {
  fallback: fallbackLink,
  args: { status: '', compact: false, legend: false, 'heading-level': 2 },
});

export default { title: 'Widgets/Demands', ...base.meta } satisfies Meta<Args>;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: the demands blend into the page. */
export const Loaded: Story = base.Loaded();

/** A reader in Ukrainian: translated demands, status words and plurals. */
export const Ukrainian: Story = base.Ukrainian();

/** The feed is on its way and the page gave no fallback: a short "Loading…" in the reader's language. */
export const Loading: Story = base.Loading();

/** The feed is on its way: the webmaster's fallback link stays until the widget has loaded. */
export const LoadingWithFallback: Story = base.LoadingWithFallback();

/** The standpoint lists no demands yet: a clear message, not a blank box. */
export const Empty: Story = base.Empty(emptyStandpointFeed);

/** The feed could not be used and the page gave no fallback: the default message. */
export const FeedError: Story = base.FeedError();

/** The feed could not be used: the webmaster's fallback link is shown instead. */
export const FeedErrorWithFallback: Story = base.FeedErrorWithFallback({ lang: 'uk' });

/** A refresh a second after the first render moves two demands on: they are marked "just changed" and the change is announced. */
export const StatusChanges: Story = { args: { theme: 'light', legend: true }, play: refreshWith(refreshedSampleFeed) };

/** Hostile and very long text from a feed stays inert text and wraps. A check of trust, left off the docs page designers read. */
export const Hostile: Story = { ...base.Hostile(hostileFeed), tags: ['!autodocs'] };

/** A demand as coalitions really word it in Ukrainian (sample text): a long sentence, a legal reference, a long note, in a 280 px column. */
export const LongUkrainianDemand: Story = {
  args: { lang: 'uk', theme: 'light', feed: longUkrainianDemandFeed() },
  decorators: [narrowDecorator],
};

/** 200 demands in every status: one long ordered list, still one summary line. Left off the docs page, which renders every story at once. */
export const ManyDemands: Story = { args: { feed: hugeFeed(), compact: true }, tags: ['!autodocs'] };

/** A 280 px sidebar column on an old phone. */
export const Narrow: Story = base.Narrow();

/** `theme="light"`: its own white surface and border, whatever the page's colours. */
export const Light: Story = base.Light();

/** A dark site. */
export const Dark: Story = base.Dark({ legend: true });

/** A dark site whose webmaster set no `theme`: the widget takes the page's colours, and its own stay readable. */
export const DarkSiteWithoutTheme: Story = base.DarkSiteWithoutTheme({ legend: true });

/** `theme="auto"`: light or dark as the reader's system is set. */
export const Auto: Story = base.Auto({ legend: true });

/**
 * A right-to-left page with the demands translated into Arabic: the layout mirrors; the interface, which has no
 * Arabic strings, speaks English. Open issue: English text with numbers is not yet isolated from the page's
 * direction, so "1 of 6" and trailing full stops are reordered.
 */
export const RightToLeftPage: Story = base.RightToLeftPage();

/** Only the demands enshrined in an agreement or implemented (`status="enshrined implemented"`). */
export const OnlyEnshrined: Story = {
  args: {
    status: 'enshrined implemented',
    feed: sampleWithStatuses({ 'release-civilians': 'implemented' }),
  },
};

/** A status filter that no demand matches: a message, not an empty list. */
export const FilterMatchesNothing: Story = { args: { status: 'rejected' } };

/** One line per demand: icon and text. */
export const Compact: Story = { args: { compact: true, legend: true } };

/** The legend explains every status. */
export const WithLegend: Story = { args: { legend: true, theme: 'light' } };

/** Under a page's own h2: the widget's heading becomes an h3. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

/** A newer feed brings a status this version does not know: shown as written, with a neutral icon. */
export const UnknownStatus: Story = {
  args: { feed: sampleWithStatuses({ 'end-disappearances': 'ratified' }) },
};

/** A static site: the feed is an inline `<script type="application/json">` child, so the widget makes no request. */
export const InlineFeed: Story = base.InlineFeed({ lang: 'uk' });

/** The webmaster's own words for interface strings (`strings` attribute). */
export const CustomStrings: Story = { args: { strings: { demandsHeading: 'What we ask of the negotiators' } } };
