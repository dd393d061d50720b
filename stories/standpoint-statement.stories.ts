import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/standpoint-statement/define.js';
import type { StandpointStatement } from '../src/components/standpoint-statement/standpoint-statement.js';
import { emptyStandpointFeed, hostileStrings, hostileUrls, plainFeed } from '../tests/fixtures/feeds';
import {
  longWord,
  refreshedSampleFeed,
  rightToLeftFeed,
  sampleWith,
  sampleWithStandpoint,
  veryLongTextFeed,
} from './fixtures/feeds.js';
import { darkPage, narrowDecorator, refreshWith, type WidgetArgs } from './helpers.js';
import { widgetStories } from './widget-stories.js';

type Args = WidgetArgs<
  StandpointStatement,
  'theme' | 'headingLevel' | 'collapsed' | 'previewParagraphs' | 'src' | 'item' | 'strings'
>;

const hostileFeed = sampleWith({
  title: `${hostileStrings[0]} ${longWord}`,
  summary: hostileStrings.slice(0, 8).join(' '),
  content_text: undefined,
  content_html: `<h1>Hostile markup, sanitised</h1><p>Only text, emphasis, lists and safe links survive.</p>${hostileStrings.join('')}<p><a href="${hostileUrls[0]}">a javascript: link, unwrapped</a> · https://example.org/${'long-path/'.repeat(10)}</p>`,
  tags: [longWord, hostileStrings[6]!],
  _standpoint: undefined,
});

const htmlFeed = sampleWith({
  content_text: undefined,
  content_html:
    '<p>On 13 August 2025, Ukrainian civil-society organisations issued a <strong>joint standpoint</strong> (sample text).</p><h2>What they ask</h2><p>Any ceasefire or peace talks must deal with the humanitarian problems of people in the temporarily occupied territories.</p><ol><li>Release every civilian held.</li><li>End enforced disappearances.</li><li>Open humanitarian corridors.</li></ol><blockquote><p>The demands must be enshrined in signed documents.</p></blockquote><p>Details: <a href="https://example.org/standpoint/2025-08-13">example.org</a>.</p>',
});

/** What a webmaster puts inside the element: readers see it until the widget has loaded, and if it cannot. */
const fallbackLink = () =>
  html`<p><a href="https://example.org/standpoint/2025-08-13">Read the joint standpoint (sample)</a></p>`;

const base = widgetStories<Args>('standpoint-statement', {
  fallback: fallbackLink,
  args: { 'heading-level': 2, collapsed: false, 'preview-paragraphs': 1, item: '' },
  argTypes: { 'preview-paragraphs': { control: { type: 'number', min: 0 } } },
});

export default { title: 'Widgets/Statement', ...base.meta } satisfies Meta<Args>;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: the whole standpoint, blending into the page. */
export const Loaded: Story = base.Loaded();

/** A reader in Ukrainian: the translation, dates and the Ukrainian PDF offered first. */
export const Ukrainian: Story = base.Ukrainian();

/** The feed is on its way and the page gave no fallback: a short "Loading…" in the reader's language. */
export const Loading: Story = base.Loading();

/** The feed is on its way: the webmaster's fallback link stays until the widget has loaded. */
export const LoadingWithFallback: Story = base.LoadingWithFallback();

/** An item with no text yet: a clear message instead of an empty block. */
export const Empty: Story = base.Empty({ ...emptyStandpointFeed, items: [{ ...emptyStandpointFeed.items[0], content_text: '' }] });

/** The feed could not be used and the page gave no fallback: the default message. */
export const FeedError: Story = base.FeedError();

/** The feed could not be used: the webmaster's fallback link is shown, so the reader still gets to the standpoint. */
export const FeedErrorWithFallback: Story = base.FeedErrorWithFallback({ lang: 'uk' });

/** A refresh brings a revised text a second after the first render: the new paragraph and "updated" date appear. */
export const Refreshed: Story = { args: { theme: 'light' }, play: refreshWith(refreshedSampleFeed) };

/** Hostile markup and URLs: only safe, readable HTML is left; long words wrap. */
export const Hostile: Story = { ...base.Hostile(hostileFeed), tags: ['!autodocs'] };

/** A long text in a collapsed view: a preview and "Read more". */
export const LongText: Story = { args: { collapsed: true, 'preview-paragraphs': 2 } };

/**
 * A whole report pasted in: 60 paragraphs, words wider than a phone and very long links, in a 280 px column.
 * Left off the docs page, which renders every story at once.
 */
export const VeryLongText: Story = {
  args: { feed: veryLongTextFeed(), theme: 'light' },
  decorators: [narrowDecorator],
  tags: ['!autodocs'],
};

/** A 280 px sidebar column on an old phone, in Ukrainian. */
export const Narrow: Story = base.Narrow({ collapsed: true });

/** `theme="light"`: its own white surface and border, whatever the page's colours. */
export const Light: Story = base.Light();

/** A dark site. */
export const Dark: Story = base.Dark();

/** A dark site whose webmaster set no `theme`: the widget takes the page's colours, and its own stay readable. */
export const DarkSiteWithoutTheme: Story = base.DarkSiteWithoutTheme({ lang: 'uk' });

/** `theme="auto"`: light or dark as the reader's system is set (switch your system's dark mode to see it change). */
export const Auto: Story = base.Auto();

/** Collapsed to the summary and the first paragraph. */
export const Collapsed: Story = { args: { collapsed: true } };

/** Collapsed, in Ukrainian, on a dark site. */
export const CollapsedUkrainianDark: Story = { args: { collapsed: true, lang: 'uk', theme: 'dark' }, globals: darkPage };

/** Under a page's own h2: the title becomes an h3 and the text's headings follow. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3, feed: htmlFeed, theme: 'light' } };

/** The full text as HTML (content_html), sanitised: headings, lists, quotes and links. */
export const WithHtml: Story = { args: { feed: htmlFeed } };

/** A campaign that has closed says so plainly. */
export const ClosedCampaign: Story = { args: { feed: sampleWithStandpoint({ expired: true }), theme: 'light' } };

/** An ordinary JSON Feed (no `_standpoint`): the item renders in full. */
export const PlainJsonFeed: Story = { args: { feed: plainFeed } };

/** Another item of the same feed, chosen with `item` (here the coalition's briefing). */
export const OtherItem: Story = { args: { item: 'briefing-2025-08-27', 'heading-level': 3 } };

/** Arabic content on a left-to-right page: the translated text runs right to left; the interface falls back to English. */
export const RightToLeftContent: Story = { args: { lang: 'ar', feed: rightToLeftFeed(), theme: 'light' } };

/** A right-to-left page (`dir="rtl"`): the whole widget mirrors, dates and buttons included. */
export const RightToLeftPage: Story = base.RightToLeftPage({ collapsed: true });

/** A static site: the feed is an inline `<script type="application/json">` child, so the widget makes no request. */
export const InlineFeed: Story = base.InlineFeed({ collapsed: true });

/** The webmaster's own words for interface strings (`strings` attribute). */
export const CustomStrings: Story = {
  args: { collapsed: true, strings: { statementReadMore: 'Read the whole standpoint', statementShowLess: 'Fold it away' } },
};
