/**
 * The Token reference page's story (tokens.mdx is its docs page): every
 * token with its default, its values in the light and the dark theme as the
 * widgets render them, swatches and contrast.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { StoryTokenReference } from './token-reference.js';

// Registered here, not in token-reference.ts, for the reason theming.stories.ts gives.
if (!customElements.get('story-token-reference')) customElements.define('story-token-reference', StoryTokenReference);

const meta: Meta = {
  title: 'Design/Token reference',
  // tokens.mdx is this file's docs page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};

export default meta;

/** Every global and per-widget token, read live from widgets with `theme="light"` and `theme="dark"`. */
export const AllTokens: StoryObj = {
  render: () => html`<story-token-reference></story-token-reference>`,
};
