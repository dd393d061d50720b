/**
 * The editor's state, without a page: the undo history (builder/editor/history.js)
 * and the feed edits it steps through (builder/editor/edits.js).
 */
import { expect } from '@open-wc/testing';

// The builder's modules are plain JavaScript served as they are; the tests load them as the page does.
const load = (path: string) => import(String(path)) as Promise<Record<string, any>>;
const { MAX_STEPS, canRedo, canUndo, hasUnsavedEdits, markSaved, record, redo, startHistory, undo } = await load('/builder/editor/history.js');
const { demandTextPath, removeSignatory, setClosed, setCount, setDemandStatus, setJoinUrl, setSignatoryField, setText, statementPath, updateIn } = await load('/builder/editor/edits.js');
const { matchingSignatories } = await load('/builder/editor/signatories-section.js');

const feed = () => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Sample coalition',
  language: 'en',
  x_kept: { any: 'thing' },
  items: [
    {
      id: 'one',
      title: 'Sample title',
      _standpoint: {
        demands: [
          { id: 'a', text: 'First', status: 'pending' },
          { id: 'b', text: 'Second', status: 'voiced', updated: '2025-08-13' },
        ],
        signatories: { count: 10, list: [{ name: 'Org A' }, { name: 'Org B', url: 'https://b.test' }], history: [{ date: '2025-08-13', count: 3 }] },
        translations: { uk: { title: 'Зразок' } },
      },
    },
  ],
});

describe('editor history', () => {
  it('undoes and redoes steps, and a new edit drops what could be redone', () => {
    let history = startHistory('a');
    history = record(history, 'b');
    history = record(history, 'c');
    expect(canUndo(history)).to.be.true;
    history = undo(undo(history));
    expect(history.present).to.equal('a');
    expect(canUndo(history)).to.be.false;
    history = redo(history);
    expect(history.present).to.equal('b');
    history = record(history, 'd');
    expect(canRedo(history)).to.be.false;
    expect(undo(history).present).to.equal('b');
  });

  it('makes one step of typing in one field, and a new step for another field', () => {
    let history = startHistory('');
    for (const typed of ['S', 'Sa', 'Sam']) history = record(history, typed, 'title');
    history = record(history, 'Sam + note', 'note');
    expect(history.past).to.deep.equal(['', 'Sam']);
    expect(undo(undo(history)).present).to.equal('');
  });

  it('knows whether a reload would lose edits: not after saving, nor after undoing back to what was saved', () => {
    let history = startHistory('opened');
    expect(hasUnsavedEdits(history)).to.be.false;
    history = record(history, 'edited', 'title');
    expect(hasUnsavedEdits(history)).to.be.true;
    expect(hasUnsavedEdits(undo(history))).to.be.false;
    history = markSaved(history);
    expect(hasUnsavedEdits(history)).to.be.false;
    // Saved, the next keystroke in the same field is a step of its own.
    history = record(history, 'edited again', 'title');
    expect(undo(history).present).to.equal('edited');
    expect(hasUnsavedEdits(startHistory('starter', { saved: false }))).to.be.true;
  });

  it('keeps at most MAX_STEPS steps', () => {
    let history = startHistory(0);
    for (let step = 1; step <= MAX_STEPS + 10; step += 1) history = record(history, step);
    expect(history.past).to.have.length(MAX_STEPS);
    expect(history.past[0]).to.equal(10);
  });
});

describe('editor edits', () => {
  it('copies only the way to what changed, and keeps keys it does not know', () => {
    const before = feed();
    const after = updateIn(before, ['items', 0, '_standpoint', 'demands', 1, 'note'], () => 'Because');
    expect(after.items[0]._standpoint.demands[1].note).to.equal('Because');
    expect(before.items[0]._standpoint.demands[1]).not.to.have.property('note');
    expect(after.x_kept).to.equal(before.x_kept);
    expect(after.items[0]._standpoint.signatories).to.equal(before.items[0]._standpoint.signatories);
    expect(after.items[0]._standpoint.demands[0]).to.equal(before.items[0]._standpoint.demands[0]);
  });

  it('writes a text of the item’s own language in the item, another in its translation, and removes an emptied one', () => {
    const start = feed();
    expect(statementPath(start, 0, 'en', 'title')).to.deep.equal(['items', 0, 'title']);
    expect(statementPath(start, 0, 'uk', 'title')).to.deep.equal(['items', 0, '_standpoint', 'translations', 'uk', 'title']);
    const path = demandTextPath(start, 0, 1, 'uk', 'text');
    expect(path).to.deep.equal(['items', 0, '_standpoint', 'translations', 'uk', 'demands', 'b', 'text']);
    const translated = setText(start, path, 'Друга');
    expect(translated.items[0]._standpoint.translations.uk).to.deep.equal({ title: 'Зразок', demands: { b: { text: 'Друга' } } });
    expect(setText(translated, statementPath(start, 0, 'uk', 'title'), '').items[0]._standpoint.translations.uk).not.to.have.property('title');
  });

  it('dates a new status today', () => {
    const demand = setDemandStatus(feed(), 0, 0, 'enshrined', '2025-10-02').items[0]._standpoint.demands[0];
    expect(demand).to.deep.equal({ id: 'a', text: 'First', status: 'enshrined', updated: '2025-10-02' });
  });

  it('gives a new count its point in the history, one a day', () => {
    let next = setCount(feed(), 0, '12', '2025-10-02');
    next = setCount(next, 0, '15', '2025-10-02');
    const { signatories } = next.items[0]._standpoint;
    expect(signatories.count).to.equal(15);
    expect(signatories.updated).to.equal('2025-10-02');
    expect(signatories.history).to.deep.equal([
      { date: '2025-08-13', count: 3 },
      { date: '2025-10-02', count: 15 },
    ]);
    // What is not a number is kept as typed, for the checker to name.
    expect(setCount(feed(), 0, 'many', '2025-10-02').items[0]._standpoint.signatories.count).to.equal('many');
  });

  it('edits and removes signatories, and leaves the count to the coordinator', () => {
    let next = setSignatoryField(feed(), 0, 1, 'verified', true);
    next = setSignatoryField(next, 0, 1, 'url', '');
    expect(next.items[0]._standpoint.signatories.list[1]).to.deep.equal({ name: 'Org B', verified: true });
    next = removeSignatory(next, 0, 0);
    expect(next.items[0]._standpoint.signatories.list).to.deep.equal([{ name: 'Org B', verified: true }]);
    expect(next.items[0]._standpoint.signatories.count).to.equal(10);
  });

  it('writes the join link and the closed flag, and removes them when emptied', () => {
    let next = setJoinUrl(feed(), 0, ' https://coalition.test/join ');
    next = setText(next, ['items', 0, '_standpoint', 'join', 'text'], 'Join us');
    expect(next.items[0]._standpoint.join).to.deep.equal({ url: 'https://coalition.test/join', text: 'Join us' });
    expect(setJoinUrl(next, 0, '').items[0]._standpoint).not.to.have.property('join');
    next = setClosed(next, 0, true);
    expect(next.items[0]._standpoint.expired).to.be.true;
    expect(setClosed(next, 0, false).items[0]._standpoint).not.to.have.property('expired');
  });

  it('finds signatories by name in one pass over the list', () => {
    const list = [{ name: 'Alpha Org' }, { name: 'Beta' }, { name: 'alphabet' }, {}];
    expect(matchingSignatories(list, 'ALPHA')).to.deep.equal([0, 2]);
    expect(matchingSignatories(list, ' ')).to.deep.equal([0, 1, 2, 3]);
  });
});
