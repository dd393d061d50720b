/**
 * What the widget story files share: argTypes read from the Custom Elements
 * Manifest (so the controls are the elements' real attributes), one render
 * function that applies args as attributes and the feed as a property, the
 * other ways a page gives data (an inline JSON child, a feed still on its way,
 * a refresh), and the page situations stories put a widget in (a narrow
 * column, a dark page, a right-to-left page, a page with its own CSS).
 */
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, noChange, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// Generated from the elements' JSDoc by `npm run analyze` (build-storybook runs it first).
import manifest from '../custom-elements.json';
import type { Theme } from '../src/base/standpoint-element.js';
import type { CounterVariant } from '../src/components/standpoint-counter/standpoint-counter.js';
import { UI_LOCALES } from '../src/i18n/locale.js';

interface Entry {
  name: string;
  description?: string;
  summary?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  type?: { text: string };
  /** A custom property's default, from `@cssprop [--name=default]`. */
  default?: string;
}

interface Declaration {
  name?: string;
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

type Module = { declarations?: Declaration[] };

/**
 * The manifest as Storybook's docs table should read it. Storybook keys every
 * row by bare name, so a CSS part called `list` or `status` would replace the
 * attribute of the same name (and its control): parts become `::part(list)`.
 * Private and protected fields are implementation, not API. The unnamed
 * default slot (the light-DOM fallback) gets a name, or it is not listed.
 * An element documented by `@summary` alone gets it as the description the
 * docs page opens with.
 */
export const storybookManifest = {
  ...manifest,
  modules: (manifest.modules as Module[]).map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      description: declaration.description || declaration.summary,
      members: declaration.members?.filter(
        (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
      ),
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      // The analyzer also lists each `dispatchEvent(new SomeEvent(…))` it finds, without a name when the event's
      // class sets it: a nameless row says nothing, and the event is listed under its name from `@fires`.
      events: declaration.events?.filter((event) => event.name),
      slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default slot)' })),
    })),
  })),
};

function findDeclaration(matches: (declaration: Declaration) => boolean, what: string): Declaration {
  for (const module of storybookManifest.modules) {
    const declaration = module.declarations?.find(matches);
    if (declaration) return declaration;
  }
  throw new Error(`${what} is not in custom-elements.json: run \`npm run analyze\``);
}

const declarationOf = (tag: string): Declaration => findDeclaration((candidate) => candidate.tagName === tag, `<${tag}>`);

/** The `--standpoint-*` tokens every widget reads (documented on the shared base class), with their descriptions. */
export const themeTokens: readonly { name: string; description: string }[] = (
  findDeclaration((candidate) => candidate.name === 'StandpointElement', 'StandpointElement').cssProperties ?? []
).map(({ name, description }) => ({ name, description: description ?? '' }));

/** The six widgets in the order the sidebar lists them (the whole embed first). */
export const WIDGET_TAGS = [
  'standpoint-embed',
  'standpoint-statement',
  'standpoint-demands',
  'standpoint-counter',
  'standpoint-share',
  'standpoint-related',
] as const;

/**
 * Each widget with what it is for (its `@summary`, as the README table says it) and the id of its docs page
 * (`Widgets/Counter` → `widgets-counter--docs`), for the Start here page.
 */
export const widgetSummaries = WIDGET_TAGS.map((tag) => {
  const declaration = declarationOf(tag);
  return { tag, summary: declaration.summary ?? declaration.description ?? '', docsId: `widgets-${tag.replace('standpoint-', '')}--docs` };
});

/** Each widget's own custom properties (the global tokens are the base class's, in `themeTokens`). */
export const widgetTokens = WIDGET_TAGS.map((tag) => ({
  tag,
  tokens: (declarationOf(tag).cssProperties ?? [])
    .filter(({ name }) => !themeTokens.some((token) => token.name === name))
    .map(({ name, description, default: fallback }) => ({ name, description: description ?? '', default: fallback })),
  // The docs table shows parts as `::part(name)` (see storybookManifest); the editor needs the bare name.
  parts: (declarationOf(tag).cssParts ?? []).map(({ name, description }) => ({
    name: name.replace(/^::part\((.*)\)$/, '$1'),
    description: description ?? '',
  })),
}));

/**
 * Languages the `lang` control offers: the interface languages, and Arabic,
 * a right-to-left language the feed may translate the content into while the
 * interface falls back to English.
 */
export const storyLanguages = [...UI_LOCALES, 'ar'] as const;

// The manifest names these types without spelling them out; `satisfies` keeps the lists honest.
const unionOptions: Record<string, readonly string[]> = {
  Theme: ['light', 'dark', 'auto'] satisfies Theme[],
  CounterVariant: ['full', 'compact'] satisfies CounterVariant[],
};

/** The control for one attribute, from its type in the manifest. */
function controlFor(attribute: Entry): ArgTypes[string] {
  if (attribute.name === 'lang') return { control: 'inline-radio', options: [...storyLanguages] };
  // The same attribute on every widget that has a heading: h1 to h6.
  if (attribute.name === 'heading-level') return { control: { type: 'number', min: 1, max: 6 } };
  const text = attribute.type?.text ?? '';
  const type = text.replace(/\s*\|\s*undefined$/, '');
  if (type in unionOptions) {
    // For an optional attribute, '' leaves it off: the widget's own default (for theme: blend into the page).
    const options = type === text ? unionOptions[type]! : ['', ...unionOptions[type]!];
    return { control: { type: 'inline-radio', labels: { '': '(unset)' } }, options };
  }
  if (type === 'boolean') return { control: 'boolean' };
  if (type === 'number') return { control: 'number' };
  if (type === 'string') return { control: 'text' };
  return { control: 'object' };
}

/** `standpoint-load` → `onStandpointLoad`, as Storybook names the action arg of an event. */
const actionName = (event: string): string =>
  `on${event.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;

/**
 * argTypes for a widget: one control per attribute, keyed by the attribute's
 * name. Properties that mirror an attribute, events, slots, parts and custom
 * properties stay in the docs table without a control of their own.
 */
export function argTypesFor(tag: string, overrides: ArgTypes = {}): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  const documentedOnly = [
    ...(declaration.members ?? []),
    ...(declaration.slots ?? []),
    ...(declaration.cssParts ?? []),
    ...(declaration.cssProperties ?? []),
  ];
  for (const entry of documentedOnly) argTypes[entry.name] = { control: false };
  for (const event of declaration.events ?? []) argTypes[event.name] = { control: false };
  for (const attribute of declaration.attributes ?? []) argTypes[attribute.name] = controlFor(attribute);
  // Storybook has no control for parsed JSON; it is given as a property (no network).
  argTypes.feed = { control: false };
  for (const [name, override] of Object.entries(overrides)) argTypes[name] = { ...argTypes[name], ...override };
  return argTypes;
}

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/**
 * A story file's args, typed from the element class: each listed property
 * under its attribute's name ('' for "leave it off" where the property may be
 * unset), plus `lang` and the `feed` property.
 */
export type WidgetArgs<E, K extends keyof E & string> = {
  [P in K as Kebab<P>]?: E[P] | (undefined extends E[P] ? '' : never);
} & { lang?: string; feed?: unknown };

type StoryArgs = Record<string, unknown>;

/** Applies a story's args to the element it sits on: attributes, the feed, event listeners. */
class ApplyArgs extends Directive {
  private args: StoryArgs = {};
  private listening = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs() goes on an element');
  }

  render(_args: StoryArgs, _declaration: Declaration): unknown {
    return noChange;
  }

  override update(part: ElementPart, [args, declaration]: [StoryArgs, Declaration]): unknown {
    const element = part.element as Element & { feed?: unknown };
    this.args = args;
    for (const { name } of declaration.attributes ?? []) {
      const value = args[name];
      // Unset, empty and false leave the attribute off, as a webmaster would.
      if (value === undefined || value === null || value === '' || value === false) element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    element.feed = args.feed;
    for (const { name } of declaration.events ?? []) {
      if (this.listening.has(name)) continue;
      this.listening.add(name);
      element.addEventListener(name, (event) => (this.args[actionName(name)] as ((event: Event) => void) | undefined)?.(event));
    }
    return noChange;
  }
}

const applyArgs = directive(ApplyArgs);

/**
 * The render function of a widget's stories: `<tag>` with every attribute arg
 * set (kebab-case names, as in the manifest), `.feed` set from `args.feed`,
 * and its events sent to the Actions panel. The element is kept between
 * renders, so changing a control updates it as a page's script would.
 * `children` is what the webmaster put inside the element: fallback content,
 * or an inline feed (`inlineFeed`).
 */
export function renderWidget<Args>(tag: string, children?: (args: Args) => unknown): (args: Args) => TemplateResult {
  const declaration = declarationOf(tag);
  const name = unsafeStatic(tag);
  return (args) =>
    staticHtml`<${name} ${applyArgs(args as StoryArgs, declaration)}>${children ? children(args) : nothing}</${name}>`;
}

const inlineFeeds = new WeakMap<object, HTMLScriptElement>();

/**
 * The feed as a static site gives it: a `<script type="application/json">`
 * child of the element, so the widget makes no request at all. Built as a
 * node (a template cannot bind inside a script); one node per feed, so a
 * re-render keeps it.
 */
export function inlineFeed(feed: object): HTMLScriptElement {
  let script = inlineFeeds.get(feed);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    inlineFeeds.set(feed, script);
  }
  return script;
}

/** The `src` of stories that show a widget while its feed is on the way: requests for it are never answered. */
export const FEED_THAT_NEVER_ARRIVES = 'feed-that-never-arrives.json';

/** The `src` of stories whose feed server is down: every request for it is answered 503 here, on the page. */
export const FEED_THAT_FAILS = 'feed-that-fails.json';

let heldStories = 0;
let pageFetch: typeof fetch | undefined;

/**
 * A story's `beforeEach`: every request for FEED_THAT_NEVER_ARRIVES stays
 * open, as on a dead connection, so the widget shows its loading state; after
 * the loader's own timeout (15 s) it gives up and shows the fallback again,
 * as a reader would see it; requests for FEED_THAT_FAILS get a 503 at once,
 * so "Try again" can be tried. Other requests pass. Nothing leaves the page:
 * the request never reaches the network. Counted, because a docs page
 * renders several such stories at once and they are torn down in any order.
 */
export function holdFeedRequests(): () => void {
  if (heldStories++ === 0) {
    const passOn = (pageFetch = window.fetch);
    window.fetch = (input, init) => {
      // Read the URL without building a Request, which would take over the body of a request that has one.
      const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      const path = new URL(url, document.baseURI).pathname;
      if (path.endsWith(`/${FEED_THAT_FAILS}`)) return Promise.resolve(new Response('Service unavailable (sample)', { status: 503 }));
      if (!path.endsWith(`/${FEED_THAT_NEVER_ARRIVES}`)) return passOn(input, init);
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      return new Promise<Response>((_resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    };
  }
  return () => {
    if (--heldStories === 0 && pageFetch) {
      window.fetch = pageFetch;
      pageFetch = undefined;
    }
  };
}

/** Story fields that show a widget whose feed's server is down (no `feed` property, a `src` answered 503). */
export const whenFeedFails = {
  args: { src: FEED_THAT_FAILS, feed: undefined },
  beforeEach: holdFeedRequests,
};

/** Story fields that show a widget while its feed is on the way (no `feed` property, a `src` that never answers). */
export const whileFeedLoads = {
  args: { src: FEED_THAT_NEVER_ARRIVES, feed: undefined },
  beforeEach: holdFeedRequests,
};

/**
 * A story's `play`: a moment after the first render, every widget in the
 * story receives `next()` as its feed, exactly as when a refresh of its feed
 * brings new data (new statuses are marked, the count counts up, the change
 * is announced to screen readers).
 */
export function refreshWith(next: () => unknown, afterMs = 1000) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    for (const element of canvasElement.querySelectorAll('*')) {
      if (element.localName.startsWith('standpoint-')) (element as Element & { feed?: unknown }).feed = next();
    }
  };
}

const adoptedSheets = new Map<string, CSSStyleSheet>();

/**
 * `content` in a shadow root of its own, under `css` (adopted through CSSOM):
 * a page whose stylesheet (`standpoint-counter { --standpoint-…: … }`) reaches
 * only its own widgets, so that two differently themed pages can sit on one
 * docs page, and the CSS shown to copy is exactly the CSS applied. A sheet
 * given as a CSSStyleSheet stays the caller's to change (a live editor).
 */
export function isolatedPage(css: readonly (string | CSSStyleSheet)[], content: TemplateResult): TemplateResult {
  const sheets = css.map((text) => {
    if (typeof text !== 'string') return text;
    let sheet = adoptedSheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      adoptedSheets.set(text, sheet);
    }
    return sheet;
  });
  return html`<div
    ${ref((host) => {
      if (!(host instanceof HTMLElement)) return;
      const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      render(content, root);
    })}
  ></div>`;
}

/** A 280 px sidebar column, as on an old phone. */
export const narrowDecorator: Decorator = (story) => html`<div style="inline-size: 280px">${story()}</div>`;

/** Story globals for a dark page behind the widget (the preview's `dark` background). */
export const darkPage = { backgrounds: { value: 'dark' } };

/**
 * A dark NGO site (navy, light text) whose webmaster set no `theme`: the
 * widget blends in, every colour of its own drawn from the page's text colour.
 */
export const darkSiteWithoutTheme: Decorator = (story) =>
  html`<div style="padding: 16px; color: #e8eef6; background: #0b1f3a">${story()}</div>`;

/** A page written right to left (Arabic, Hebrew, Persian, Urdu…): the widget mirrors its layout. */
export const rightToLeftPage: Decorator = (story) => html`<div dir="rtl" lang="ar">${story()}</div>`;
