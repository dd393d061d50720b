import { expect } from '@open-wc/testing';
import { languagePolicy } from '../../src/i18n/language-policy.js';

/**
 * The whole policy as a table: for each reader's language, the interface,
 * the number and date locale, how interface text is marked, and how feed
 * text with and without a language of its own is marked.
 */
const TABLE: Array<{
  reader: string;
  uiLocale: string;
  formatLocale: string;
  interfaceLang: string | undefined;
  interfaceDir: string | undefined;
  feedInUk: [string | undefined, string | undefined];
  feedInAr: [string | undefined, string | undefined];
  feedUnsaid: [string | undefined, string | undefined];
}> = [
  // The interface speaks the reader's language: nothing is marked, feed text keeps its own language.
  { reader: 'en', uiLocale: 'en', formatLocale: 'en', interfaceLang: undefined, interfaceDir: undefined, feedInUk: ['uk', undefined], feedInAr: ['ar', undefined], feedUnsaid: [undefined, undefined] },
  { reader: 'en-GB', uiLocale: 'en', formatLocale: 'en-GB', interfaceLang: undefined, interfaceDir: undefined, feedInUk: ['uk', undefined], feedInAr: ['ar', undefined], feedUnsaid: [undefined, undefined] },
  { reader: 'uk', uiLocale: 'uk', formatLocale: 'uk', interfaceLang: undefined, interfaceDir: undefined, feedInUk: ['uk', undefined], feedInAr: ['ar', undefined], feedUnsaid: [undefined, undefined] },
  { reader: 'uk-UA', uiLocale: 'uk', formatLocale: 'uk-UA', interfaceLang: undefined, interfaceDir: undefined, feedInUk: ['uk', undefined], feedInAr: ['ar', undefined], feedUnsaid: [undefined, undefined] },
  // `ua` is read as Ukrainian (a frequent mistake).
  { reader: 'ua', uiLocale: 'uk', formatLocale: 'ua', interfaceLang: undefined, interfaceDir: undefined, feedInUk: ['uk', undefined], feedInAr: ['ar', undefined], feedUnsaid: [undefined, undefined] },
  // A language the interface lacks, left to right: English interface, marked; numbers in English; feed text in the reader's language.
  { reader: 'de', uiLocale: 'en', formatLocale: 'en', interfaceLang: 'en', interfaceDir: undefined, feedInUk: ['uk', undefined], feedInAr: ['ar', undefined], feedUnsaid: ['de', undefined] },
  // Right to left: the English interface is marked ltr, feed text gets its own direction or `auto`.
  { reader: 'ar', uiLocale: 'en', formatLocale: 'en', interfaceLang: 'en', interfaceDir: 'ltr', feedInUk: ['uk', 'ltr'], feedInAr: ['ar', 'rtl'], feedUnsaid: ['ar', 'auto'] },
  { reader: 'he-IL', uiLocale: 'en', formatLocale: 'en', interfaceLang: 'en', interfaceDir: 'ltr', feedInUk: ['uk', 'ltr'], feedInAr: ['ar', 'rtl'], feedUnsaid: ['he-IL', 'auto'] },
];

describe('language policy', () => {
  for (const row of TABLE) {
    it(`for a reader in ${row.reader}`, () => {
      const policy = languagePolicy(row.reader);
      expect(policy.reader).to.equal(row.reader);
      expect(policy.uiLocale).to.equal(row.uiLocale);
      expect(policy.formatLocale).to.equal(row.formatLocale);
      expect(policy.interfaceLang).to.equal(row.interfaceLang);
      expect(policy.interfaceDir).to.equal(row.interfaceDir);
      const marks = (lang: string | undefined) => {
        const { lang: marked, dir } = policy.contentLang(lang);
        return [marked, dir];
      };
      expect(marks('uk'), 'feed text in uk').to.deep.equal(row.feedInUk);
      expect(marks('ar'), 'feed text in ar').to.deep.equal(row.feedInAr);
      expect(marks(''), 'feed text that does not say').to.deep.equal(row.feedUnsaid);
      expect(marks(undefined), 'feed text that does not say').to.deep.equal(row.feedUnsaid);
    });
  }
});
