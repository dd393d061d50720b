/**
 * Two ready themes and the CSS a webmaster copies for each. A theme is its
 * token values (global and per widget) plus a few `::part()` rules; `themeCss()` writes them out, the
 * Theming page shows that text, and the stories apply the very same text, so
 * what is copied is what is seen. `site` is the sample NGO site's own look
 * around the widgets, not part of what is copied. Colour pairs meet WCAG AA
 * contrast; the accessibility check of every story holds them to it.
 */
import type { UiLocale } from '../src/i18n/locale.js';
import { WIDGET_TAGS } from './helpers.js';

/** What a theme's CSS is made of: the editor builds the same from what the designer types. */
export interface ThemeDefinition {
  /** What the theme is for, as the first line of its CSS says. */
  title: string;
  /** Declarations before the tokens (`color-scheme: dark;`). */
  preamble?: readonly string[];
  /**
   * Values of the global `--standpoint-*` tokens and of the per-widget knobs
   * (`--standpoint-counter-number-color`…), all in one rule on every element:
   * custom properties inherit, so a knob set on `<standpoint-embed>` reaches
   * the widget of that name inside it. Empty values keep the widgets' defaults.
   */
  tokens: Readonly<Record<string, string>>;
  /** Why a token has its value, as a comment above it (a status tone set apart from the accent…). */
  notes?: Readonly<Record<string, string>>;
  /** `::part()` rules and anything else the theme adds after the tokens. */
  parts: string;
}

export interface ReadyTheme extends ThemeDefinition {
  /** The sample site's name in its header. */
  organisation: Record<UiLocale, string>;
  /** The sample site's own look around the widgets: not part of what is copied. */
  site: string;
}

/** Every element a theme applies to. Setting tokens on the elements themselves wins over their `theme` palette. */
export const WIDGET_SELECTOR = WIDGET_TAGS.join(',\n');

/** The one rule that sets `tokens` on every widget, each with its note; tokens left empty keep the widgets' defaults. */
export function tokenRule({ preamble = [], tokens, notes = {} }: Pick<ThemeDefinition, 'preamble' | 'tokens' | 'notes'>): string {
  const declarations = [
    ...preamble,
    ...Object.entries(tokens)
      .filter(([, value]) => value.trim() !== '')
      .flatMap(([name, value]) => [...(notes[name] ? [`/* ${notes[name]} */`] : []), `${name}: ${value.trim()};`]),
  ];
  return `${WIDGET_SELECTOR} {\n${declarations.map((line) => `  ${line}`).join('\n') || '  /* no token changed yet: the widgets’ defaults */'}\n}\n`;
}

/**
 * Cards or panels with a thin border, so the widgets read as blocks of the
 * page: each widget's root box, and inside `<standpoint-embed>` each of its
 * widgets (its parts `statement`, `demands`, `counter`, `share`).
 */
export const cardParts = (border: string, surface: string) => `
/* Each widget as a card */
standpoint-statement::part(base),
standpoint-demands::part(base),
standpoint-counter::part(base),
standpoint-share::part(base),
standpoint-related::part(base),
standpoint-embed::part(statement),
standpoint-embed::part(demands),
standpoint-embed::part(counter),
standpoint-embed::part(share) {
  padding: 1.25rem;
  border: 1px solid ${border};
  background: ${surface};
}
`;

/** The whole CSS of a theme, as a webmaster pastes it into the site's stylesheet. */
export function themeCss(theme: ThemeDefinition): string {
  return `/* standpoint-widgets: ${theme.title} */\n${tokenRule(theme)}${theme.parts}`;
}

/** A light site of a human-rights documentation centre: warm paper, serif headings, a deep red accent. */
export const paperTheme: ReadyTheme = {
  title: '"Paper" theme for a light site with serif headings',
  organisation: { en: 'Open Dossier human-rights centre (sample)', uk: 'Правозахисний центр «Відкрите досьє» (приклад)' },
  tokens: {
    '--standpoint-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    '--standpoint-heading-font-family': "Georgia, 'Times New Roman', serif",
    '--standpoint-color-text': '#222222',
    '--standpoint-color-muted': '#595959',
    '--standpoint-color-surface': '#ffffff',
    '--standpoint-color-border': '#d9d4c7',
    '--standpoint-color-accent': '#b3261e',
    '--standpoint-color-on-accent': '#ffffff',
    '--standpoint-color-link': '#8c1d18',
    '--standpoint-color-success': '#1e6b3a',
    '--standpoint-color-warning': '#8a5300',
    '--standpoint-color-danger': '#9b1c1c',
    '--standpoint-focus-ring-color': '#1a56db',
    '--standpoint-radius': '2px',
    '--standpoint-demands-tone-active': '#1f4e8c',
    '--standpoint-counter-number-color': '#b3261e',
  },
  notes: { '--standpoint-demands-tone-active': '"Voiced" in blue, so that the red accent is not read as "rejected"' },
  parts: cardParts('#d9d4c7', '#ffffff'),
  site: `
    .page { color: #222222; background: #fbfaf7; }
    header { background: #ffffff; border-top: 6px solid #b3261e; border-bottom: 1px solid #d9d4c7; }
    h1, .organisation { font-family: Georgia, 'Times New Roman', serif; }
    .page a { color: #8c1d18; }
    header a { color: inherit; }
  `,
};

/** A dark site of an investigative media initiative: near-black, a yellow accent, rounded panels. */
export const nightTheme: ReadyTheme = {
  title: '"Night" theme for a dark site with a yellow accent',
  organisation: { en: 'Night Watch media initiative (sample)', uk: 'Медіаініціатива «Нічна варта» (приклад)' },
  tokens: {
    '--standpoint-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    '--standpoint-color-text': '#e8eaed',
    '--standpoint-color-muted': '#b0b8c1',
    '--standpoint-color-surface': '#161d26',
    '--standpoint-color-border': '#3d4a5a',
    '--standpoint-color-accent': '#ffd500',
    '--standpoint-color-on-accent': '#10151b',
    '--standpoint-color-link': '#ffe257',
    '--standpoint-color-success': '#73d99a',
    '--standpoint-color-warning': '#ffb54d',
    '--standpoint-color-danger': '#ff8f85',
    '--standpoint-focus-ring-color': '#7cc4ff',
    '--standpoint-radius': '12px',
    '--standpoint-demands-tone-active': '#8dc8ff',
  },
  notes: { '--standpoint-demands-tone-active': '"Voiced" in light blue, apart from the yellow of "under negotiation"' },
  // First of all, so that form fields and scroll bars in the widgets take their dark look too.
  preamble: ['color-scheme: dark;'],
  parts: cardParts('#3d4a5a', '#161d26'),
  site: `
    .page { color-scheme: dark; color: #e8eaed; background: #0e1319; }
    header { background: #0e1319; border-bottom: 2px solid #ffd500; }
    .page a { color: #ffe257; }
    header a { color: inherit; }
    footer { border-color: #3d4a5a; }
  `,
};

export const readyThemes = {
  paper: { theme: paperTheme, css: themeCss(paperTheme) },
  night: { theme: nightTheme, css: themeCss(nightTheme) },
};
