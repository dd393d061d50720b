/**
 * The stories every widget has, written once: a reader on an English and on
 * a Ukrainian page, the feed on its way or unusable (with and without the
 * webmaster's fallback), a hostile feed, a 280 px column, each theme, a dark
 * site without `theme`, a right-to-left page, an inline feed; and the meta
 * every widget's file starts from. A story file calls `widgetStories()` with
 * its tag, fallback content and default args, and exports each story it
 * shows under its usual name, with its own description:
 *
 *     const base = widgetStories<Args>('standpoint-counter', { fallback, args: { list: false } });
 *     export default { title: 'Widgets/Counter', ...base.meta } satisfies Meta<Args>;
 *
 *     /** A 280 px sidebar column on an old phone. *\/
 *     export const Narrow: Story = base.Narrow({ list: true });
 *
 * Storybook reads titles, story names, descriptions and tags from the file's
 * own text before it runs anything (they make the story ids and the docs
 * page), so those stay in the story file; what the stories do lives here.
 * Each call returns a fresh object: Storybook adds the description to the
 * exported object's `parameters`, so two files must never share one.
 */
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import type { Theme } from '../src/base/standpoint-element.js';
import { rightToLeftFeed, sampleFeed } from './fixtures/feeds.js';
import {
  argTypesFor,
  darkPage,
  darkSiteWithoutTheme,
  inlineFeed,
  narrowDecorator,
  renderWidget,
  rightToLeftPage,
  whenFeedFails,
  whileFeedLoads,
} from './helpers.js';

/** The args every widget's stories have: the attributes all widgets share, and the `feed` property. */
export interface CommonArgs {
  lang?: string;
  theme?: Theme | '';
  src?: string;
  feed?: unknown;
}

/** What a page gives that is not a feed at all: the widget reports it and shows its fallback. */
const NOT_A_FEED = { version: 'not a feed' };

interface WidgetOptions<Args> {
  /**
   * What the webmaster puts inside the element (a link, a figure): readers
   * see it until the widget has loaded, and when it cannot.
   */
  fallback?: (args: Args) => unknown;
  /** The widget's own defaults for its attributes; `lang`, `theme`, `src` and `feed` have the shared ones. */
  args?: Args;
  /** Changes to the controls read from the manifest (ranges of number attributes…). */
  argTypes?: ArgTypes;
}

/** The stories of `<tag>`, and its file's meta. */
export function widgetStories<Args extends CommonArgs>(tag: string, { fallback, args, argTypes }: WidgetOptions<Args> = {}) {
  type Story = StoryObj<Args>;
  // Storybook's types cannot follow a generic `Args` through spreads and shared decorators; the parameters
  // of each story below are typed by the file's own `Args`, which is what catches a misspelt attribute.
  const story = (annotations: StoryObj): Story => annotations as Story;
  const renderWithFallback = renderWidget(tag, fallback as ((args: unknown) => unknown) | undefined);

  return {
    /** The file's default export but its `title`: the element, its controls from the manifest, English and the sample feed. */
    meta: {
      component: tag,
      args: { lang: 'en', theme: '', ...args, src: '', feed: sampleFeed } as Args,
      argTypes: argTypesFor(tag, argTypes) as Meta<Args>['argTypes'],
      render: renderWidget<Args>(tag),
    } satisfies Meta<Args>,

    /** The file's default args, as on most NGO pages. */
    Loaded: (args?: Args): Story => story(args ? { args } : {}),

    Ukrainian: (args?: Args): Story => story({ args: { lang: 'uk', theme: 'light', ...args } }),

    /** No fallback: the widget's own short "Loading…". */
    Loading: (): Story => story({ ...whileFeedLoads }),

    LoadingWithFallback: (): Story => story({ ...whileFeedLoads, render: renderWithFallback }),

    /** A feed that is valid but has nothing for this widget yet. */
    Empty: (feed: unknown): Story => story({ args: { feed } }),

    /** No fallback, the feed's server down: the widget's error, with "Try again". */
    FeedError: (): Story => story({ ...whenFeedFails }),

    FeedErrorWithFallback: (args?: Args): Story => story({ args: { feed: NOT_A_FEED, ...args }, render: renderWithFallback }),

    /** Hostile and very long text from `feed`, in a narrow column, where wrapping is hardest. */
    Hostile: (feed: unknown, args?: Args): Story => story({ args: { feed, ...args }, decorators: [narrowDecorator] }),

    Narrow: (args?: Args): Story => story({ args: { lang: 'uk', theme: 'auto', ...args }, decorators: [narrowDecorator] }),

    Light: (args?: Args): Story => story({ args: { theme: 'light', ...args } }),

    Dark: (args?: Args): Story => story({ args: { theme: 'dark', ...args }, globals: darkPage }),

    DarkSiteWithoutTheme: (args?: Args): Story => story({ args: { ...args }, decorators: [darkSiteWithoutTheme] }),

    Auto: (args?: Args): Story => story({ args: { theme: 'auto', ...args } }),

    /** Arabic content on a `dir="rtl"` page; the interface, which has no Arabic strings, falls back to English. */
    RightToLeftPage: (args?: Args): Story =>
      story({ args: { lang: 'ar', feed: rightToLeftFeed(), theme: 'light', ...args }, decorators: [rightToLeftPage] }),

    /** The feed as a static site gives it: an inline JSON child, so no request at all. */
    InlineFeed: (args?: Args): Story =>
      story({ args: { feed: undefined, ...args }, render: renderWidget(tag, () => inlineFeed(sampleFeed)) }),
  };
}
