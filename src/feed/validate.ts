/**
 * The runtime validator. It checks a parsed feed against `FeedSchema` and,
 * rather than rejecting a whole feed for one bad value, keeps what is sound:
 * a malformed optional field is dropped, a malformed list entry is left out,
 * and an enumerated value from a newer version of the format (an unknown
 * demand status) is kept as written.
 *
 * It never stops at the first problem: a feed with no `version` is still
 * walked to the end, so a webmaster sees every problem in one pass. Fatal
 * problems are the ones that leave nothing trustworthy to show: not JSON,
 * not a JSON Feed (no valid `version` or `items`), or an item that cannot
 * be told apart from the others (no `id`, or a duplicate one), since a
 * widget must never quietly show another item than the one it was given.
 *
 * Each problem carries a code and its details; its English words come from
 * problem-text.ts.
 */
import * as v from 'valibot';
import leven from 'leven';
import {
  CLOSED_OBJECTS,
  DATE_OR_DATE_TIME_PATTERN,
  DEPRECATED_FIELDS,
  FeedSchema,
  LanguageTag,
  OTHER_JSON_FEED_FIELDS,
  withUrlBase,
} from './schema.js';
import { joinKey, SHOWN_LENGTH } from './path.js';
import { feedProblem } from './problem-text.js';
import type { Feed, FeedProblem, FeedProblemCode, FeedProblemDetails, FeedProblemSeverity } from './types.js';

export interface FeedValidation {
  /** The usable feed, or `undefined` when a fatal problem means it cannot be shown. */
  feed: Feed | undefined;
  /** Every problem found, fatal ones and warnings, in document order. */
  problems: FeedProblem[];
}

type Outcome = { ok: true; value: unknown } | { ok: false };

type AnySchema = v.GenericSchema & { pipe?: readonly { type: string; kind: string; requirement?: unknown; message?: unknown; metadata?: Record<string, unknown> }[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a received value is named in a message: short, and never the whole of a huge value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[ … ]';
  if (typeof value === 'object') return '{ … }';
  if (typeof value === 'string') return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value);
  return JSON.stringify(value) ?? String(value);
}

/**
 * The known name nearest to a likely typo (`signatores` → `signatories`,
 * `in negotiation` → `negotiating`), or undefined when none is close.
 */
export function nearest(written: string, known: readonly string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const wanted = normal(written);
  if (!wanted || wanted.length > 60) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = leven(wanted, normal(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.ceil(best.length * 0.4) ? best : undefined;
}

/** Bounds of a number schema, read from its pipe. */
function numberDetails(schema: AnySchema): FeedProblemDetails {
  let min: number | undefined;
  let max: number | undefined;
  let whole = false;
  const visit = (node: AnySchema) => {
    for (const action of node.pipe ?? []) {
      if (action.type === 'integer') whole = true;
      if (action.type === 'min_value') min = Math.max(min ?? -Infinity, Number(action.requirement));
      if (action.type === 'max_value') max = Math.min(max ?? Infinity, Number(action.requirement));
      // A pipe may start with another piped schema (Goal = pipe(Count, …)).
      if (action.kind === 'schema') visit(action as unknown as AnySchema);
    }
  };
  visit(schema);
  return { expected: whole ? 'whole-number' : 'number', min, max };
}

const isDateOnlyAllowed = (schema: AnySchema): boolean =>
  (schema.pipe ?? []).some((action) => action.type === 'metadata' && action.metadata?.pattern === DATE_OR_DATE_TIME_PATTERN);

const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
  record: 'object',
  array: 'array',
  union: 'id',
  integer: 'id',
};

const VALIDATION_CODES = new Set<string>(['bad-url', 'bad-date', 'bad-number', 'bad-version']);

class Walker {
  readonly problems: FeedProblem[] = [];
  /** The problems that made an object fail (a required field), as against warnings about its optional ones. */
  private readonly causes = new Set<FeedProblem>();
  /** Unknown keys already reported, per object schema: a typo in 10,000 list entries is one problem, not 10,000. */
  private readonly unknownKeys = new WeakMap<object, Set<string>>();

  report(severity: FeedProblemSeverity, code: FeedProblemCode, path: string, details: FeedProblemDetails = {}): void {
    this.problems.push(feedProblem(severity, code, path, details));
  }

  run(schema: AnySchema, input: unknown, path: string): Outcome {
    switch (schema.type) {
      case 'optional': {
        // Many feed generators write null for "absent"; that is no problem.
        if (input === undefined || input === null) return { ok: true, value: undefined };
        return this.run((schema as unknown as v.OptionalSchema<AnySchema, undefined>).wrapped, input, path);
      }
      case 'object':
        if (isPlainObject(input)) return this.object(schema as unknown as v.ObjectSchema<v.ObjectEntries, undefined>, input, path);
        // valibot would take an array for an object: the real problem is the array itself.
        this.report('warning', 'wrong-type', path, { expected: 'object', received: describeValue(input) });
        return { ok: false };
      case 'array':
        if (Array.isArray(input)) {
          const array = schema as unknown as v.ArraySchema<AnySchema, undefined>;
          // A long list (10,000 signatories) is usually sound: valibot checks
          // it in one pass, a few times faster than the walk, which runs only
          // when something in it is wrong. Not for records, whose
          // "__proto__" keys valibot drops and the walk keeps; and a key
          // valibot does not look at (a typo) sends the list to the walk.
          if (hasNoRecord(array.item)) {
            const sound = v.safeParse(array, input, { abortEarly: true });
            if (sound.success && keysKnown(array, input)) return { ok: true, value: sound.output };
          }
          return this.array(array, input, path);
        }
        break;
      case 'record':
        if (isPlainObject(input))
          return this.record(schema as unknown as v.RecordSchema<v.GenericSchema<string, string>, AnySchema, undefined>, input, path);
        this.report('warning', 'wrong-type', path, { expected: 'object', received: describeValue(input) });
        return { ok: false };
      case 'picklist': {
        const options = (schema as unknown as v.PicklistSchema<v.PicklistOptions, undefined>).options as readonly string[];
        if (options.includes(input as string)) return { ok: true, value: input };
        const keep = typeof input === 'string' && input.trim() !== '';
        const suggestion = typeof input === 'string' ? nearest(input, options) : undefined;
        this.report('warning', 'not-one-of', path, { options, received: describeValue(input), suggestion, kept: keep || undefined });
        // A value from a newer version of the format: keep it, and say so.
        return keep ? { ok: true, value: input } : { ok: false };
      }
    }
    const result = v.safeParse(schema, input);
    if (result.success) {
      if (schema === LanguageTag) this.checkLanguage(result.output as string, path);
      return { ok: true, value: result.output };
    }
    this.leafProblem(schema, result.issues[0], input, path);
    return { ok: false };
  }

  private leafProblem(schema: AnySchema, issue: v.BaseIssue<unknown>, input: unknown, path: string): void {
    const received = describeValue(issue.input ?? input);
    const code = issue.kind === 'validation' && VALIDATION_CODES.has(issue.message) ? (issue.message as FeedProblemCode) : 'wrong-type';
    if (code === 'bad-number') this.report('warning', code, path, { ...numberDetails(schema), received });
    else if (code === 'bad-date') this.report('warning', code, path, { expected: isDateOnlyAllowed(schema) ? 'date' : 'date-time', received });
    else if (code === 'wrong-type') this.report('warning', code, path, { expected: EXPECTED_TYPES[issue.type] ?? issue.type, received });
    else this.report('warning', code, path, { received });
  }

  /** `ua` is Ukraine's country code, often written for the Ukrainian language (`uk`): kept, and read as `uk`. */
  checkLanguage(tag: string, path: string): void {
    if (/^ua(?:$|[-_])/i.test(tag)) this.report('warning', 'language-code', path, { received: JSON.stringify(tag), suggestion: 'uk' });
  }

  private object(schema: v.ObjectSchema<v.ObjectEntries, undefined>, input: Record<string, unknown>, path: string): Outcome {
    const output: Record<string, unknown> = {};
    let failed = false;
    for (const [key, entry] of Object.entries(schema.entries) as [string, AnySchema][]) {
      const at = joinKey(path, key);
      const value = input[key];
      const before = this.problems.length;
      if (entry.type !== 'optional' && (value === undefined || value === null)) {
        this.report('warning', 'missing', at);
        failed = true;
        this.causes.add(this.problems[before]);
        continue;
      }
      const outcome = this.run(entry, value, at);
      if (outcome.ok) {
        if (outcome.value !== undefined) output[key] = outcome.value;
      } else if (entry.type !== 'optional') {
        // Go on: the other fields' problems are worth knowing in the same pass.
        failed = true;
        for (const problem of this.problems.slice(before)) this.causes.add(problem);
      }
    }
    const deprecated = DEPRECATED_FIELDS.get(schema);
    const closed = CLOSED_OBJECTS.has(schema);
    const allowed = OTHER_JSON_FEED_FIELDS.get(schema) ?? [];
    for (const key of Object.keys(input)) {
      if (deprecated?.[key] !== undefined && input[key] !== undefined && input[key] !== null) {
        this.report('warning', 'deprecated', joinKey(path, key), { replacement: deprecated[key] });
      } else if (!(key in schema.entries) && (closed || (!key.startsWith('_') && !allowed.includes(key)))) {
        let reported = this.unknownKeys.get(schema);
        if (!reported) this.unknownKeys.set(schema, (reported = new Set()));
        if (reported.has(key)) continue;
        reported.add(key);
        this.report('warning', 'unknown-key', joinKey(path, key), { suggestion: nearest(key, Object.keys(schema.entries)) });
      }
    }
    return failed ? { ok: false } : { ok: true, value: output };
  }

  private array(schema: v.ArraySchema<AnySchema, undefined>, input: unknown[], path: string): Outcome {
    const output: unknown[] = [];
    input.forEach((element, index) => {
      const before = this.problems.length;
      const at = `${path}[${index}]`;
      const outcome = this.run(schema.item, element, at);
      if (outcome.ok) {
        output.push(outcome.value);
        return;
      }
      // Name the entry on the problems that cost it its place: a required
      // field, or the entry itself when it is not even an object.
      const raised = this.problems.slice(before);
      const causes = raised.filter((problem) => this.causes.has(problem));
      for (const problem of causes.length > 0 ? causes : raised) problem.details!.omitted ??= at;
    });
    return { ok: true, value: output };
  }

  private record(schema: v.RecordSchema<v.GenericSchema<string, string>, AnySchema, undefined>, input: Record<string, unknown>, path: string): Outcome {
    const output: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      const at = joinKey(path, key);
      if ((schema.key as unknown) === LanguageTag) this.checkLanguage(key, at);
      const outcome = this.run(schema.value, value, at);
      // defineProperty, not assignment: a "__proto__" key from JSON must stay a key, not become the prototype.
      if (outcome.ok) Object.defineProperty(output, key, { value: outcome.value, enumerable: true, writable: true, configurable: true });
    }
    return { ok: true, value: output };
  }
}

const recordFree = new WeakMap<object, boolean>();

/** Whether a schema holds no `record` at any depth (valibot's one pass drops `__proto__` keys the walk keeps). */
function hasNoRecord(schema: AnySchema): boolean {
  let known = recordFree.get(schema);
  if (known === undefined) {
    const inner = schema as Partial<{ wrapped: AnySchema; item: AnySchema; entries: Record<string, AnySchema> }>;
    known =
      schema.type !== 'record' &&
      (inner.wrapped === undefined || hasNoRecord(inner.wrapped)) &&
      (inner.item === undefined || hasNoRecord(inner.item)) &&
      (inner.entries === undefined || Object.values(inner.entries).every((entry) => hasNoRecord(entry)));
    recordFree.set(schema, known);
  }
  return known;
}

/**
 * Whether a value that valibot found sound has nothing the walk would
 * report (a typo, a deprecated field, an array for an object), so the walk
 * can be skipped. One look
 * at each key: linear in the size of the value.
 */
function keysKnown(schema: AnySchema, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (schema.type === 'optional') return keysKnown((schema as unknown as { wrapped: AnySchema }).wrapped, value);
  if (schema.type === 'array') {
    const item = (schema as unknown as { item: AnySchema }).item;
    return !Array.isArray(value) || value.every((element) => keysKnown(item, element));
  }
  if (schema.type !== 'object') return true;
  // valibot reads an array as an object with no fields; the walk reports it.
  if (!isPlainObject(value)) return false;
  const entries = (schema as unknown as { entries: Record<string, AnySchema> }).entries;
  const deprecated = DEPRECATED_FIELDS.get(schema);
  const closed = CLOSED_OBJECTS.has(schema);
  const allowed = OTHER_JSON_FEED_FIELDS.get(schema) ?? [];
  for (const key in value) {
    if (deprecated?.[key] !== undefined) return false;
    if (key in entries) {
      if (!keysKnown(entries[key], value[key])) return false;
    } else if (closed || (!key.startsWith('_') && !allowed.includes(key))) {
      return false;
    }
  }
  return true;
}

/** Ids as written, numbers read as strings (as the schema reads them). */
const idOf = (value: unknown): string | undefined =>
  isPlainObject(value) && (typeof value.id === 'string' || typeof value.id === 'number') ? String(value.id) : undefined;

/** Reports each id used a second time in `list` (items: fatal; demands: a warning). */
function reportDuplicateIds(walker: Walker, list: unknown, path: string, severity: FeedProblemSeverity): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const id = idOf(entry);
    if (id === undefined) return;
    if (seen.has(id)) walker.report(severity, 'duplicate-id', `${path}[${index}].id`, { received: describeValue(id) });
    seen.add(id);
  });
}

/** Whether a problem means the feed cannot be shown. */
const isFatal = (problem: FeedProblem): boolean =>
  problem.severity === 'fatal' ||
  ((problem.path === 'version' || problem.path === 'items') && problem.code !== 'unknown-key') ||
  /^items\[\d+\]$/.test(problem.details?.omitted ?? '');

/**
 * Validates a parsed JSON value as a standpoint feed.
 *
 * @param json the parsed document
 * @param baseUrl the feed's own URL; relative URLs in the feed resolve against it
 */
export function validateFeed(json: unknown, baseUrl: string = globalThis.document?.baseURI ?? 'https://feed.invalid/'): FeedValidation {
  const walker = new Walker();
  if (!isPlainObject(json)) {
    walker.report('fatal', 'not-an-object', '', { received: describeValue(json) });
    return { feed: undefined, problems: walker.problems };
  }
  const outcome = withUrlBase(baseUrl, () => walker.run(FeedSchema as unknown as AnySchema, json, ''));
  // An item left out would shift every widget that shows "the first item"
  // to another one; a duplicate id makes `item="…"` ambiguous.
  reportDuplicateIds(walker, json.items, 'items', 'fatal');
  if (Array.isArray(json.items)) {
    json.items.forEach((item, index) => {
      const standpoint = isPlainObject(item) ? item._standpoint : undefined;
      if (isPlainObject(standpoint)) reportDuplicateIds(walker, standpoint.demands, `items[${index}]._standpoint.demands`, 'warning');
    });
  }
  let fatal = !outcome.ok;
  for (const problem of walker.problems) {
    if (isFatal(problem)) {
      problem.severity = 'fatal';
      fatal = true;
    }
  }
  return { feed: fatal || !outcome.ok ? undefined : (outcome.value as Feed), problems: walker.problems };
}

/** Line and column (1-based) of an offset in a text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    start = index + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Parses feed text, then validates it. A text that is not JSON is a fatal
 * `not-json` problem, with the line and column where the browser's parser
 * stopped when it says.
 */
export function parseFeed(text: string, baseUrl?: string): FeedValidation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // Engines word syntax errors differently and some name no position; the
    // position is the only thing taken from the engine's message.
    const offset = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
    const details: FeedProblemDetails = offset === undefined ? {} : positionOf(text, Number(offset));
    return {
      feed: undefined,
      problems: [feedProblem('fatal', 'not-json', '', details)],
    };
  }
  return validateFeed(json, baseUrl);
}
