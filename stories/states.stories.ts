import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { Theme } from '../src/base/standpoint-element.js';
import { emptyStandpointFeed } from '../tests/fixtures/feeds';
import { darkPage, darkSiteWithoutTheme, FEED_THAT_FAILS, FEED_THAT_NEVER_ARRIVES, holdFeedRequests } from './helpers.js';

interface Args {
  lang: string;
  theme: Theme | '';
  src: string;
  feed?: unknown;
}

const TAGS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-related', 'standpoint-embed'];

/** Every widget side by side in one state: each on its own feed URL, so each shows its state (not only the first of a feed). */
const render = ({ lang, theme, src, feed }: Args) => html`<div lang=${lang} style="display: grid; gap: 24px; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); align-items: start">
  ${TAGS.map((tag, index) => {
    const element = document.createElement(tag) as HTMLElement & { feed?: unknown };
    if (theme) element.setAttribute('theme', theme);
    if (src) element.setAttribute('src', `${src}?widget=${index}`);
    if (feed) element.feed = feed;
    return element;
  })}
</div>`;

/** A standpoint whose extension is there but empty, and no other material: every widget's empty state. */
const emptyFeed = { ...emptyStandpointFeed, items: emptyStandpointFeed.items.map(({ content_text: _text, ...item }) => item) };

export default {
  title: 'Design/States',
  render,
  args: { lang: 'en', theme: 'light', src: '' },
  parameters: { layout: 'padded' },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** While the feed is on its way: an outline of each widget's shape, the height it will take reserved, a soft shimmer that stops when the reader asks for less motion. */
export const Loading: Story = { args: { src: FEED_THAT_NEVER_ARRIVES }, beforeEach: holdFeedRequests };

export const LoadingUkrainianDark: Story = {
  args: { src: FEED_THAT_NEVER_ARRIVES, lang: 'uk', theme: 'dark' },
  beforeEach: holdFeedRequests,
  globals: darkPage,
};

/** The feed is there but has nothing for the widget yet: a tray and the words, in the muted colour, quieter than an error. */
export const Empty: Story = { args: { feed: emptyFeed } };

export const EmptyUkrainianDark: Story = { args: { feed: emptyFeed, lang: 'uk', theme: 'dark' }, globals: darkPage };

/** The feed's server is down: a warning sign, the words and "Try again", which asks for the feed again; a failed retry says so and keeps the focus on the button. */
export const FeedError: Story = { args: { src: FEED_THAT_FAILS }, beforeEach: holdFeedRequests };

export const FeedErrorUkrainianDark: Story = {
  args: { src: FEED_THAT_FAILS, lang: 'uk', theme: 'dark' },
  beforeEach: holdFeedRequests,
  globals: darkPage,
};

/** The same error on a dark site that set no `theme`: the colours come from the page's text. */
export const FeedErrorDarkSiteWithoutTheme: Story = {
  args: { src: FEED_THAT_FAILS, theme: '' },
  beforeEach: holdFeedRequests,
  decorators: [darkSiteWithoutTheme],
};
