/**
 * All four widgets on one feed, as a webmaster pastes them into an NGO's
 * page: the same `src` on every element (one request), fallback content
 * inside each, and the page's own CSS around them.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Theme } from '../src/base/standpoint-element.js';
import type { UiLocale } from '../src/i18n/locale.js';
import { ngoPage } from './fixtures/ngo-page.js';
import { narrowDecorator } from './helpers.js';

interface Args {
  lang: UiLocale;
  theme: Theme | '';
  refresh: number;
  page: 'light' | 'dark';
}

/** An ordinary NGO site: system fonts, a blue and yellow header; and its dark counterpart. */
const siteCss = {
  light: `
    .page { color: #1f2328; background: #f6f7f9; }
    header { background: #0057b7; color: #ffffff; border-bottom: 4px solid #ffd500; }
  `,
  dark: `
    .page { color-scheme: dark; color: #e6edf3; background: #0d1117; }
    .page a { color: #8dbbff; }
    header { background: #161b22; border-bottom: 4px solid #ffd500; }
    header a { color: inherit; }
  `,
};

const meta: Meta<Args> = {
  title: 'Examples/Webmaster page',
  args: { lang: 'en', theme: '', refresh: 300, page: 'light' },
  argTypes: {
    lang: {
      control: 'inline-radio',
      options: ['en', 'uk'] satisfies UiLocale[],
      description: 'The `lang` of the page and of every widget.',
    },
    theme: {
      control: { type: 'inline-radio', labels: { '': '(unset)' } },
      options: ['', 'light', 'dark', 'auto'] satisfies Args['theme'][],
      description: 'The `theme` of every widget; unset, they take the page’s font and colours.',
    },
    refresh: {
      control: { type: 'number', min: 0 },
      description: 'The counter’s `refresh`: seconds between re-reads of the feed (never more often than every 30).',
    },
    page: { control: 'inline-radio', options: ['light', 'dark'], description: 'The NGO site around the widgets.' },
  },
  render: ({ lang, theme, refresh, page }) => ngoPage({ lang, theme, refresh, css: [siteCss[page]] }),
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj<Args>;

/** The README's snippet on an ordinary NGO page: four elements, one feed, one request; the widgets blend into the page. */
export const English: Story = {};

/** The same page in Ukrainian, with the widgets on their own light surface. */
export const Ukrainian: Story = { args: { lang: 'uk', theme: 'light' } };

/** A dark NGO site with `theme="dark"` widgets. */
export const DarkSite: Story = { args: { page: 'dark', theme: 'dark' } };

/** The page on an old phone, 280 px wide: one column, nothing wider than the screen. */
export const Phone: Story = { args: { lang: 'uk', theme: 'auto' }, decorators: [narrowDecorator] };
