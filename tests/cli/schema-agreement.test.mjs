/**
 * The shipped JSON Schema (dist/feed.schema.json) and the validator the
 * widgets run agree: on a table of feeds, each passes both or fails both, at
 * the same paths. An editor that checks a feed with the schema then tells a
 * webmaster what the widgets will say.
 *
 * Left out of the comparison: what JSON Schema cannot say and the validator
 * only advises on (a typo in a key, a deprecated field, `ua` for `uk`, an id
 * used twice).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { root } from './helpers.mjs';

const { validateFeed } = await import(join(root, 'dist', 'feed', 'index.js'));
const schema = JSON.parse(readFileSync(join(root, 'dist', 'feed.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const checkSchema = ajv.compile(schema);

const ADVISORY = new Set(['unknown-key', 'deprecated', 'language-code', 'duplicate-id']);
const BASE = 'https://coalition.test/standpoint/feed.json';
const sample = JSON.parse(readFileSync(join(root, 'demo', 'sample-feed.json'), 'utf8'));

/** A JSON pointer as the validator writes paths: `/items/0/title` → `items[0].title`. */
function pathOf(pointer, extraKey) {
  const steps = pointer.split('/').slice(1).map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extraKey !== undefined) steps.push(extraKey);
  return steps.reduce((path, step) => {
    if (/^\d+$/.test(step)) return `${path}[${step}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(step)) return path ? `${path}.${step}` : step;
    return `${path}[${JSON.stringify(step)}]`;
  }, '');
}

function schemaPaths(feed) {
  if (checkSchema(feed)) return [];
  const paths = new Set(
    checkSchema.errors
      // `anyOf` only repeats the errors of its branches (the value, or null).
      .filter((error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params.type === 'null'))
      .map((error) => pathOf(error.instancePath, error.keyword === 'required' ? error.params.missingProperty : undefined)),
  );
  return [...paths].sort();
}

function validatorPaths(feed) {
  const { problems } = validateFeed(feed, BASE);
  return [...new Set(problems.filter((problem) => !ADVISORY.has(problem.code)).map((problem) => problem.path))].sort();
}

/** The sample feed with one change. */
const withChange = (change) => {
  const feed = structuredClone(sample);
  change(feed, feed.items[0], feed.items[0]._standpoint);
  return feed;
};

const CASES = [
  ['the sample feed', () => {}, []],
  ['null for absent optional fields', (_feed, item, standpoint) => {
    item.summary = null;
    item.image = null;
    standpoint.demands[0].note = null;
    standpoint.signatories.goal = null;
  }, []],
  ['JSON Feed 1.0', (feed) => (feed.version = 'https://jsonfeed.org/version/1'), []],
  ['a version that only starts right', (feed) => (feed.version = 'https://jsonfeed.org/version/10'), ['version']],
  ['no version', (feed) => delete feed.version, ['version']],
  ['items that are not a list', (feed) => (feed.items = { id: 1 }), ['items']],
  ['an item with no id', (_feed, item) => delete item.id, ['items[0].id']],
  ['a date that is not RFC 3339', (_feed, item) => (item.date_published = 'March 7'), ['items[0].date_published']],
  ['a date with no time where JSON Feed wants one', (_feed, item) => (item.date_modified = '2025-08-13'), ['items[0].date_modified']],
  ['a date with no time in the extension', (_feed, _item, standpoint) => (standpoint.demands[0].updated = '2025-08-13'), []],
  ['a javascript: URL', (_feed, item) => (item.url = 'javascript:alert(1)'), ['items[0].url']],
  ['a javascript: URL in disguise', (_feed, item, standpoint) => {
    item.url = ' JavaScript:alert(1)';
    item.external_url = 'java\tscript:alert(1)';
    standpoint.demands[0].url = 'data:text/html,<b>x</b>';
  }, ['items[0]._standpoint.demands[0].url', 'items[0].external_url', 'items[0].url']],
  ['relative and mailto URLs', (_feed, item, standpoint) => {
    item.url = '../statement';
    standpoint.demands[0].url = 'mailto:coordinator@coalition.test';
  }, []],
  ['counts that are no count', (_feed, _item, standpoint) => {
    standpoint.signatories.count = -5;
    standpoint.signatories.goal = 0;
    standpoint.signatories.history = [{ date: '2025-08-13', count: 1.5 }];
  }, ['items[0]._standpoint.signatories.count', 'items[0]._standpoint.signatories.goal', 'items[0]._standpoint.signatories.history[0].count']],
  ['a count in quotes', (_feed, _item, standpoint) => (standpoint.signatories.count = '148'), ['items[0]._standpoint.signatories.count']],
  ['an unknown status and kind', (_feed, _item, standpoint) => {
    standpoint.demands[2].status = 'done';
    standpoint.signatories.list[0].kind = 'robot';
  }, ['items[0]._standpoint.demands[2].status', 'items[0]._standpoint.signatories.list[0].kind']],
  ['a list where an object belongs', (_feed, item, standpoint) => {
    item.authors = [['Org']];
    standpoint.translations = [{ title: 'x' }];
  }, ['items[0]._standpoint.translations', 'items[0].authors[0]']],
  ['a closed flag that is not true or false', (_feed, _item, standpoint) => (standpoint.expired = 'yes'), ['items[0]._standpoint.expired']],
  ['advice only: a typo, the old expired, ua', (_feed, item, standpoint) => {
    standpoint.signatores = 1;
    item.expired = true;
    standpoint.translations.ua = standpoint.translations.uk;
  }, []],
];

describe('the JSON Schema and the validator agree', () => {
  for (const [name, change, expected] of CASES) {
    it(name, () => {
      const feed = withChange(change);
      const bySchema = schemaPaths(feed);
      const byValidator = validatorPaths(feed);
      assert.deepEqual(byValidator, [...expected].sort(), `validator: ${JSON.stringify(validateFeed(feed, BASE).problems, null, 1)}`);
      assert.deepEqual(bySchema, [...expected].sort(), `schema: ${JSON.stringify(checkSchema.errors, null, 1)}`);
    });
  }
});
