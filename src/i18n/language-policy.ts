/**
 * Which language each piece of a widget is in, decided once from the
 * reader's language: the interface's strings, the locale of numbers and
 * dates, and the `lang` / `dir` that mark interface text and feed text
 * apart when they differ. A pure function, so the whole policy is one
 * table test (tests/i18n/language-policy.test.ts).
 */
import { textDirection } from './direction.js';
import { primaryLanguage, toUiLocale, type UiLocale } from './locale.js';

/** `lang` and `dir` for one piece of text; undefined means "inherit". */
export interface TextLanguage {
  readonly lang: string | undefined;
  readonly dir: 'ltr' | 'rtl' | 'auto' | undefined;
}

export interface LanguagePolicy {
  /** The reader's language (BCP 47), as the page says it. */
  readonly reader: string;
  /** The language the interface speaks: the reader's where the library has it, else English. */
  readonly uiLocale: UiLocale;
  /**
   * The locale for numbers, dates and plurals: the reader's own (`en-GB`
   * writes "13 August 2025") when the interface speaks its language, else the
   * interface's, so an English sentence never holds an Arabic date.
   */
  readonly formatLocale: string;
  /**
   * `lang` for the interface's own text when it is not in the reader's
   * language: on a German or Arabic page the interface speaks English, and
   * says so, so that a screen reader pronounces it as English. Undefined when
   * they agree (the text inherits the page's language).
   */
  readonly interfaceLang: UiLocale | undefined;
  /** `dir` to go with interfaceLang: `ltr` on a right-to-left page, as both interface languages are written. */
  readonly interfaceDir: 'ltr' | undefined;
  /**
   * `lang` and `dir` for feed text written in `lang` (the feed's word; ''
   * or undefined when it does not say). Inside an interface marked with
   * interfaceLang: the text's own language, else the reader's (the feed was
   * written for the page), never the interface's; its direction is its
   * language's, or, when the feed does not say, the text's own (`auto`).
   * Without interfaceLang: the text's own language where the feed gives one,
   * else nothing, to inherit.
   */
  contentLang(lang: string | undefined): TextLanguage;
}

export function languagePolicy(reader: string): LanguagePolicy {
  const uiLocale = toUiLocale(reader);
  const interfaceLang = primaryLanguage(reader) === uiLocale ? undefined : uiLocale;
  const interfaceDir = interfaceLang && textDirection(reader) === 'rtl' ? 'ltr' : undefined;
  return {
    reader,
    uiLocale,
    formatLocale: interfaceLang ?? reader,
    interfaceLang,
    interfaceDir,
    contentLang(lang) {
      const own = lang || (interfaceLang ? reader : undefined);
      return { lang: own, dir: own && interfaceDir ? (lang ? textDirection(lang) : 'auto') : undefined };
    },
  };
}
