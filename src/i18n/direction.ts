/** Writing direction of a language, for content and for the interface's own text. */

// Scripts written right to left, by the primary language that uses them.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The writing direction of content in `lang`: `rtl` or `ltr` when the
 * language says so, `auto` (the first strong character decides) when the
 * language is unknown. Uses `Intl.Locale#getTextInfo` where the browser has it.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' | 'auto' {
  if (!lang) return 'auto';
  // Asked for every piece of feed text a render marks, in a few languages: an Intl.Locale each time was a widget's costliest call after the formatters.
  let direction = directions.get(lang);
  if (direction === undefined) {
    // A feed names few languages; a page that met hundreds starts over rather than grow without end.
    if (directions.size >= 256) directions.clear();
    directions.set(lang, (direction = directionOf(lang)));
  }
  return direction;
}

const directions = new Map<string, 'ltr' | 'rtl' | 'auto'>();

function directionOf(lang: string): 'ltr' | 'rtl' | 'auto' {
  // The interface languages, with no script subtag: no Intl.Locale (a page's first costs milliseconds).
  if (/^(?:en|uk)(?:-[a-z]{2})?$/i.test(lang)) return 'ltr';
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    return 'auto';
  }
  const lower = lang.toLowerCase();
  return RTL.has(lower.split('-')[0]) || RTL.has(lower.split('-').slice(0, 2).join('-')) ? 'rtl' : 'ltr';
}
