/**
 * The Token reference page's stories (tokens.mdx is their docs page): the
 * global tokens, then each widget's knobs, each with its default, its values
 * in the light and the dark theme as the widgets render them, swatches and
 * contrast. One table a story, so each is small enough to check on its own.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { StoryTokenReference } from './token-reference.js';

// Registered here, not in token-reference.ts, for the reason theming.stories.ts gives.
if (!customElements.get('story-token-reference')) customElements.define('story-token-reference', StoryTokenReference);

interface Args {
  scope: string;
}

const meta: Meta<Args> = {
  title: 'Design/Token reference',
  // tokens.mdx is this file's docs page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded', controls: { disable: true } },
  render: ({ scope }) => html`<story-token-reference scope=${scope}></story-token-reference>`,
};

export default meta;
type Story = StoryObj<Args>;

/** The tokens every widget reads, measured on `<standpoint-demands>`, which reads every colour token. */
export const GlobalTokens: Story = { args: { scope: 'global' } };

export const Embed: Story = { args: { scope: 'standpoint-embed' } };

export const Statement: Story = { args: { scope: 'standpoint-statement' } };

export const Demands: Story = { args: { scope: 'standpoint-demands' } };

export const Counter: Story = { args: { scope: 'standpoint-counter' } };

export const Share: Story = { args: { scope: 'standpoint-share' } };

export const Related: Story = { args: { scope: 'standpoint-related' } };
