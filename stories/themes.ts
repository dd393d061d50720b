/**
 * Two ready themes and the CSS a webmaster copies for each. A theme is its
 * token values plus a few `::part()` rules; `themeCss()` writes them out, the
 * Theming page shows that text, and the stories apply the very same text, so
 * what is copied is what is seen. `site` is the sample NGO site's own look
 * around the widgets, not part of what is copied. Colour pairs meet WCAG AA
 * contrast; the accessibility check of every story holds them to it.
 */
import type { UiLocale } from '../src/i18n/locale.js';

export interface ReadyTheme {
  /** What the theme is for, as the first line of its CSS says. */
  title: string;
  /** The sample site's name in its header. */
  organisation: Record<UiLocale, string>;
  /** Values of the global `--standpoint-*` tokens; the cards' border is `--standpoint-color-border`. */
  tokens: Readonly<Record<string, string>>;
  /** The tone of "voiced" demands, which each theme sets apart from its accent, and why (a comment in the CSS). */
  voiced: { tone: string; why: string };
  /** Per-widget knobs, parts and anything else the theme adds. */
  extra: string;
  site: string;
}

/** Every widget a theme applies to. Setting tokens on the elements themselves wins over their `theme` palette. */
export const WIDGET_SELECTOR = 'standpoint-statement,\nstandpoint-demands,\nstandpoint-counter,\nstandpoint-share';

/** One rule that sets `tokens` on every widget; tokens left empty keep the widgets' defaults. */
export function tokenRule(tokens: Readonly<Record<string, string>>, preamble: readonly string[] = []): string {
  const declarations = [
    ...preamble,
    ...Object.entries(tokens)
      .filter(([, value]) => value.trim() !== '')
      .map(([name, value]) => `${name}: ${value.trim()};`),
  ];
  return `${WIDGET_SELECTOR} {\n${declarations.map((line) => `  ${line}`).join('\n') || '  /* no token changed yet: the widgets’ defaults */'}\n}\n`;
}

/** White cards or panels with a thin border, so the widgets read as blocks of the page. */
const cards = (border: string) => `
standpoint-statement::part(base),
standpoint-demands::part(base),
standpoint-counter::part(base),
standpoint-share::part(base) {
  padding: 1.25rem;
  border: 1px solid ${border};
}
`;

/** The whole CSS of a ready theme, as a webmaster pastes it into the site's stylesheet. */
export function themeCss(theme: ReadyTheme, preamble: readonly string[] = []): string {
  return `/* standpoint-widgets: ${theme.title} */
${tokenRule(theme.tokens, preamble)}${cards(theme.tokens['--standpoint-color-border'] ?? 'currentColor')}
/* ${theme.voiced.why} */
standpoint-demands {
  --standpoint-demands-tone-active: ${theme.voiced.tone};
}
${theme.extra}`;
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
  },
  voiced: { tone: '#1f4e8c', why: '"Voiced" in blue, so that the red accent is not read as "rejected"' },
  extra: `
standpoint-counter {
  --standpoint-counter-number-color: #b3261e;
}
`,
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
  },
  voiced: { tone: '#8dc8ff', why: '"Voiced" in light blue, apart from the yellow of "under negotiation"' },
  extra: '',
  site: `
    .page { color-scheme: dark; color: #e8eaed; background: #0e1319; }
    header { background: #0e1319; border-bottom: 2px solid #ffd500; }
    .page a { color: #ffe257; }
    header a { color: inherit; }
    footer { border-color: #3d4a5a; }
  `,
};

/** The Night theme's CSS starts with `color-scheme: dark`, so form fields and scroll bars in the widgets are dark too. */
export const readyThemes = {
  paper: { theme: paperTheme, css: themeCss(paperTheme) },
  night: { theme: nightTheme, css: themeCss(nightTheme, ['color-scheme: dark;']) },
};
