/**
 * Turns the validator's problems into something a webmaster can act on: the
 * line and column of each problem in the feed's own text, and a fix in plain
 * words. Shared by the embed builder (in the browser) and the command-line
 * tool (`standpoint-widgets validate`), so both say the same thing; it uses
 * no browser or Node API.
 */

/**
 * @typedef {{ severity: 'fatal' | 'warning', path: string, message: string }} FeedProblem
 * @typedef {{ offset: number, line: number, column: number }} TextPosition
 * @typedef {FeedProblem & TextPosition & { fix: string, consequence: string, exact: boolean }} LocatedProblem
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A key appended to a JSON path, written exactly as the validator writes it (`a.b`, `a["uk-UA"]`). */
export const joinKey = (path, key) =>
  IDENTIFIER.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

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
 * @returns {{ offset: number, message: string } | undefined}
 */
export function scanJson(text, visit) {
  /** @type {{ array: boolean, path: string | undefined, count: number, key?: string }[]} */
  const stack = [];
  // What may come next: a value, an object key, a colon, or a comma / closing bracket.
  let expecting = 'value';
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message) => ({ offset: Math.min(index, text.length), message });

  const readString = () => {
    const start = index;
    index += 1;
    for (;;) {
      const char = text[index];
      if (char === undefined) return fail('a string is not closed: a closing " is missing');
      if (char === '"') break;
      if (char === '\\') index += 2;
      else if (char < ' ') return fail('a line break or control character inside a string: write it as \\n');
      else index += 1;
    }
    index += 1;
    try {
      return { value: JSON.parse(text.slice(start, index)) };
    } catch {
      index = start;
      return fail('a string has an invalid escape (\\ followed by a character JSON does not know)');
    }
  };

  const valuePath = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.path === undefined || stack.length > MAX_PATH_DEPTH) return undefined;
    return top.array ? `${top.path}[${top.count}]` : joinKey(top.path, top.key);
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
        return fail('more text after the end of the feed');
      case 'colon':
        if (char !== ':') return fail('a colon (:) is missing after a key');
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
        return fail(`a comma is missing, or a ${top.array ? ']' : '}'} to close the ${top.array ? 'list' : 'object'}`);
      case 'key':
      case 'first-key': {
        if (char === '}' && expecting === 'first-key') {
          index += 1;
          stack.pop();
          closeValue();
          continue;
        }
        if (char !== '"') {
          return fail(char === '}' ? 'a comma before } (JSON allows no comma after the last entry)' : 'a key in double quotes is missing');
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
        if (char === ']' || char === '}') return fail(`a comma before ${char} (JSON allows no comma after the last entry)`);
        if (char === "'") return fail("single quotes: JSON needs double quotes (\") around texts and keys");
        return fail('a value is expected here: a text in double quotes, a number, true, false, null, an object or a list');
      }
    }
  }
  if (expecting === 'value' && stack.length === 0) return fail('the feed is empty');
  if (stack.length > 0) return fail(`the feed ends too early: ${stack.length} bracket${stack.length === 1 ? ' is' : 's are'} not closed`);
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
export function findSyntaxError(text) {
  const error = scanJson(text, () => {});
  return error && { ...positionOf(lineStarts(text), error.offset), message: error.message };
}

const STATUS_WORDS = 'pending, voiced, negotiating, enshrined, implemented or rejected';

/**
 * A fix in plain words for one problem, from the shape of its path and of
 * the validator's "expected …; got …" message.
 *
 * @param {FeedProblem} problem
 * @returns {string}
 */
export function fixFor(problem) {
  const { path, message } = problem;
  const field = /(?:^|\.)([A-Za-z_$][\w$]*)$|\["((?:[^"\\]|\\.)*)"\]$/.exec(path)?.slice(1).find(Boolean) ?? '';
  const what = field ? `"${field}"` : 'this entry';
  const expected = /: expected (.*?); got (.*?)(?:; .* was left out)?$/.exec(message);
  const wanted = expected?.[1] ?? '';
  const got = expected?.[2] ?? '';

  if (/expected JSON;/.test(message)) {
    return 'The file is not valid JSON. Look at the line shown: a missing or extra comma, a quote that is not closed, or single quotes instead of double quotes are the usual causes. Save the file as UTF-8 text.';
  }
  if (path === '' && /JSON Feed object/.test(message)) {
    return 'A feed is one JSON object: the file starts with { and ends with }. Start from `npx standpoint-widgets init`, or copy demo/sample-feed.json.';
  }
  if (path === 'version') {
    return 'Put "version": "https://jsonfeed.org/version/1.1" at the top of the feed, inside the outer { }.';
  }
  if (path === 'items' && /no item the widgets can show/.test(message)) {
    return 'Add at least one item with an "id" to "items", or fix the items that were left out (see the warnings).';
  }
  if (path === 'items') {
    return 'Add "items": [ … ] to the feed: a list with one entry per standpoint, each with at least an "id".';
  }
  if (got === 'nothing') {
    if (field === 'id') return 'Add an "id": a short text such as "release-civilians" that no other entry in this list uses.';
    return `Add the field ${what} here: it is required.`;
  }
  if (field === 'status' && /one of/.test(wanted)) {
    return `Use one of the statuses ${STATUS_WORDS}. An unknown status is kept as written, but this version of the widgets shows it without its icon and meaning.`;
  }
  if (field === 'kind' && /one of/.test(wanted)) return 'Write "organization" or "person", or leave "kind" out.';
  if (/URL/.test(wanted)) {
    return 'Write a web address that starts with https:// (or a path relative to the feed, such as /standpoint.pdf). Other kinds of address, such as javascript:, are never used.';
  }
  if (/RFC 3339 date/.test(wanted)) return 'Write the date as 2025-08-13 or, with a time, 2025-08-13T10:00:00+03:00.';
  if (/whole number|at least|below/.test(wanted)) {
    return 'Write a whole number of 0 or more, without quotes, spaces or separators: 148, not "148" or 1 480.';
  }
  if (/JSON Feed version URL/.test(wanted)) return 'Use "https://jsonfeed.org/version/1.1".';
  if (wanted === 'a string' || wanted === 'a string or a number') return `Write ${what} as text in double quotes.`;
  if (wanted === 'true or false') return `Write true or false, without quotes.`;
  if (wanted === 'an array') return `Write ${what} as a list in square brackets: [ … ].`;
  if (wanted === 'an object') return `Write ${what} as an object in braces: { … }.`;
  if (wanted === 'a number') return `Write ${what} as a number, without quotes.`;
  return 'Correct the value as the message says, or remove the field.';
}

/**
 * What a problem does to the page, in plain words.
 *
 * @param {FeedProblem} problem
 */
export function consequenceOf(problem) {
  if (problem.severity === 'fatal') return 'The widgets cannot show this feed: they show their fallback content instead.';
  const leftOut = /; (\S+) was left out$/.exec(problem.message)?.[1];
  if (leftOut) return `${leftOut} is not shown until this is fixed; the rest of the feed is.`;
  if (/expected one of/.test(problem.message)) return 'The value is kept as written.';
  return 'This value is ignored; the rest of the feed is shown.';
}

/**
 * Every problem with its line, column, fix and consequence, in the order of
 * the text.
 *
 * @param {string} text the feed as written
 * @param {readonly FeedProblem[]} problems from `parseFeed(text)`
 * @returns {LocatedProblem[]}
 */
export function locateProblems(text, problems) {
  const syntax = problems.some((problem) => /expected JSON;/.test(problem.message)) ? findSyntaxError(text) : undefined;
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
        fix: syntax ? `Line ${syntax.line}, column ${syntax.column}: ${syntax.message}. ${fixFor(problem)}` : fixFor(problem),
        consequence: consequenceOf(problem),
      };
    })
    .sort((a, b) => a.offset - b.offset || (a.severity === 'fatal' ? -1 : 1));
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
  return [{ severity: 'fatal', path: 'items', message: 'items: the feed has no item the widgets can show' }];
}

/**
 * One sentence about the whole result, for the builder's live region and the
 * command line's last line.
 *
 * @param {readonly FeedProblem[]} problems
 */
export function summarizeProblems(problems) {
  const fatal = problems.filter((problem) => problem.severity === 'fatal').length;
  const warnings = problems.length - fatal;
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  if (fatal > 0) return `The widgets cannot show this feed: ${count(fatal, 'problem', 'problems')} to fix first${warnings ? `, and ${count(warnings, 'warning', 'warnings')}` : ''}.`;
  if (warnings > 0) return `The widgets can show this feed, but ${count(warnings, 'part is', 'parts are')} left out or kept as written: ${count(warnings, 'warning', 'warnings')}.`;
  return 'No problems: the widgets can show every part of this feed.';
}
