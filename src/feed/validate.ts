/**
 * The runtime validator. It checks a parsed feed against `FeedSchema` and,
 * rather than rejecting a whole feed for one bad value, keeps what is sound:
 * a malformed optional field is dropped, a malformed list entry is left out,
 * and an enumerated value from a newer version of the format (an unknown
 * demand status) is kept as written. Only problems that leave nothing to
 * show are fatal: not JSON, not a JSON Feed.
 */
import * as v from 'valibot';
import { FeedSchema, withUrlBase } from './schema.js';
import type { Feed, FeedProblem } from './types.js';

export interface FeedValidation {
  /** The usable feed, or `undefined` when a fatal problem stopped validation. */
  feed: Feed | undefined;
  /** Every problem found, fatal ones and warnings, in document order. */
  problems: FeedProblem[];
}

type Outcome = { ok: true; value: unknown } | { ok: false };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const joinKey = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

/** How a received value is named in a message: short, and never the whole of a huge value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Object: 'an object',
  Array: 'an array',
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
  let expected: string;
  if (issue.kind === 'schema') {
    expected = (issue.expected ?? '')
      .replace(/^\((.*)\)$/, '$1')
      .split(' | ')
      .map((name) => TYPE_NAMES[name] ?? name)
      .join(' or ');
  } else {
    // Every action in the schema carries its own "expected" wording as message.
    expected = issue.message;
  }
  return `expected ${expected}; got ${describeValue(issue.input)}`;
}

const recordFree = new WeakMap<object, boolean>();

/** Whether a schema holds no `record` at any depth (through objects, arrays and optionals). */
function hasNoRecord(schema: v.GenericSchema): boolean {
  let known = recordFree.get(schema);
  if (known === undefined) {
    const inner = schema as Partial<{ wrapped: v.GenericSchema; item: v.GenericSchema; entries: v.ObjectEntries }>;
    known =
      schema.type !== 'record' &&
      (inner.wrapped === undefined || hasNoRecord(inner.wrapped)) &&
      (inner.item === undefined || hasNoRecord(inner.item)) &&
      (inner.entries === undefined || Object.values(inner.entries).every((entry) => hasNoRecord(entry)));
    recordFree.set(schema, known);
  }
  return known;
}

class Salvager {
  readonly problems: FeedProblem[] = [];

  private warn(path: string, detail: string): void {
    this.problems.push({ severity: 'warning', path, message: `${path || '(root)'}: ${detail}` });
  }

  run(schema: v.GenericSchema, input: unknown, path: string): Outcome {
    switch (schema.type) {
      case 'optional': {
        // Many feed generators write null for "absent"; that is no problem.
        if (input === undefined || input === null) return { ok: true, value: undefined };
        return this.run((schema as v.OptionalSchema<v.GenericSchema, undefined>).wrapped, input, path);
      }
      case 'object':
        if (isPlainObject(input)) return this.object(schema as v.ObjectSchema<v.ObjectEntries, undefined>, input, path);
        // valibot takes an array for an object and names its first missing key
        // ("items[0].id: expected "id""); the real problem is the array itself.
        this.warn(path, `expected an object; got ${describeValue(input)}`);
        return { ok: false };
      case 'array':
        if (Array.isArray(input)) {
          const array = schema as v.ArraySchema<v.GenericSchema, undefined>;
          // A long list (10,000 signatories) is usually sound: valibot checks
          // it in one pass, a few times faster than the walk, which runs only
          // when something in it is wrong. Not for records, whose
          // "__proto__" keys valibot drops and the walk keeps. (The one other
          // difference: a key whose value is `undefined`, which JSON cannot
          // hold, stays a key here.)
          if (hasNoRecord(array.item)) {
            const sound = v.safeParse(array, input, { abortEarly: true });
            if (sound.success) return { ok: true, value: sound.output };
          }
          return this.array(array, input, path);
        }
        break;
      case 'record':
        if (isPlainObject(input))
          return this.record(schema as v.RecordSchema<v.GenericSchema<string, string>, v.GenericSchema, undefined>, input, path);
        break;
      case 'picklist': {
        const options = (schema as v.PicklistSchema<v.PicklistOptions, undefined>).options;
        if (typeof input === 'string' && input.trim() !== '' && !options.includes(input)) {
          // A value from a newer version of the format: keep it, say so.
          this.warn(path, `expected one of ${options.join(', ')}; got ${describeValue(input)}`);
          return { ok: true, value: input };
        }
        break;
      }
    }
    const result = v.safeParse(schema, input);
    if (result.success) return { ok: true, value: result.output };
    const [issue] = result.issues;
    const issuePath = (issue.path ?? []).reduce<string>(
      (at, item) => (typeof item.key === 'number' ? `${at}[${item.key}]` : joinKey(at, String(item.key))),
      path,
    );
    this.warn(issuePath, describeIssue(issue));
    return { ok: false };
  }

  private object(schema: v.ObjectSchema<v.ObjectEntries, undefined>, input: Record<string, unknown>, path: string): Outcome {
    const output: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(schema.entries)) {
      const outcome = this.run(entry, input[key], joinKey(path, key));
      if (outcome.ok) {
        if (outcome.value !== undefined) output[key] = outcome.value;
      } else if (entry.type !== 'optional') {
        return { ok: false };
      }
    }
    return { ok: true, value: output };
  }

  private array(schema: v.ArraySchema<v.GenericSchema, undefined>, input: unknown[], path: string): Outcome {
    const output: unknown[] = [];
    input.forEach((element, index) => {
      const outcome = this.run(schema.item, element, `${path}[${index}]`);
      if (outcome.ok) output.push(outcome.value);
      else this.problems[this.problems.length - 1].message += `; ${path}[${index}] was left out`;
    });
    return { ok: true, value: output };
  }

  private record(
    schema: v.RecordSchema<v.GenericSchema<string, string>, v.GenericSchema, undefined>,
    input: Record<string, unknown>,
    path: string,
  ): Outcome {
    const output: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      const outcome = this.run(schema.value, value, joinKey(path, key));
      // defineProperty, not assignment: a "__proto__" key from JSON must stay a key, not become the prototype.
      if (outcome.ok) Object.defineProperty(output, key, { value: outcome.value, enumerable: true, writable: true, configurable: true });
    }
    return { ok: true, value: output };
  }
}

/**
 * Validates a parsed JSON value as a standpoint feed.
 *
 * @param json the parsed document
 * @param baseUrl the feed's own URL; relative URLs in the feed resolve against it
 */
export function validateFeed(json: unknown, baseUrl: string = globalThis.document?.baseURI ?? 'https://feed.invalid/'): FeedValidation {
  const salvager = new Salvager();
  if (!isPlainObject(json)) {
    return {
      feed: undefined,
      problems: [{ severity: 'fatal', path: '', message: `(root): expected a JSON Feed object; got ${describeValue(json)}` }],
    };
  }
  const outcome = withUrlBase(baseUrl, () => salvager.run(FeedSchema, json, ''));
  if (!outcome.ok) {
    // Only the feed's own required fields (version, items) can fail the root.
    const fatal = salvager.problems[salvager.problems.length - 1];
    fatal.severity = 'fatal';
    return { feed: undefined, problems: salvager.problems };
  }
  return { feed: outcome.value as Feed, problems: salvager.problems };
}

/**
 * Parses feed text, then validates it. A text that is not JSON is a fatal
 * problem whose message says where parsing stopped.
 */
export function parseFeed(text: string, baseUrl?: string): FeedValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      feed: undefined,
      problems: [{ severity: 'fatal', path: '', message: `(root): expected JSON; ${(error as Error).message}` }],
    };
  }
  return validateFeed(json, baseUrl);
}
