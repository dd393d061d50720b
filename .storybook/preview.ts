import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../src/define.js';
// The manifest from the elements' JSDoc (`npm run analyze`), prepared for the
// docs table: the docs pages and controls come from the same source as the
// README's attribute table.
import { storybookManifest } from '../stories/helpers.js';

setCustomElementsManifest(storybookManifest);

const preview: Preview = {
  parameters: {
    options: {
      // Storybook reads this function's own text and runs it apart from this module, as plain JavaScript:
      // it may use nothing from outside and no type annotations (the defaults give the types).
      storySort: (a = { title: '', name: '' }, b = { title: '', name: '' }) => {
        // Designers start with the overview and the theming pages, then look for a widget, the whole embed first.
        const sections = ['Start here', 'Design', 'Widgets', 'Examples', 'Webmasters'];
        const pages = ['Theming', 'Token reference', 'Embed', 'Statement', 'Demands', 'Counter', 'Share', 'Related'];
        // A widget's stories by the reader's situation: the widget as most readers meet it, its states, the page
        // around it (a phone, the themes, a dark site, right to left), then its own options ('*'), and last the
        // checks that it holds up under hostile or huge feeds. Names as the sidebar shows them.
        const stories = [
          'Docs',
          'Loaded',
          'Ukrainian',
          'Loading',
          'Loading With Fallback',
          'Empty',
          'Feed Error',
          'Feed Error With Fallback',
          'Narrow',
          'Light',
          'Dark',
          'Dark Site Without Theme',
          'Auto',
          'Right To Left Page',
          'Right To Left Content',
          '*',
          'Hostile',
          'Ten Thousand Signatories',
          'Many Demands',
        ];
        const rank = (list = [''], name = '') => {
          // Unlisted: where '*' stands, else after the listed ones.
          const index = list.indexOf(name);
          const rest = list.indexOf('*');
          return index !== -1 ? index : rest !== -1 ? rest : list.length;
        };
        const [sectionA = '', pageA = ''] = a.title.split('/');
        const [sectionB = '', pageB = ''] = b.title.split('/');
        return (
          rank(sections, sectionA) - rank(sections, sectionB) ||
          rank(pages, pageA) - rank(pages, pageB) ||
          a.title.localeCompare(b.title) ||
          rank(stories, a.name) - rank(stories, b.name)
        );
      },
    },
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
