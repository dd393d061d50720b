import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/standpoint-share/define.js';
import type { StandpointShare } from '../src/components/standpoint-share/standpoint-share.js';
import { hostileStrings, hugeFeed, joinFeed, plainFeed } from '../tests/fixtures/feeds';
import { refreshedSampleFeed, sampleWithShare, sampleWithStandpoint } from './fixtures/feeds.js';
import { darkPage, refreshWith, type WidgetArgs } from './helpers.js';
import { widgetStories } from './widget-stories.js';

type Args = WidgetArgs<
  StandpointShare,
  'theme' | 'networks' | 'utmSource' | 'utmMedium' | 'utmCampaign' | 'noEmbed' | 'headingLevel' | 'src' | 'strings'
>;

/** What a webmaster puts inside the element: readers see it until the widget has loaded, and if it cannot. */
const fallbackLink = () =>
  html`<p><a href="https://example.org/standpoint/2025-08-13">Share the standpoint (sample)</a></p>`;

const hostileFeed = sampleWithShare({
  title: `${hostileStrings[0]} Averyveryveryverylongtitlewithoutanyspacesthatmustwrapinsteadofoverflowing`,
  text: hostileStrings.slice(0, 20).join(' '),
  hashtags: ['<script>', 'Права людей & мир 🕊️'],
});

/** A feed with nothing to share: no address anywhere. */
const noAddressFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Draft',
  items: [{ id: 'draft', title: 'A standpoint without a web address yet', content_text: 'Draft.' }],
};

const base = widgetStories<Args>('standpoint-share', {
  fallback: fallbackLink,
  args: { networks: '', 'utm-source': '', 'utm-medium': '', 'utm-campaign': '', 'no-embed': false, 'heading-level': 2 },
  argTypes: { 'heading-level': { control: { type: 'number', min: 2, max: 6 } } },
});

export default { title: 'Widgets/Share', ...base.meta } satisfies Meta<Args>;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: copy the link, share to a network, or embed it. */
export const Loaded: Story = base.Loaded();

/** A reader in Ukrainian: the translated share text, interface and plural. */
export const Ukrainian: Story = base.Ukrainian();

/** The feed is on its way and the page gave no fallback: a short "Loading…" in the reader's language. */
export const Loading: Story = base.Loading();

/** The feed is on its way: the webmaster's fallback link stays until the widget has loaded. */
export const LoadingWithFallback: Story = base.LoadingWithFallback();

/** The feed gives no web address to share: a clear message instead of dead buttons. */
export const Empty: Story = base.Empty(noAddressFeed);

/** The feed could not be used and the page gave no fallback: the default message. */
export const FeedError: Story = base.FeedError();

/** The feed could not be used: the webmaster's fallback link is shown instead. */
export const FeedErrorWithFallback: Story = base.FeedErrorWithFallback({ lang: 'uk' });

/** A refresh a second after the first render brings a new share text and count; links and embed code follow. */
export const Refreshed: Story = { args: { theme: 'light' }, play: refreshWith(refreshedSampleFeed) };

/** Hostile and very long share text stays inert text and wraps in a narrow column. */
export const Hostile: Story = { ...base.Hostile(hostileFeed), tags: ['!autodocs'] };

/** 10 000 signatories: the count in the card, formatted for the reader. Left off the docs page, which renders every story at once. */
export const TenThousandSignatories: Story = { args: { feed: hugeFeed(), lang: 'uk' }, tags: ['!autodocs'] };

/** A 280 px sidebar column on an old phone: buttons and network links wrap. */
export const Narrow: Story = base.Narrow();

/** `theme="light"`: its own white surface and border, whatever the page's colours. */
export const Light: Story = base.Light();

/** A dark site. */
export const Dark: Story = base.Dark();

/** A dark site whose webmaster set no `theme`: the widget takes the page's colours, and its own stay readable. */
export const DarkSiteWithoutTheme: Story = base.DarkSiteWithoutTheme({ lang: 'uk' });

/** `theme="auto"`: light or dark as the reader's system is set. */
export const Auto: Story = base.Auto();

/**
 * A right-to-left page with an Arabic share text: buttons, icons and links mirror. Open issue: English
 * interface text with numbers is not yet isolated from the page's direction ("148 signatories" is reordered).
 */
export const RightToLeftPage: Story = base.RightToLeftPage();

/** Ukrainian on a dark site. */
export const UkrainianDark: Story = { args: { lang: 'uk', theme: 'dark' }, globals: darkPage };

/** Only the networks the webmaster lists, in that order (`networks="telegram viber email fediverse"`). */
export const ChosenNetworks: Story = { args: { networks: 'telegram viber email fediverse' } };

/** Campaign parameters on every shared URL, only because the webmaster set them (look at the links' addresses). */
export const CampaignParameters: Story = { args: { 'utm-source': 'partner-site', 'utm-medium': 'share-card', 'utm-campaign': 'peace-2025' } };

/** Under a page's own h2: the card's title is a level-3 heading. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3, networks: 'telegram email' } };

/** Without the embed disclosure (`no-embed`). */
export const WithoutEmbed: Story = { args: { 'no-embed': true } };

/** The embed code open, ready for a coalition partner to copy. */
export const EmbedOpen: Story = {
  args: { theme: 'light' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('standpoint-share');
    await element?.updateComplete;
    const details = element?.shadowRoot?.querySelector('details');
    if (details) details.open = true;
  },
};

/** The browser refused the clipboard: the link is selected in a field, with a hint. */
export const CopyRefused: Story = {
  args: { lang: 'uk', theme: 'light' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('standpoint-share');
    await element?.updateComplete;
    // Refuse once, as an insecure page would, then give the browser's clipboard back.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    element?.shadowRoot?.querySelector<HTMLButtonElement>('[part="actions"] button')?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  },
};

/** An ordinary JSON Feed item with no `_standpoint`: its own title and address are shared, without a count. */
export const PlainFeedItem: Story = { args: { feed: plainFeed } };

/** A static site: the feed is an inline `<script type="application/json">` child, so the widget makes no request. */
export const InlineFeed: Story = base.InlineFeed({ networks: 'telegram viber email' });

/** The webmaster's own words for interface strings (`strings` attribute). */
export const CustomStrings: Story = {
  args: { strings: { shareCopyLink: 'Copy the address', shareEmbed: 'Put this on your organisation’s site' } },
};

/** The feed says how to join (`_standpoint.join`): a call to action beside the share buttons, "Join the standpoint" when the feed gives no words of its own. */
export const JoinLink: Story = { args: { feed: sampleWithStandpoint({ join: { url: 'https://example.org/standpoint/join' } }), theme: 'light' } };

/** The feed's own words for a mailto: link and their Ukrainian translation (sample text), on a dark site without a theme. */
export const JoinLinkUkrainian: Story = {
  args: { feed: joinFeed({ url: 'mailto:join@example.org', text: 'Add your organisation (sample)' }, { ukJoin: { text: 'Додайте свою організацію (зразок)' } }), lang: 'uk' },
  globals: darkPage,
};

