import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import sinon from 'sinon';
import { formatDate, formatNumber, formatRelativeTime, interpolate, plural, warmFormatters } from '../../src/i18n/format.js';
import { uk } from '../../src/i18n/uk.js';

describe('i18n helpers', () => {
  it('chooses all four Ukrainian plural forms', () => {
    const cases: [number, string][] = [
      [0, '0 організацій'],
      [1, '1 організація'],
      [2, '2 організації'],
      [4, '4 організації'],
      [5, '5 організацій'],
      [11, '11 організацій'],
      [12, '12 організацій'],
      [21, '21 організація'],
      [22, '22 організації'],
      [25, '25 організацій'],
      [101, '101 організація'],
      [111, '111 організацій'],
      [1.5, '1,5 організації'],
    ];
    for (const [count, expected] of cases) expect(plural('uk', count, uk.organizations), String(count)).to.equal(expected);
  });

  it('chooses English singular and plural', () => {
    expect(plural('en', 0, en.signatories)).to.equal('0 signatories');
    expect(plural('en', 1, en.signatories)).to.equal('1 signatory');
    expect(plural('en', 21, en.signatories)).to.equal('21 signatories');
    expect(plural('en', 1200, en.organizations)).to.equal('1,200 organisations');
  });

  it('formats the count for the language', () => {
    // Ukrainian groups digits with a (narrow) no-break space, never a comma.
    expect(plural('uk', 12345, uk.signatories)).to.match(/^12[\u00a0\u202f]345 підписантів$/);
    expect(formatNumber('uk', 1234567)).to.match(/^1[\u00a0\u202f]234[\u00a0\u202f]567$/);
  });

  it('makes the date formatter of a locale while the page is idle, and the render reuses it', async () => {
    const expected = new Intl.DateTimeFormat('de-CH', { dateStyle: 'long' }).format(Date.parse('2025-08-13T12:00:00Z'));
    const created = sinon.spy(Intl, 'DateTimeFormat');
    try {
      warmFormatters('de-CH');
      warmFormatters('de-CH');
      expect(created.callCount, 'nothing is made at once').to.equal(0);
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(created.callCount).to.equal(1);
      expect(created.firstCall.args[0]).to.equal('de-CH');
      expect(formatDate('de-CH', '2025-08-13T12:00:00Z')).to.equal(expected);
      expect(created.callCount, 'the warmed formatter served the render').to.equal(1);
    } finally {
      created.restore();
    }
  });

  it('gives every Ukrainian plural table the forms Ukrainian needs', () => {
    for (const [key, value] of Object.entries(uk)) {
      if (typeof value === 'object') expect(value, key).to.have.keys(['one', 'few', 'many', 'other']);
    }
  });

  it('gives the Ukrainian table every English key', () => {
    expect(Object.keys(uk).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} of {goal}', { count: 2, goal: 6 })).to.equal('2 of 6');
    expect(interpolate('{count} of {goal}', { count: 2 })).to.equal('2 of {goal}');
  });

  it('formats dates for the language, and nothing for a bad date', () => {
    expect(formatDate('en', '2025-08-13T10:00:00+03:00', { dateStyle: 'long', timeZone: 'UTC' })).to.equal('August 13, 2025');
    expect(formatDate('uk', '2025-08-13T10:00:00+03:00', { dateStyle: 'long', timeZone: 'UTC' })).to.equal('13 серпня 2025 р.');
    expect(formatDate('en', 'yesterday')).to.equal('');
  });

  it('says how long ago in both languages', () => {
    const now = Date.parse('2025-09-01T15:00:00Z');
    expect(formatRelativeTime('en', '2025-09-01T12:00:00Z', now)).to.equal('3 hours ago');
    expect(formatRelativeTime('uk', '2025-09-01T12:00:00Z', now)).to.equal('3 години тому');
    expect(formatRelativeTime('uk', '2025-08-31T15:00:00Z', now)).to.equal('учора');
    expect(formatRelativeTime('en', '2025-09-01T14:59:30Z', now)).to.equal('30 seconds ago');
  });
});
