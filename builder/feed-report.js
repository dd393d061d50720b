/**
 * Turns the validator's problems into something a webmaster can act on: the
 * line and column of each problem in the feed's own text, its words in the
 * webmaster's language (what is wrong and how to fix it, from the library's
 * problem-text tables) and what it does to the page. Shared by the embed
 * builder (in the browser) and the command-line tool (`standpoint-widgets
 * validate`), so both say the same thing; it uses no browser or Node API.
 * Every function that words something takes the language last (`en` unless
 * told: the command line speaks English). Nothing here reads a problem's
 * message: what it does depends on codes only.
 */
import { describeProblem, feedProblem, joinKey, lintFeed } from '../dist/feed/authoring.js';
import { translate } from './strings.js';

/**
 * @typedef {import('../dist/feed/authoring.js').FeedProblem} FeedProblem
 * @typedef {{ offset: number, line: number, column: number }} TextPosition
 * @typedef {FeedProblem & TextPosition & { description: string, consequence: string, exact: boolean }} LocatedProblem
 */

/** A key appended to a JSON path, written exactly as the validator writes it (`a.b`, `a["uk-UA"]`). */
export { joinKey };

/** Line starts of a text, for turning offsets into lines. */
function lineStarts(text) {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** A 1-based line and column for an offset, from the line starts of the text. */
function positionOf(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { offset, line: low + 1, column: offset - starts[low] + 1 };
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];
/**
 * Paths deeper than this are not reported: the feed format is never more than
 * a few levels deep, and building ever longer path strings for a hostile feed
 * nested a million levels would make the walk quadratic.
 */
const MAX_PATH_DEPTH = 32;

/**
 * Walks JSON text once, without recursion (a hostile feed may nest a million
 * arrays deep), and calls `visit(path, offset)` at the start of every value.
 * Returns the first syntax error as `{ offset, message }`, or `undefined`.
 *
 * @param {string} text
 * @param {(path: string, offset: number) => void} visit
 * @param {string} [lang] the language of the message
 * @returns {{ offset: number, message: string } | undefined}
 */
export function scanJson(text, visit, lang = 'en') {
  /** @type {{ array: boolean, path: string | undefined, count: number, key?: string }[]} */
  const stack = [];
  // What may come next: a value, an object key, a colon, or a comma / closing bracket.
  let expecting = 'value';
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (key, params) => ({ offset: Math.min(index, text.length), message: translate(lang, `report.syntax.${key}`, params) });

  const readString = () => {
    const start = index;
    index += 1;
    for (;;) {
      const char = text[index];
      if (char === undefined) return fail('unclosedString');
      if (char === '"') break;
      if (char === '\\') index += 2;
      else if (char < ' ') return fail('controlCharacter');
      else index += 1;
    }
    index += 1;
    try {
      return { value: JSON.parse(text.slice(start, index)) };
    } catch {
      index = start;
      return fail('badEscape');
    }
  };

  const valuePath = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.path === undefined || stack.length > MAX_PATH_DEPTH) return undefined;
    // In an object, a value is always read after its key.
    return top.array ? `${top.path}[${top.count}]` : joinKey(top.path, /** @type {string} */ (top.key));
  };

  const closeValue = () => {
    expecting = stack.length === 0 ? 'end' : 'comma';
  };

  while (index < text.length) {
    const char = text[index];
    if (WHITESPACE.has(char)) {
      index += 1;
      continue;
    }
    const top = stack[stack.length - 1];
    switch (expecting) {
      case 'end':
        return fail('trailingText');
      case 'colon':
        if (char !== ':') return fail('missingColon');
        index += 1;
        expecting = 'value';
        continue;
      case 'comma':
        if (char === ',') {
          index += 1;
          if (top.array) top.count += 1;
          expecting = top.array ? 'value' : 'key';
          continue;
        }
        if (char === (top.array ? ']' : '}')) {
          index += 1;
          stack.pop();
          closeValue();
          continue;
        }
        return fail(top.array ? 'missingCommaList' : 'missingCommaObject');
      case 'key':
      case 'first-key': {
        if (char === '}' && expecting === 'first-key') {
          index += 1;
          stack.pop();
          closeValue();
          continue;
        }
        if (char !== '"') {
          return char === '}' ? fail('trailingComma', { bracket: '}' }) : fail('missingKey');
        }
        const key = readString();
        if ('message' in key) return key;
        top.key = key.value;
        expecting = 'colon';
        continue;
      }
      case 'value':
      case 'first-value': {
        if (char === ']' && expecting === 'first-value') {
          index += 1;
          stack.pop();
          closeValue();
          continue;
        }
        const path = valuePath();
        if (path !== undefined) visit(path, index);
        if (char === '{' || char === '[') {
          index += 1;
          stack.push({ array: char === '[', path, count: 0 });
          expecting = char === '[' ? 'first-value' : 'first-key';
          continue;
        }
        if (char === '"') {
          const string = readString();
          if ('message' in string) return string;
          closeValue();
          continue;
        }
        NUMBER.lastIndex = index;
        const number = NUMBER.exec(text);
        if (number) {
          index += number[0].length;
          closeValue();
          continue;
        }
        const literal = LITERALS.find((word) => text.startsWith(word, index));
        if (literal) {
          index += literal.length;
          closeValue();
          continue;
        }
        if (char === ']' || char === '}') return fail('trailingComma', { bracket: char });
        if (char === "'") return fail('singleQuotes');
        return fail('valueExpected');
      }
    }
  }
  if (expecting === 'value' && stack.length === 0) return fail('empty');
  if (stack.length > 0) return fail('endsEarly', { count: stack.length });
  return undefined;
}

/** The path one step up: `a.b[2]` → `a.b`, `a["x"]` → `a`, `a` → ''. */
export function parentPath(path) {
  const match = /(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path);
  return match ? path.slice(0, match.index) : '';
}

/**
 * Where each path starts in the text. A path that is not in the text (a
 * missing field) gets the position of its closest ancestor that is, marked
 * `exact: false`.
 *
 * @param {string} text
 * @param {readonly string[]} paths
 * @returns {Map<string, TextPosition & { exact: boolean }>}
 */
export function locatePaths(text, paths) {
  const wanted = new Set();
  for (const path of paths) for (let at = path; ; at = parentPath(at)) {
    wanted.add(at);
    if (at === '') break;
  }
  const found = new Map();
  scanJson(text, (path, offset) => {
    if (wanted.has(path) && !found.has(path)) found.set(path, offset);
  });
  const starts = lineStarts(text);
  const located = new Map();
  for (const path of paths) {
    let at = path;
    while (!found.has(at) && at !== '') at = parentPath(at);
    const offset = found.get(at) ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
    located.set(path, { ...positionOf(starts, offset), exact: at === path && found.has(path) });
  }
  return located;
}

/** The line and column of a syntax error in `text`, or `undefined` for valid JSON. */
export function findSyntaxError(text, lang = 'en') {
  const error = scanJson(text, () => {}, lang);
  return error && { ...positionOf(lineStarts(text), error.offset), message: error.message };
}

/** Problems that leave the page as it is: reminders for the author before publishing. */
const REMINDERS = new Set(['placeholder', 'untranslated']);

/**
 * Whether a problem only reminds the author of something before publishing
 * (the page shows everything as it is).
 *
 * @param {FeedProblem} problem
 */
export const isReminder = (problem) => problem.severity !== 'fatal' && REMINDERS.has(problem.code);

/**
 * What a problem does to the page, in plain words.
 *
 * @param {FeedProblem} problem
 * @param {string} [lang]
 */
export function consequenceOf(problem, lang = 'en') {
  if (problem.severity === 'fatal') return translate(lang, 'report.effect.fatal');
  const omitted = problem.details?.omitted;
  if (omitted) return translate(lang, 'report.effect.leftOut', { what: omitted });
  switch (problem.code) {
    case 'not-one-of':
      return translate(lang, problem.details?.kept ? 'report.effect.keptAsWritten' : 'report.effect.ignored');
    case 'deprecated':
    case 'language-code':
      return translate(lang, 'report.effect.stillRead');
    case 'placeholder':
    case 'untranslated':
      return translate(lang, 'report.effect.shownAsWritten');
    default:
      return translate(lang, 'report.effect.ignored');
  }
}

/**
 * What a problem says, in `lang`: what is wrong and how to fix it. A text
 * that is not JSON is described by the builder's own reading of it (the
 * line, column and cause in plain words), never by the engine's message.
 *
 * @param {FeedProblem} problem
 * @param {string} [lang]
 * @param {{ line: number, column: number, message: string }} [syntax] the syntax error of a text that is not JSON, in `lang`
 */
export function describe(problem, lang = 'en', syntax) {
  if (problem.code === 'not-json' && syntax) {
    return translate(lang, 'report.syntax.at', { line: syntax.line, column: syntax.column, message: syntax.message });
  }
  return describeProblem(problem, lang);
}

/**
 * Every problem with its line, column, description, fix and consequence, in
 * the order of the text.
 *
 * @param {string} text the feed as written
 * @param {readonly FeedProblem[]} problems from `parseFeed(text)`
 * @param {string} [lang] the language of the description, fix and consequence
 * @returns {LocatedProblem[]}
 */
export function locateProblems(text, problems, lang = 'en') {
  const syntax = problems.some((problem) => problem.code === 'not-json') ? findSyntaxError(text, lang) : undefined;
  const positions = syntax ? new Map() : locatePaths(text, problems.map((problem) => problem.path));
  return problems
    .map((problem) => {
      const position = syntax ?? positions.get(problem.path) ?? { offset: 0, line: 1, column: 1, exact: false };
      return {
        ...problem,
        offset: position.offset,
        line: position.line,
        column: position.column,
        exact: syntax ? true : position.exact,
        description: describe(problem, lang, syntax),
        consequence: consequenceOf(problem, lang),
      };
    })
    // What stops the widgets comes first, so it is fixed first; then the text's order.
    .sort((a, b) => (a.severity === b.severity ? a.offset - b.offset : a.severity === 'fatal' ? -1 : 1));
}

/**
 * What the validator cannot see but the widgets run into: a feed that is
 * valid yet has no item left to show (every item was malformed, or the list
 * is empty) makes every widget fall back.
 *
 * @param {{ items: unknown[] } | undefined} feed the validated feed
 * @returns {FeedProblem[]}
 */
export function usabilityProblems(feed) {
  if (!feed || feed.items.length > 0) return [];
  return [feedProblem('fatal', 'no-items', 'items')];
}

/**
 * Every problem of a feed's text for a tool to show: the validator's, the
 * widgets' (no item to show), and the authoring warnings (placeholders,
 * partial translations) of a text that is JSON.
 *
 * @param {string} text
 * @param {{ feed: unknown, problems: readonly FeedProblem[] }} result `parseFeed(text)`
 * @returns {FeedProblem[]}
 */
export function feedProblems(text, result) {
  const problems = [...result.problems, ...usabilityProblems(/** @type {any} */ (result.feed))];
  if (problems.some((problem) => problem.code === 'not-json')) return problems;
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return problems;
  }
  return [...problems, ...lintFeed(json)];
}

/**
 * The problem of a feed too large for the widgets to load.
 *
 * @param {number} size bytes
 * @param {number} max the loader's limit in bytes
 * @returns {FeedProblem}
 */
export function tooLargeProblem(size, max) {
  return feedProblem('fatal', 'too-large', '', { size, max });
}

/**
 * One sentence about the whole result, for the builder's live region and the
 * command line's last line.
 *
 * @param {readonly FeedProblem[]} problems
 * @param {string} [lang]
 */
export function summarizeProblems(problems, lang = 'en') {
  const fatal = problems.filter((problem) => problem.severity === 'fatal').length;
  // Placeholders and partial translations cost the page nothing: they are
  // reminders for the author, counted apart from what the widgets leave out.
  const reminders = problems.filter(isReminder).length;
  const warnings = problems.length - fatal - reminders;
  const words = {
    problems: translate(lang, 'report.summary.problems', { count: fatal }),
    warnings: translate(lang, 'report.summary.warningCount', { count: warnings + reminders }),
    parts: translate(lang, 'report.summary.parts', { count: warnings }),
    reminders: translate(lang, 'report.summary.reminders', { count: reminders }),
  };
  if (fatal > 0) {
    words.warnings = translate(lang, 'report.summary.warningCount', { count: warnings + reminders });
    return translate(lang, warnings + reminders ? 'report.summary.fatalAndWarnings' : 'report.summary.fatal', words);
  }
  if (warnings > 0) {
    words.warnings = translate(lang, 'report.summary.warningCount', { count: warnings });
    const sentence = translate(lang, 'report.summary.warnings', words);
    return reminders ? `${sentence} ${translate(lang, 'report.summary.remindersToo', words)}` : sentence;
  }
  if (reminders > 0) return translate(lang, 'report.summary.ready', words);
  return translate(lang, 'report.summary.ok');
}
