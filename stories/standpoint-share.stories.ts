import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sampleFeed from '../demo/sample-feed.json';
import '../src/components/standpoint-share/define.js';
import type { StandpointShare } from '../src/components/standpoint-share/standpoint-share.js';
import { hostileStrings, plainFeed } from '../tests/fixtures/feeds';
import { argTypesFor, darkPage, narrowDecorator, renderWidget, type WidgetArgs } from './helpers.js';

type Args = WidgetArgs<
  StandpointShare,
  'theme' | 'networks' | 'utmSource' | 'utmMedium' | 'utmCampaign' | 'noEmbed' | 'headingLevel'
>;

/** The sample feed with its first item's share block changed. */
function sampleWithShare(change: Record<string, unknown>): unknown {
  const feed = structuredClone(sampleFeed);
  const standpoint = feed.items[0]._standpoint as { share?: Record<string, unknown> };
  standpoint.share = { ...standpoint.share, ...change };
  return feed;
}

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

const meta: Meta<Args> = {
  title: 'Widgets/Share',
  component: 'standpoint-share',
  args: {
    lang: 'en',
    theme: '',
    networks: '',
    'utm-source': '',
    'utm-medium': '',
    'utm-campaign': '',
    'no-embed': false,
    'heading-level': 2,
    feed: sampleFeed,
  },
  argTypes: argTypesFor('standpoint-share', {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  }),
  render: renderWidget<Args>('standpoint-share'),
};

export default meta;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: copy the link, share to a network, or embed it. */
export const Loaded: Story = {};

/** A reader in Ukrainian: the translated share text, interface and plural. */
export const Ukrainian: Story = { args: { lang: 'uk', theme: 'light' } };

/** The feed gives no web address to share: a clear message instead of dead buttons. */
export const Empty: Story = { args: { feed: noAddressFeed } };

/** The feed could not be used: the light-DOM fallback (here, the default message) is shown. */
export const FeedError: Story = { args: { feed: { version: 'not a feed' } } };

/** Hostile and very long share text stays inert text and wraps in a narrow column. */
export const Hostile: Story = { args: { feed: hostileFeed }, decorators: [narrowDecorator] };

/** A 280 px sidebar column on an old phone: buttons and network links wrap. */
export const Narrow: Story = { args: { lang: 'uk', theme: 'auto' }, decorators: [narrowDecorator] };

/** A dark site. */
export const Dark: Story = { args: { theme: 'dark' }, globals: darkPage };

/** Ukrainian on a dark site. */
export const UkrainianDark: Story = { args: { lang: 'uk', theme: 'dark' }, globals: darkPage };

/** Only the networks the webmaster lists, in that order (`networks="telegram viber email fediverse"`). */
export const ChosenNetworks: Story = { args: { networks: 'telegram viber email fediverse' } };

/** Campaign parameters on every shared URL, only because the webmaster set them (look at the links' addresses). */
export const CampaignParameters: Story = { args: { 'utm-source': 'partner-site', 'utm-medium': 'share-card', 'utm-campaign': 'peace-2025' } };

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
