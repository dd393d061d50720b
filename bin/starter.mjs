/**
 * What `standpoint-widgets init` writes: a starter feed in English and
 * Ukrainian with the six demands of the joint standpoint of 13 August 2025
 * (every status `pending`, every address a placeholder, the join link
 * too), and a starter page
 * that shows all four widgets from it.
 */
import { buildSnippet, fallbackFor, WIDGETS, escapeHtml } from '../dist/feed/authoring.js';

/** The six demands, in both languages, as placeholders to edit. */
const DEMANDS = [
  {
    id: 'release-civilians',
    en: 'Release all civilians held by Russia’s armed forces or the occupation authorities, and return deported Ukrainian citizens, children included.',
    uk: 'Звільнити всіх цивільних, яких утримують збройні сили Росії або окупаційна влада, і повернути депортованих українських громадян, зокрема дітей.',
  },
  {
    id: 'end-disappearances',
    en: 'End enforced disappearances, unlawful detention and criminal or administrative persecution of Ukrainian citizens in the occupied territories.',
    uk: 'Припинити насильницькі зникнення, незаконні затримання, кримінальне та адміністративне переслідування українських громадян на окупованих територіях.',
  },
  {
    id: 'demarcation-corridors',
    en: 'Set a temporary demarcation line and open humanitarian corridors.',
    uk: 'Встановити тимчасову лінію розмежування та відкрити гуманітарні коридори.',
  },
  {
    id: 'humanitarian-access',
    en: 'Give international organisations humanitarian access to the occupied territories.',
    uk: 'Надати міжнародним організаціям гуманітарний доступ до окупованих територій.',
  },
  {
    id: 'no-forced-citizenship',
    en: 'Stop forcing Russian citizenship on residents of the occupied territories.',
    uk: 'Припинити нав’язувати російське громадянство мешканцям окупованих територій.',
  },
  {
    id: 'access-to-rights',
    en: 'Guarantee residents unhindered access to medical care, social benefits, pensions and education, and protect their property rights and freedom of movement.',
    uk: 'Гарантувати мешканцям безперешкодний доступ до медичної допомоги, соціальних виплат і пенсій, освіти, а також захистити їхні майнові права та свободу пересування.',
  },
];

const TEXTS = {
  en: {
    feedTitle: 'Your coalition (replace)',
    title: 'Humanitarian issues in the occupied territories must be part of any peace deal (replace with your title)',
    summary: 'One or two sentences for previews and shares (replace).',
    content:
      'The first paragraph of your statement (replace).\n\nThe second paragraph. Links are written as plain addresses: https://example.org/standpoint',
    shareText: 'The humanitarian needs of people in the occupied territories belong in any signed agreement (replace).',
    joinText: 'Add your organisation (replace)',
    pageTitle: 'Our joint standpoint',
    pageIntro: 'This page shows the standpoint from feed.json. Edit the feed, then check it with',
  },
  uk: {
    feedTitle: 'Ваша коаліція (замініть)',
    title: 'Гуманітарні питання окупованих територій мають стати частиною будь-якої мирної угоди (замініть своєю назвою)',
    summary: 'Одне-два речення для попереднього перегляду й поширення (замініть).',
    content:
      'Перший абзац вашої заяви (замініть).\n\nДругий абзац. Посилання пишіть звичайними адресами: https://example.org/standpoint',
    shareText: 'Гуманітарні потреби людей на окупованих територіях мають бути в будь-якій підписаній угоді (замініть).',
    joinText: 'Додайте свою організацію (замініть)',
    pageTitle: 'Наша спільна позиція',
    pageIntro: 'Ця сторінка показує позицію з feed.json. Змініть фід і перевірте його командою',
  },
};

/** Today's date as `YYYY-MM-DD`, so a fresh feed is dated the day it was made. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The starter feed: `lang` is the item's own language, the other one its
 * translation.
 *
 * @param {'uk' | 'en'} lang
 */
export function starterFeed(lang = 'uk') {
  const other = lang === 'uk' ? 'en' : 'uk';
  const own = TEXTS[lang];
  const translated = TEXTS[other];
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: own.feedTitle,
    home_page_url: 'https://example.org/',
    feed_url: 'https://example.org/standpoint/feed.json',
    language: lang,
    items: [
      {
        id: `standpoint-${today()}`,
        url: 'https://example.org/standpoint',
        title: own.title,
        summary: own.summary,
        content_text: own.content,
        date_published: `${today()}T10:00:00+03:00`,
        language: lang,
        _standpoint: {
          about: 'https://www.npmjs.com/package/standpoint-widgets#the-feed',
          demands: DEMANDS.map((demand) => ({ id: demand.id, text: demand[lang], status: 'pending' })),
          signatories: { count: 0, goal: 100, updated: `${today()}T10:00:00Z`, list: [] },
          share: { text: own.shareText, hashtags: [] },
          // Where readers sign: the coalition's own form (or a mailto: address).
          join: { url: 'https://example.org/standpoint/join', text: own.joinText },
          translations: {
            [other]: {
              title: translated.title,
              summary: translated.summary,
              content_text: translated.content,
              demands: Object.fromEntries(DEMANDS.map((demand) => [demand.id, { text: demand[other] }])),
              share: { text: translated.shareText },
              join: { text: translated.joinText },
            },
          },
        },
      },
    ],
  };
}

/**
 * The starter page: the four widgets on `feed.json` beside it.
 *
 * @param {object} options
 * @param {'uk' | 'en'} options.lang
 * @param {string} options.version
 * @param {Record<string, string>} options.integrity
 * @param {string} [options.scriptUrl] a self-hosted bundle instead of jsDelivr
 * @param {ReturnType<typeof starterFeed>} options.feed
 */
export function starterPage({ lang, version, integrity, scriptUrl, feed }) {
  const item = feed.items[0];
  const words = TEXTS[lang];
  const title = item.language === lang ? item.title : item._standpoint.translations[lang]?.title ?? item.title;
  const data = { title, url: item.url, count: item._standpoint.signatories.count };
  const snippet = buildSnippet({
    version,
    integrity,
    scriptUrl,
    common: { src: 'feed.json' },
    widgets: WIDGETS.map((tag) => ({
      tag,
      attributes: tag === 'standpoint-counter' ? { refresh: 300 } : tag === 'standpoint-statement' ? { collapsed: true } : {},
      fallback: fallbackFor(tag, data, lang),
    })),
  });
  const [script, , ...elements] = snippet.trimEnd().split('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(words.pageTitle)}</title>
    <!-- One module script; everything inside an element below is what readers see before it runs. -->
    ${script}
  </head>
  <body>
    <main>
      <h1>${escapeHtml(words.pageTitle)}</h1>
      <p>${escapeHtml(words.pageIntro)} <code>npx standpoint-widgets validate feed.json</code></p>
      ${elements.join('\n      ')}
    </main>
  </body>
</html>
`;
}
