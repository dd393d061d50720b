import { expect } from '@open-wc/testing';
import {
  crossesYears,
  sortedHistory,
  sparklineArea,
  sparklinePoints,
  sparklineSummary,
} from '../../src/components/standpoint-counter/sparkline.js';
import { en } from '../../src/i18n/en.js';
import { uk } from '../../src/i18n/uk.js';

const history = [
  { date: '2025-09-01T12:00:00Z', count: 48 },
  { date: '2025-08-13T12:00:00Z', count: 12 },
  { date: '2025-08-22T12:00:00Z', count: 30 },
];

describe('counter logic: growth chart', () => {
  it('orders the history by date, whatever order the feed gives', () => {
    expect(sortedHistory(history).map((point) => point.count)).to.deep.equal([12, 30, 48]);
    expect(sortedHistory(undefined)).to.deep.equal([]);
  });

  it('places points by date on x and from zero on y, inside the stroke inset', () => {
    // 100 × 20 box, inset 0: 13 Aug → x 0, 22 Aug (9 of 19 days) → x 47.37, 1 Sep → x 100.
    expect(sparklinePoints(history, 100, 20, 0)).to.equal('0,15 47.37,7.5 100,0');
    expect(sparklinePoints(history, 104, 24, 2)).to.equal('2,17 49.37,9.5 102,2');
  });

  it('draws a flat line at the bottom for zeros, and nothing for fewer than two points', () => {
    expect(sparklinePoints([{ date: '2025-08-13T00:00:00Z', count: 0 }, { date: '2025-08-14T00:00:00Z', count: 0 }], 10, 10, 0)).to.equal('0,10 10,10');
    expect(sparklinePoints([history[0]], 100, 20)).to.equal('');
    expect(sparklinePoints([], 100, 20)).to.equal('');
  });

  it('closes the area under the line along the bottom edge', () => {
    expect(sparklineArea('0,15 47.37,7.5 100,0', 20, 0)).to.equal('0,20 0,15 47.37,7.5 100,0 100,20');
    expect(sparklineArea('', 20)).to.equal('');
  });

  it('says what the line shows in words, in both languages', () => {
    expect(sparklineSummary('en', history, en.counterChartSummary)).to.equal('From 12 on August 13 to 48 on September 1.');
    expect(sparklineSummary('uk', history, uk.counterChartSummary)).to.equal('З 13 серпня до 1 вересня: від 12 до 48.');
    expect(sparklineSummary('en', [history[0]], en.counterChartSummary)).to.equal('');
  });

  it('adds the year when the history crosses years', () => {
    const long = [
      { date: '2024-12-20T12:00:00Z', count: 1 },
      { date: '2025-01-10T12:00:00Z', count: 1200 },
    ];
    expect(crossesYears(long)).to.equal(true);
    expect(crossesYears(history)).to.equal(false);
    expect(sparklineSummary('en', long, en.counterChartSummary)).to.equal('From 1 on December 20, 2024 to 1,200 on January 10, 2025.');
  });
});
