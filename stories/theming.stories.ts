/**
 * The Theming page's stories (theming.mdx is their docs page): a live editor
 * of the `--standpoint-*` tokens, and two ready themes on sample NGO sites.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Theme } from '../src/base/standpoint-element.js';
import type { UiLocale } from '../src/i18n/locale.js';
import { ngoPage } from './fixtures/ngo-page.js';
import { readyThemes } from './themes.js';
import { StoryTokenEditor } from './token-editor.js';

// Registered here, not in token-editor.ts: a bare import of a module that only registers would be dropped
// by the bundler, as package.json's `sideEffects` does not list stories.
if (!customElements.get('story-token-editor')) customElements.define('story-token-editor', StoryTokenEditor);

interface Args {
  lang: UiLocale;
  theme: Theme | '';
}

const meta: Meta<Args> = {
  title: 'Design/Theming',
  // theming.mdx is this file's docs page.
  tags: ['!autodocs'],
  args: { lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'uk'] satisfies UiLocale[], description: 'The page’s language.' },
    theme: {
      control: { type: 'inline-radio', labels: { '': '(unset)' } },
      options: ['', 'light', 'dark', 'auto'] satisfies Args['theme'][],
      description: 'The widgets’ `theme` attribute. Tokens set on the elements win over its palette.',
    },
  },
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj<Args>;

const renderEditor: Story['render'] = ({ lang, theme }) =>
  html`<story-token-editor page-lang=${lang} widget-theme=${theme}></story-token-editor>`;

/** Type a value or pick a colour: the widgets follow at once; the CSS under them is what to paste into your site. */
export const TokenEditor: Story = { render: renderEditor };

/**
 * "Start from Night" loads the whole ready theme: the CSS to copy is the Night theme's, to the letter, so the
 * preview looks as the Night theme's own canvas. Left off the docs page, which shows the editor once.
 */
export const StartFromNight: Story = {
  args: { lang: 'uk' },
  tags: ['!autodocs'],
  render: renderEditor,
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('story-token-editor')!;
    await editor.updateComplete;
    const button = [...editor.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Start from Night');
    button!.click();
    await editor.updateComplete;
    const offered = editor.shadowRoot!.querySelector('pre')!.textContent;
    if (offered !== readyThemes.night.css) throw new Error('"Start from Night" does not offer the Night theme’s CSS');
  },
};

/** The "Paper" theme on a light human-rights site: serif headings, white cards, a deep red accent. */
export const PaperTheme: Story = {
  render: ({ lang, theme }) => {
    const { theme: paper, css } = readyThemes.paper;
    return ngoPage({ lang, theme, organisation: paper.organisation, css: [paper.site, css], allWidgets: true });
  },
};

/** The "Night" theme on a dark media site: panels a little lighter than the page, a yellow accent. */
export const NightTheme: Story = {
  args: { lang: 'uk' },
  render: ({ lang, theme }) => {
    const { theme: night, css } = readyThemes.night;
    return ngoPage({ lang, theme, organisation: night.organisation, css: [night.site, css], allWidgets: true });
  },
};
