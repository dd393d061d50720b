import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/define.js';
// The manifest from the elements' JSDoc (`npm run analyze`), prepared for the
// docs table: the docs pages and controls come from the same source as the
// README's attribute table.
import { storybookManifest } from '../stories/helpers.js';

setCustomElementsManifest(storybookManifest);

const preview: Preview = {
  parameters: {
    // Designers look for a widget first; the pages for webmasters and designers follow.
    options: { storySort: { order: ['Widgets', 'Examples', 'Design', 'Webmasters'] } },
    controls: { expanded: true },
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        light: { name: 'Light page', value: '#ffffff' },
        dark: { name: 'Dark page', value: '#0d1117' },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
