// @ts-check
/**
 * The stable feed writer (builder/feed-writer.js), which the command line
 * and the builder's editor write feeds with: the same feed always gives the
 * same text, nothing is lost or changed on the way, and its key order
 * follows JSON Feed and the shipped JSON Schema, so a diff of two versions
 * shows only what changed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FEED_SHAPE, orderFeed, writeFeed } from '../../builder/feed-writer.js';
import { root } from './helpers.mjs';

const sampleText = readFileSync(join(root, 'demo', 'sample-feed.json'), 'utf8');

/** @typedef {import('../../builder/feed-writer.js').Shape} Shape */

describe('feed writer: round trip', () => {
  it('writes the sample feed to the same text twice, and that text reads back as the feed', () => {
    const feed = JSON.parse(sampleText);
    const once = writeFeed(feed);
    assert.equal(writeFeed(JSON.parse(once)), once);
    assert.equal(writeFeed(feed), once);
    assert.deepEqual(JSON.parse(once), feed);
    // The feed handed in is not reordered in place.
    assert.equal(JSON.stringify(feed), JSON.stringify(JSON.parse(sampleText)));
  });

  it('indents by two spaces and ends with one newline', () => {
    const text = writeFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1' }] });
    assert.equal(text, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    {\n      "id": "1"\n    }\n  ]\n}\n');
  });
});

describe('feed writer: key order', () => {
  it('puts known keys in order, keeps unknown keys after them in their own order, and _standpoint last', () => {
    const feed = {
      items: [
        {
          _standpoint: { translations: { uk: { tags: ['a'], title: 'Т' } }, signatories: { list: [{ verified: true, name: 'A', _note: 1, kind: 'person' }], count: 1 }, about: 'x' },
          _zeta: { b: 1, a: 2 },
          title: 'T',
          _alpha: true,
          id: '1',
        },
      ],
      _extension: { z: 1, a: 1 },
      title: 'Feed',
      version: 'https://jsonfeed.org/version/1.1',
    };
    const ordered = orderFeed(feed);
    assert.deepEqual(Object.keys(ordered), ['version', 'title', 'items', '_extension']);
    const [item] = ordered.items;
    assert.deepEqual(Object.keys(item), ['id', 'title', '_zeta', '_alpha', '_standpoint']);
    // What the format does not know is kept exactly, its inner order included.
    assert.deepEqual(Object.keys(item._zeta), ['b', 'a']);
    assert.deepEqual(Object.keys(ordered._extension), ['z', 'a']);
    assert.deepEqual(Object.keys(item._standpoint), ['about', 'signatories', 'translations']);
    assert.deepEqual(Object.keys(item._standpoint.signatories), ['count', 'list']);
    assert.deepEqual(Object.keys(item._standpoint.signatories.list[0]), ['name', 'kind', 'verified', '_note']);
    assert.deepEqual(Object.keys(item._standpoint.translations.uk), ['title', 'tags']);
  });

  it('keeps the order of records (languages, demand ids) and of arrays', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'b', _standpoint: { demands: [{ status: 'voiced', text: 'Two', id: '2' }, { id: '1', text: 'One', status: 'pending' }], translations: { uk: { demands: { 2: { note: 'n', text: 't' } } }, en: {} } } },
        { id: 'a' },
      ],
    };
    /** @type {any} */
    const ordered = orderFeed(feed);
    assert.deepEqual(ordered.items.map((/** @type {any} */ item) => item.id), ['b', 'a']);
    const standpoint = ordered.items[0]._standpoint;
    assert.deepEqual(standpoint.demands.map((/** @type {any} */ demand) => Object.keys(demand)), [['id', 'text', 'status'], ['id', 'text', 'status']]);
    assert.deepEqual(Object.keys(standpoint.translations), ['uk', 'en']);
    assert.deepEqual(Object.keys(standpoint.translations.uk.demands['2']), ['text', 'note']);
  });

  it('keeps a key named __proto__ as the ordinary key JSON.parse made it', () => {
    const feed = JSON.parse('{"version":"https://jsonfeed.org/version/1.1","items":[],"__proto__":{"x":1}}');
    const text = writeFeed(feed);
    assert.deepEqual(JSON.parse(text), feed);
    assert.match(text, /"__proto__": \{\n {4}"x": 1\n {2}\}/);
  });

  it('knows every field of the shipped JSON Schema, and orders _standpoint as the schema does', () => {
    const schema = JSON.parse(readFileSync(join(root, 'dist', 'feed.schema.json'), 'utf8'));
    /** The object or array a schema node describes, through `anyOf` (optional values). */
    const unwrap = (/** @type {any} */ node) => (node?.anyOf ? node.anyOf.find((/** @type {any} */ option) => option.type === 'object' || option.type === 'array') : node);
    /**
     * @param {any} node
     * @param {Shape | undefined} shape
     * @param {string} path
     * @param {boolean} schemaOrder
     */
    const check = (node, shape, path, schemaOrder) => {
      const described = unwrap(node);
      if (!described) return;
      if (described.type === 'array') return check(described.items, shape, `${path}[]`, schemaOrder);
      if (described.properties) {
        assert.ok(shape, `${path}: the writer has no key order for this object of the schema`);
        const keys = Object.keys(described.properties);
        const known = [...(shape.keys ?? []), ...(shape.last ?? [])];
        for (const key of keys) assert.ok(known.includes(key), `${path}.${key}: in the schema, not in the writer's key order`);
        if (schemaOrder) assert.deepEqual(known, keys, `${path}: the writer's order differs from the schema's`);
        for (const key of keys) check(described.properties[key], shape.fields?.[key], `${path}.${key}`, schemaOrder || key === '_standpoint');
      }
      if (typeof described.additionalProperties === 'object') check(described.additionalProperties, shape?.entries, `${path}.*`, schemaOrder);
    };
    check(schema, FEED_SHAPE, 'feed', false);
  });
});
