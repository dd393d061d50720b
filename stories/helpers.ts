/**
 * What the four widget story files share: argTypes read from the Custom
 * Elements Manifest (so the controls are the elements' real attributes), one
 * render function that applies args as attributes and the feed as a property,
 * and the page situations stories put a widget in (a narrow column, a dark page).
 */
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// Generated from the elements' JSDoc by `npm run analyze` (build-storybook runs it first).
import manifest from '../custom-elements.json';
import type { Theme } from '../src/base/standpoint-element.js';
import type { CounterVariant } from '../src/components/standpoint-counter/standpoint-counter.js';
import { UI_LOCALES } from '../src/i18n/locale.js';

interface Entry {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  type?: { text: string };
}

interface Declaration {
  tagName?: string;
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
 */
export const storybookManifest = {
  ...manifest,
  modules: (manifest.modules as Module[]).map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter(
        (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
      ),
      cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default slot)' })),
    })),
  })),
};

function declarationOf(tag: string): Declaration {
  for (const module of storybookManifest.modules) {
    const declaration = module.declarations?.find((candidate) => candidate.tagName === tag);
    if (declaration) return declaration;
  }
  throw new Error(`<${tag}> is not in custom-elements.json: run \`npm run analyze\``);
}

// The manifest names these types without spelling them out; `satisfies` keeps the lists honest.
const unionOptions: Record<string, readonly string[]> = {
  Theme: ['light', 'dark', 'auto'] satisfies Theme[],
  CounterVariant: ['full', 'compact'] satisfies CounterVariant[],
};

/** The control for one attribute, from its type in the manifest. */
function controlFor(attribute: Entry): ArgTypes[string] {
  if (attribute.name === 'lang') return { control: 'inline-radio', options: [...UI_LOCALES] };
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
 */
export function renderWidget<Args>(tag: string): (args: Args) => TemplateResult {
  const declaration = declarationOf(tag);
  const name = unsafeStatic(tag);
  return (args) => staticHtml`<${name} ${applyArgs(args as StoryArgs, declaration)}></${name}>`;
}

/** A 280 px sidebar column, as on an old phone. */
export const narrowDecorator: Decorator = (story) => html`<div style="inline-size: 280px">${story()}</div>`;

/** Story globals for a dark page behind the widget (the preview's `dark` background). */
export const darkPage = { backgrounds: { value: 'dark' } };
