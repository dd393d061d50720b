import { expect } from '@open-wc/testing';
import { countLabel, goalProgress, goalText, listRuns, nextListLimit, tweenCount, updatedText } from '../../src/components/standpoint-counter/signatories.js';
import { countWasRejected, signatoryCount, signatoryNoun, verifiedCount } from '../../src/feed/signatories.js';
import { validateFeed } from '../../src/feed/validate.js';
import { en } from '../../src/i18n/en.js';
import { uk } from '../../src/i18n/uk.js';
import { fullFeed } from '../fixtures/feeds.js';

const label = (locale: string, count: number, forms: typeof en.signatories) => {
  const { before, number, after } = countLabel(locale, count, forms);
  return `${before}${number}${after}`;
};

const org = { name: 'A', kind: 'organization' };
const person = { name: 'B', kind: 'person' };

describe('counter logic: counting and labels', () => {
  it('counts the published count first, else the list', () => {
    expect(signatoryCount({ count: 148, list: [org] })).to.equal(148);
    expect(signatoryCount({ count: 0 })).to.equal(0);
    expect(signatoryCount({ list: [org, person] })).to.equal(2);
    expect(signatoryCount({ list: [] })).to.equal(0);
    expect(signatoryCount({})).to.equal(undefined);
    expect(signatoryCount(undefined)).to.equal(undefined);
  });

  it('names organisations, people, or signatories when it cannot tell', () => {
    expect(signatoryNoun([org, org])).to.equal('organizations');
    expect(signatoryNoun([person])).to.equal('people');
    expect(signatoryNoun([org, person])).to.equal('signatories');
    expect(signatoryNoun([org, { name: 'no kind' }])).to.equal('signatories');
    expect(signatoryNoun([])).to.equal('signatories');
    expect(signatoryNoun(undefined)).to.equal('signatories');
  });

  it('counts verified signatories only when the list says', () => {
    expect(verifiedCount([{ ...org, verified: true }, { ...org, verified: false }, org])).to.equal(1);
    expect(verifiedCount([{ ...org, verified: false }])).to.equal(0);
    expect(verifiedCount([org, person])).to.equal(undefined);
    expect(verifiedCount(undefined)).to.equal(undefined);
  });

  it('chooses every Ukrainian plural form: 0, 1, 2, 5, 11, 21, 22, 25, 101', () => {
    const counts = [0, 1, 2, 5, 11, 21, 22, 25, 101];
    expect(counts.map((count) => label('uk', count, uk.organizations))).to.deep.equal([
      '0 організацій',
      '1 організація',
      '2 організації',
      '5 організацій',
      '11 організацій',
      '21 організація',
      '22 організації',
      '25 організацій',
      '101 організація',
    ]);
    expect(counts.map((count) => label('uk', count, uk.people))).to.deep.equal([
      '0 осіб',
      '1 особа',
      '2 особи',
      '5 осіб',
      '11 осіб',
      '21 особа',
      '22 особи',
      '25 осіб',
      '101 особа',
    ]);
    expect(counts.map((count) => label('uk', count, uk.signatories))).to.deep.equal([
      '0 підписантів',
      '1 підписант',
      '2 підписанти',
      '5 підписантів',
      '11 підписантів',
      '21 підписант',
      '22 підписанти',
      '25 підписантів',
      '101 підписант',
    ]);
  });

  it('chooses the English plural forms for the same numbers', () => {
    const counts = [0, 1, 2, 5, 11, 21, 22, 25, 101];
    expect(counts.map((count) => label('en', count, en.organizations))).to.deep.equal([
      '0 organisations',
      '1 organisation',
      '2 organisations',
      '5 organisations',
      '11 organisations',
      '21 organisations',
      '22 organisations',
      '25 organisations',
      '101 organisations',
    ]);
    expect(label('en', 1, en.people)).to.equal('1 person');
    expect(label('en', 22, en.people)).to.equal('22 people');
    expect(label('en', 1, en.signatories)).to.equal('1 signatory');
    expect(label('en', 101, en.signatories)).to.equal('101 signatories');
  });

  it('splits a label around its number, formatted for the language', () => {
    expect(countLabel('en', 10000, en.signatories)).to.deep.equal({ before: '', number: '10,000', after: ' signatories' });
    expect(countLabel('uk', 10000, uk.signatories)).to.deep.equal({ before: '', number: '10\u00a0000', after: ' підписантів' });
    expect(countLabel('en', 3, { other: 'Signed by {count}' })).to.deep.equal({ before: 'Signed by ', number: '3', after: '' });
    expect(countLabel('en', 3, { other: 'signatories' })).to.deep.equal({ before: '', number: '3', after: ' signatories' });
  });
});

describe('counter logic: goal, time, list, animation, rejected counts', () => {
  it('measures progress towards a goal, capping the bar but not the number', () => {
    expect(goalProgress(148, 250)).to.deep.equal({ value: 148, max: 250, percent: 59, reached: false });
    expect(goalProgress(249, 250)!.percent, 'never rounds up to 100 before the goal').to.equal(99);
    expect(goalProgress(250, 250)).to.deep.equal({ value: 250, max: 250, percent: 100, reached: true });
    expect(goalProgress(300, 250)).to.deep.equal({ value: 250, max: 250, percent: 120, reached: true });
    expect(goalProgress(10, undefined)).to.equal(undefined);
    expect(goalProgress(10, 0)).to.equal(undefined);
    expect(goalProgress(undefined, 10)).to.equal(undefined);
  });

  it('writes "N of GOAL (percent)" with the real number past the goal', () => {
    expect(goalText('en', goalProgress(300, 250)!, 300, en.counterGoal)).to.equal('300 of 250 (120%)');
    expect(goalText('en', goalProgress(1480, 2500)!, 1480, en.counterGoal)).to.equal('1,480 of 2,500 (59%)');
    expect(goalText('uk', goalProgress(1480, 2500)!, 1480, uk.counterGoal)).to.equal('1\u00a0480 з 2\u00a0500 (59%)');
  });

  it('says when the figures were updated, relative to now', () => {
    const now = Date.parse('2025-09-01T15:00:00Z');
    expect(updatedText('en', '2025-09-01T12:00:00Z', en.updatedAgo, now)).to.equal('updated 3 hours ago');
    expect(updatedText('uk', '2025-09-01T12:00:00Z', uk.updatedAgo, now)).to.equal('оновлено 3 години тому');
    expect(updatedText('uk', '2025-08-27T15:00:00Z', uk.updatedAgo, now)).to.equal('оновлено 5 днів тому');
    expect(updatedText('en', '2025-08-01T12:00:00Z', en.updatedAgo, now), 'older than a week: the date').to.equal('updated August 1, 2025');
    expect(updatedText('uk', '2024-09-01T12:00:00Z', uk.updatedAgo, now)).to.equal('оновлено 1 вересня 2024 р.');
    expect(updatedText('en', undefined, en.updatedAgo, now)).to.equal('');
    expect(updatedText('en', 'not a date', en.updatedAgo, now)).to.equal('');
  });

  it('reveals a long list chunk by chunk', () => {
    expect(nextListLimit(50, 10000, 1000)).to.equal(1050);
    expect(nextListLimit(9500, 10000, 1000)).to.equal(10000);
    expect(nextListLimit(5, 10, 0), 'always moves on').to.equal(6);
  });

  it('cuts the shown names into fixed runs, so revealing more changes only the last run', () => {
    expect(listRuns(0, 250)).to.deep.equal([]);
    expect(listRuns(50, 250)).to.deep.equal([[0, 50]]);
    expect(listRuns(600, 250)).to.deep.equal([[0, 250], [250, 500], [500, 600]]);
    const before = listRuns(1050, 250);
    const after = listRuns(2050, 250);
    expect(after.slice(0, before.length - 1), 'the full runs stay the same').to.deep.equal(before.slice(0, -1));
    expect(listRuns(3, 0), 'a run holds at least one name').to.deep.equal([[0, 1], [1, 2], [2, 3]]);
  });

  it('counts up and down in whole numbers that end exactly on the total', () => {
    const up = [0, 0.1, 0.3, 0.5, 0.8, 1].map((progress) => tweenCount(21, 60, progress));
    expect(up[0]).to.equal(21);
    expect(up.at(-1)).to.equal(60);
    expect(up.every(Number.isInteger)).to.equal(true);
    expect(up).to.deep.equal([...up].sort((a, b) => a - b));
    const down = [0, 0.5, 1, 2].map((progress) => tweenCount(60, 10, progress));
    expect(down[0]).to.equal(60);
    expect(down[1]).to.be.within(11, 59);
    expect(down.slice(2)).to.deep.equal([10, 10]);
  });

  it('recognises a count the validator rejected', () => {
    for (const bad of [-5, 1.5, 1e12]) {
      const feed = structuredClone(fullFeed) as any;
      feed.items[0]._standpoint.signatories.count = bad;
      const { problems } = validateFeed(feed);
      expect(countWasRejected(problems, 0), String(bad)).to.equal(true);
    }
    const good = validateFeed(fullFeed);
    expect(countWasRejected(good.problems, 0)).to.equal(false);

    const second = structuredClone(fullFeed) as any;
    second.items = [second.items[0], { ...second.items[0], id: 'second', _standpoint: { signatories: { count: -1 } } }];
    const { feed, problems } = validateFeed(second);
    expect(feed!.items).to.have.length(2);
    expect(countWasRejected(problems, 0)).to.equal(false);
    expect(countWasRejected(problems, 1)).to.equal(true);
    expect(countWasRejected(problems, -1)).to.equal(false);
  });
});
