/**
 * `npm run size:why`: the source-map breakdown of the script-tag bundles,
 * and what it shows about them. A single widget's file must hold no other
 * widget's code and only its own share of the interface strings; the
 * breakdown must account for every byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakdown, cdnBuilds, groupOf } from '../../scripts/size-breakdown.mjs';

const STRINGS = 'interface strings (en, uk)';

describe('size breakdown', () => {
  it('names the group of a source by its path', () => {
    assert.equal(groupOf('/repo/node_modules/lit-html/lit-html.js'), 'lit');
    assert.equal(groupOf('../node_modules/@lit/reactive-element/reactive-element.js'), 'lit');
    assert.equal(groupOf('/repo/node_modules/valibot/dist/index.js'), 'valibot');
    assert.equal(groupOf('/repo/src/feed/loader.ts'), 'feed layer (loader, valibot schema, salvaging validator)');
    assert.equal(groupOf('/repo/src/i18n/uk.ts'), STRINGS);
    assert.equal(groupOf('/repo/src/i18n/format.ts'), 'shared element code (base, controller, styles, i18n helpers)');
    assert.equal(groupOf('/repo/src/components/standpoint-share/share-urls.ts'), 'widget: standpoint-share');
  });

  it('accounts for every byte of a widget’s file, which holds that widget and its own strings only', { timeout: 120_000 }, async () => {
    const builds = await cdnBuilds();
    const counter = await breakdown(builds.get('standpoint-counter'));
    const whole = await breakdown(builds.get('standpoint-widgets'));

    const sum = counter.groups.reduce((total, [, bytes]) => total + bytes, 0);
    assert.equal(sum, counter.total, 'the groups add up to the file');
    const groups = new Map(counter.groups);
    assert.ok(groups.get('lit') > 10_000, 'lit is in the self-contained file');
    assert.ok(groups.get('widget: standpoint-counter') > 0);
    const otherWidgets = counter.groups.filter(([group]) => group.startsWith('widget:') && group !== 'widget: standpoint-counter');
    assert.deepEqual(otherWidgets, [], 'no other widget’s code');

    const counterStrings = groups.get(STRINGS) ?? 0;
    const allStrings = new Map(whole.groups).get(STRINGS);
    assert.ok(counterStrings > 0, 'the counter has its strings');
    assert.ok(counterStrings < allStrings * 0.4, `the counter carries ${counterStrings} of ${allStrings} bytes of strings, not every widget’s`);
  });
});
