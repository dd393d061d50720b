/**
 * The words of every feed problem, in English and Ukrainian: what is wrong
 * and how to fix it, from the problem's code and details alone, so that
 * rewording a message never changes what a tool does with it.
 *
 * The validator words its problems in English (the console's language);
 * the builder and the command line word them in the webmaster's language.
 * This module imports only path.ts, so the builder can load it in a browser
 * as it is, and the Ukrainian table stays out of the widgets' bundles
 * (they never import `describeProblem`).
 */
import { fieldOf } from './path.js';
import type { FeedProblem, FeedProblemCode, FeedProblemDetails, FeedProblemSeverity } from './types.js';

/** The language of a problem's words: the two the tools speak. */
export type ProblemLanguage = 'en' | 'uk';

type Wording = Readonly<Record<FeedProblemCode, (details: FeedProblemDetails, path: string) => string>>;

const quote = (text: string | undefined): string => `"${text ?? ''}"`;

const LINE = (details: FeedProblemDetails, words: (line: number, column: number) => string): string =>
  details.line !== undefined && details.column !== undefined ? words(details.line, details.column) : '';

const EXPECTED_EN: Readonly<Record<string, string>> = {
  string: 'text in double quotes',
  number: 'a number without quotes',
  boolean: 'true or false, without quotes',
  object: 'an object in braces, { … }',
  array: 'a list in square brackets, [ … ]',
  id: 'a text in double quotes or a whole number',
};

const EXPECTED_UK: Readonly<Record<string, string>> = {
  string: 'текстом у подвійних лапках',
  number: 'числом без лапок',
  boolean: 'true або false, без лапок',
  object: 'об’єктом у фігурних дужках, { … }',
  array: 'списком у квадратних дужках, [ … ]',
  id: 'текстом у подвійних лапках або цілим числом',
};

/** Whether a path is inside a demand, for "another demand / another item". */
const inDemands = (path: string): boolean => path.includes('.demands[');

const suggestionEn = (details: FeedProblemDetails): string =>
  details.suggestion !== undefined ? ` Did you mean ${quote(details.suggestion)}?` : '';
const suggestionUk = (details: FeedProblemDetails): string =>
  details.suggestion !== undefined ? ` Можливо, ви мали на увазі ${quote(details.suggestion)}?` : '';

function numberRangeEn(details: FeedProblemDetails): string {
  const kind = details.expected === 'whole-number' ? 'a whole number' : 'a number';
  const max = details.max !== undefined ? ` and below ${details.max}` : '';
  return `${kind} of at least ${details.min ?? 0}${max}, without quotes or spaces`;
}

function numberRangeUk(details: FeedProblemDetails): string {
  const kind = details.expected === 'whole-number' ? 'цілим числом' : 'числом';
  const max = details.max !== undefined ? ` і меншим за ${details.max}` : '';
  return `${kind}, не меншим за ${details.min ?? 0}${max}, без лапок і пробілів`;
}

const EN: Wording = {
  'not-json': (details) =>
    `The feed is not valid JSON${LINE(details, (line, column) => ` (line ${line}, column ${column})`)}: look there for a missing or extra comma, a quote or bracket that is not closed, or single quotes where JSON needs double ones.`,
  'not-an-object': (details) =>
    `The feed must be one JSON object, { … }, holding "version" and "items"; this file holds ${details.received ?? 'something else'}.`,
  missing: (details, path) => {
    if (path === 'version') return 'The feed must say which JSON Feed version it is: add "version": "https://jsonfeed.org/version/1.1".';
    if (path === 'items') return 'The feed must have "items", the list of its entries: add "items": [ … ] with at least one item.';
    if (/^items\[\d+\]\.id$/.test(path)) return 'Every item needs an "id" that no other item has: add one, such as "id": "standpoint-2025".';
    return `${quote(details.field)} is required here: add it.`;
  },
  'wrong-type': (details) =>
    `${quote(details.field)} must be ${EXPECTED_EN[details.expected ?? ''] ?? details.expected}; it is ${details.received}.`,
  'not-one-of': (details) =>
    `${quote(details.field)} must be one of ${(details.options ?? []).join(', ')}; ${details.received} is not one of them.${suggestionEn(details)}`,
  'bad-url': (details) =>
    `${quote(details.field)} must be a web address that starts with https:// (or http://, mailto:, or a path relative to the feed); ${details.received} is not.`,
  'bad-date': (details) =>
    `${quote(details.field)} must be an RFC 3339 date, such as ${details.expected === 'date' ? '2025-08-13 or ' : ''}2025-08-13T10:00:00+03:00; ${details.received} is not.`,
  'bad-number': (details) => `${quote(details.field)} must be ${numberRangeEn(details)}; ${details.received} is not.`,
  'bad-version': (details) =>
    `"version" must be exactly "https://jsonfeed.org/version/1.1" (or "https://jsonfeed.org/version/1" for JSON Feed 1.0); ${details.received} is not a JSON Feed version.`,
  'unknown-key': (details) =>
    `${quote(details.field)} is not a field the widgets know here, so it is ignored.${suggestionEn(details)}`,
  deprecated: (details) =>
    `${quote(details.field)} is not a JSON Feed field here: write it as ${quote(details.replacement)} instead (it is still read for now).`,
  'language-code': (details) =>
    `${details.received} is the country code of Ukraine, not a language: write "uk" for Ukrainian (it is read as "uk" for now).`,
  'duplicate-id': (details, path) =>
    `Another ${inDemands(path) ? 'demand' : 'item'} already has the id ${details.received}: give each ${inDemands(path) ? 'demand' : 'item'} an id of its own.`,
  'no-items': () => 'The feed has no item the widgets can show: add one to "items".',
  'too-large': (details) =>
    `The feed is ${details.size} bytes and the widgets refuse feeds over ${details.max} bytes: list fewer signatories (keep "count" for the total) and move long texts to the page the item links to.`,
  placeholder: (details) =>
    details.expected === 'url'
      ? `${quote(details.field)} points at ${details.received}, an example address: replace it, and every other address on that host, with your own.`
      : `${quote(details.field)} still holds ${details.received}, a placeholder from the starter feed: replace it with your own text.`,
  untranslated: (details) =>
    `The ${quote(details.language)} translation has no ${details.missing}: add it, or readers in that language see this part in the original language.`,
};

const UK: Wording = {
  'not-json': (details) =>
    `Стрічка не є коректним JSON${LINE(details, (line, column) => ` (рядок ${line}, стовпчик ${column})`)}: пошукайте там пропущену чи зайву кому, незакриті лапки або дужку чи одинарні лапки замість подвійних.`,
  'not-an-object': (details) =>
    `Стрічка має бути одним об’єктом JSON, { … }, з полями "version" і "items"; у цьому файлі — ${details.received ?? 'щось інше'}.`,
  missing: (details, path) => {
    if (path === 'version') return 'Стрічка має вказати свою версію JSON Feed: додайте "version": "https://jsonfeed.org/version/1.1".';
    if (path === 'items') return 'Стрічка має містити "items" — список своїх записів: додайте "items": [ … ] хоча б з одним записом.';
    if (/^items\[\d+\]\.id$/.test(path)) return 'Кожен запис потребує власного "id", якого немає в жодного іншого: додайте, наприклад, "id": "standpoint-2025".';
    return `Тут обов’язкове поле ${quote(details.field)}: додайте його.`;
  },
  'wrong-type': (details) =>
    `${quote(details.field)} має бути ${EXPECTED_UK[details.expected ?? ''] ?? details.expected}; зараз це ${details.received}.`,
  'not-one-of': (details) =>
    `${quote(details.field)} має бути одним зі значень ${(details.options ?? []).join(', ')}; ${details.received} серед них немає.${suggestionUk(details)}`,
  'bad-url': (details) =>
    `${quote(details.field)} має бути вебадресою, що починається з https:// (або http://, mailto: чи шляхом відносно стрічки); ${details.received} такою не є.`,
  'bad-date': (details) =>
    `${quote(details.field)} має бути датою у форматі RFC 3339, наприклад ${details.expected === 'date' ? '2025-08-13 або ' : ''}2025-08-13T10:00:00+03:00; ${details.received} такою не є.`,
  'bad-number': (details) => `${quote(details.field)} має бути ${numberRangeUk(details)}; ${details.received} таким не є.`,
  'bad-version': (details) =>
    `"version" має бути саме "https://jsonfeed.org/version/1.1" (або "https://jsonfeed.org/version/1" для JSON Feed 1.0); ${details.received} не є версією JSON Feed.`,
  'unknown-key': (details) =>
    `Поля ${quote(details.field)} віджети тут не знають, тож його пропущено.${suggestionUk(details)}`,
  deprecated: (details) =>
    `${quote(details.field)} тут не є полем JSON Feed: натомість запишіть ${quote(details.replacement)} (поки що його ще прочитано).`,
  'language-code': (details) =>
    `${details.received} — це код країни (України), а не мови: для української пишіть "uk" (поки що це прочитано як "uk").`,
  'duplicate-id': (details, path) =>
    `${inDemands(path) ? 'Інша вимога' : 'Інший запис'} вже має id ${details.received}: дайте ${inDemands(path) ? 'кожній вимозі' : 'кожному запису'} власний id.`,
  'no-items': () => 'У стрічці немає жодного запису, який віджети можуть показати: додайте запис до "items".',
  'too-large': (details) =>
    `Розмір стрічки — ${details.size} байтів, а віджети не приймають стрічок, більших за ${details.max} байтів: перелічіть менше підписантів (загальну кількість залиште в "count") і перенесіть довгі тексти на сторінку, на яку посилається запис.`,
  placeholder: (details) =>
    details.expected === 'url'
      ? `${quote(details.field)} вказує на ${details.received} — адресу-приклад: замініть її та всі інші адреси на цьому сайті власними.`
      : `У ${quote(details.field)} досі ${details.received} — заповнювач зі стартової стрічки: замініть його власним текстом.`,
  untranslated: (details) =>
    `У перекладі ${quote(details.language)} бракує ${details.missing}: додайте це, інакше читачі цією мовою побачать цю частину мовою оригіналу.`,
};

const WORDINGS: Readonly<Record<ProblemLanguage, Wording>> = { en: EN, uk: UK };

/** A problem's English words: what the validator puts in `message`. */
export const problemMessage = (code: FeedProblemCode, details: FeedProblemDetails, path: string): string =>
  EN[code](details, path);

/**
 * A problem, as every part of the library makes one: its field read off the
 * path, its English words from its code and details.
 */
export function feedProblem(severity: FeedProblemSeverity, code: FeedProblemCode, path: string, details: FeedProblemDetails = {}): FeedProblem {
  const full = { field: fieldOf(path), ...details };
  return { severity, code, path, message: problemMessage(code, full, path), details: full };
}

/**
 * A problem in plain words, in `lang` (Ukrainian for `uk`, `uk-UA`…,
 * English otherwise): what is wrong and how to fix it. The JSON path is not
 * part of it; show it beside.
 */
export function describeProblem(problem: Pick<FeedProblem, 'code' | 'path' | 'details'>, lang = 'en'): string {
  const wording = WORDINGS[lang.toLowerCase().startsWith('uk') ? 'uk' : 'en'];
  return wording[problem.code](problem.details ?? {}, problem.path);
}
