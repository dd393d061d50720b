import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sampleFeed from '../demo/sample-feed.json';
import '../src/components/standpoint-statement/define.js';
import type { StandpointStatement } from '../src/components/standpoint-statement/standpoint-statement.js';
import { UI_LOCALES } from '../src/i18n/locale.js';
import { emptyStandpointFeed, hostileStrings, hostileUrls, plainFeed } from '../tests/fixtures/feeds';
import { argTypesFor, darkPage, narrowDecorator, renderWidget, type WidgetArgs } from './helpers.js';

type Args = WidgetArgs<StandpointStatement, 'theme' | 'headingLevel' | 'collapsed' | 'previewParagraphs'>;

/** The sample feed with its item changed. */
function sampleWith(change: Record<string, unknown>): unknown {
  const feed = structuredClone(sampleFeed);
  Object.assign(feed.items[0], change);
  return feed;
}

const longWord = 'Надзвичайнодовгесловобезжоднихпробілів'.repeat(4);

const hostileFeed = sampleWith({
  title: `${hostileStrings[0]} ${longWord}`,
  summary: hostileStrings.slice(0, 8).join(' '),
  content_text: undefined,
  content_html: `<h1>Hostile markup, sanitised</h1><p>Only text, emphasis, lists and safe links survive.</p>${hostileStrings.join('')}<p><a href="${hostileUrls[0]}">a javascript: link, unwrapped</a> · https://example.org/${'long-path/'.repeat(10)}</p>`,
  tags: [longWord, hostileStrings[6]],
  _standpoint: undefined,
});

const htmlFeed = sampleWith({
  content_text: undefined,
  content_html:
    '<p>On 13 August 2025, Ukrainian civil-society organisations issued a <strong>joint standpoint</strong> (sample text).</p><h2>What they ask</h2><p>Any ceasefire or peace talks must deal with the humanitarian problems of people in the temporarily occupied territories.</p><ol><li>Release every civilian held.</li><li>End enforced disappearances.</li><li>Open humanitarian corridors.</li></ol><blockquote><p>The demands must be enshrined in signed documents.</p></blockquote><p>Details: <a href="https://example.org/standpoint/2025-08-13">example.org</a>.</p>',
});

const rtlFeed = sampleWith({
  _standpoint: {
    ...sampleFeed.items[0]._standpoint,
    translations: {
      ar: {
        title: 'مثال: يجب أن تكون القضايا الإنسانية في الأراضي المحتلة جزءًا من أي اتفاق سلام',
        summary: 'نص تجريبي لعرض الاتجاه من اليمين إلى اليسار.',
        content_text: 'الفقرة الأولى من النص التجريبي.\n\nالفقرة الثانية: https://example.org/standpoint',
      },
    },
  },
});

const meta: Meta<Args> = {
  title: 'Widgets/Statement',
  component: 'standpoint-statement',
  args: {
    lang: 'en',
    theme: '',
    'heading-level': 2,
    collapsed: false,
    'preview-paragraphs': 1,
    feed: sampleFeed,
  },
  argTypes: argTypesFor('standpoint-statement', {
    // Arabic: a content translation in the feed, with the interface falling back to English.
    lang: { options: [...UI_LOCALES, 'ar'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'preview-paragraphs': { control: { type: 'number', min: 0 } },
  }),
  render: renderWidget<Args>('standpoint-statement'),
};

export default meta;
type Story = StoryObj<Args>;

/** A reader on an NGO's English page: the whole standpoint, blending into the page. */
export const Loaded: Story = {};

/** A reader in Ukrainian: the translation, dates and the Ukrainian PDF offered first. */
export const Ukrainian: Story = { args: { lang: 'uk', theme: 'light' } };

/** An item with no text yet: a clear message instead of an empty block. */
export const Empty: Story = {
  args: { feed: { ...emptyStandpointFeed, items: [{ ...emptyStandpointFeed.items[0], content_text: '' }] } },
};

/** The feed could not be used: the default message (or the page's fallback link). */
export const FeedError: Story = { args: { feed: { version: 'not a feed' } } };

/** Hostile markup and URLs: only safe, readable HTML is left; long words wrap. */
export const Hostile: Story = { args: { feed: hostileFeed }, decorators: [narrowDecorator] };

/** A long text in a collapsed view: a preview and "Read more". */
export const LongText: Story = { args: { collapsed: true, 'preview-paragraphs': 2 } };

/** A 280 px sidebar column on an old phone, in Ukrainian. */
export const Narrow: Story = { args: { lang: 'uk', theme: 'auto', collapsed: true }, decorators: [narrowDecorator] };

/** A dark site. */
export const Dark: Story = { args: { theme: 'dark' }, globals: darkPage };

/** Collapsed to the summary and the first paragraph. */
export const Collapsed: Story = { args: { collapsed: true } };

/** Collapsed, in Ukrainian, on a dark site. */
export const CollapsedUkrainianDark: Story = { args: { collapsed: true, lang: 'uk', theme: 'dark' }, globals: darkPage };

/** Under a page's own h2: the title becomes an h3 and the text's headings follow. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3, feed: htmlFeed, theme: 'light' } };

/** The full text as HTML (content_html), sanitised: headings, lists, quotes and links. */
export const WithHtml: Story = { args: { feed: htmlFeed } };

/** A campaign that has closed says so plainly. */
export const ClosedCampaign: Story = { args: { feed: sampleWith({ expired: true }), theme: 'light' } };

/** An ordinary JSON Feed (no `_standpoint`): the item renders in full. */
export const PlainJsonFeed: Story = { args: { feed: plainFeed } };

/** A right-to-left translation: the text runs right to left, the layout follows. */
export const RightToLeft: Story = { args: { lang: 'ar', feed: rtlFeed, theme: 'light' } };
