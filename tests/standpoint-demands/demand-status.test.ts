import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { demandStatusLabel, describeDemandChanges, diffDemandStatuses, filterDemands, parseStatusFilter } from '../../src/components/standpoint-demands/demand-status.js';
import { DEMAND_STATUS_INFO, demandStatusInfo, isEnshrined, summarizeDemands } from '../../src/feed/demand-status.js';
import { en } from '../../src/i18n/en.js';
import { plural } from '../../src/i18n/format.js';
import { uk } from '../../src/i18n/uk.js';

const demand = (id: string, status: string) => ({ id, text: `Demand ${id}`, status });

describe('demand statuses: metadata, counts, filter and changes', () => {
  afterEach(() => sinon.restore());

  it('knows the statuses in order, pending to implemented, then rejected apart', () => {
    expect(DEMAND_STATUS_INFO.map((info) => info.status)).to.deep.equal([
      'pending',
      'voiced',
      'negotiating',
      'enshrined',
      'implemented',
      'rejected',
    ]);
    expect(DEMAND_STATUS_INFO.map((info) => info.step)).to.deep.equal([0, 1, 2, 3, 4, -1]);
    expect(new Set(DEMAND_STATUS_INFO.map((info) => info.icon)).size, 'a distinct icon for each status').to.equal(6);
  });

  it('names every known status and explains it, in English and Ukrainian', () => {
    for (const info of DEMAND_STATUS_INFO) {
      for (const table of [en, uk]) {
        expect(table[info.labelKey!], `${info.status} label`).to.be.a('string').and.not.equal('');
        expect(table[info.descriptionKey!], `${info.status} description`).to.be.a('string').and.not.equal('');
      }
    }
    expect(demandStatusLabel('enshrined', en)).to.equal('Enshrined in an agreement');
    expect(demandStatusLabel('enshrined', uk)).to.equal('Закріплено в угоді');
    expect(demandStatusLabel('voiced', en)).to.equal('Voiced');
  });

  it('gives an unknown status the neutral icon, its own wording and one warning', () => {
    const warn = sinon.stub(console, 'warn');
    const status = `ratified-${Date.now()}`;
    const info = demandStatusInfo(status);
    expect(info).to.include({ status, known: false, step: -1, icon: 'unknown', tone: 'neutral' });
    expect(demandStatusLabel(status, en)).to.equal(status);
    expect(demandStatusLabel(status, uk)).to.equal(status);
    const mine = warn.getCalls().filter((call) => String(call.args[0]).includes(`"${status}"`));
    expect(mine).to.have.length(1);
  });

  it('counts demands enshrined in an agreement or implemented, never rejected or unknown ones', () => {
    const demands = ['pending', 'voiced', 'negotiating', 'enshrined', 'implemented', 'rejected', 'ratified'].map((status, index) =>
      demand(String(index), status),
    );
    sinon.stub(console, 'warn');
    expect(summarizeDemands(demands)).to.deep.equal({ total: 7, enshrined: 2 });
    expect(summarizeDemands([])).to.deep.equal({ total: 0, enshrined: 0 });
    expect(isEnshrined('implemented')).to.equal(true);
    expect(isEnshrined('negotiating')).to.equal(false);
    expect(isEnshrined('rejected')).to.equal(false);
  });

  it('words the summary with the right plural in both languages', () => {
    const summary = (locale: string, done: number, count: number, table = locale === 'uk' ? uk : en) =>
      plural(locale, count, table.demandsSummary, { done });
    expect(summary('en', 2, 6)).to.equal('2 of 6 demands enshrined in an agreement');
    expect(summary('en', 0, 1)).to.equal('0 of 1 demand enshrined in an agreement');
    expect(summary('uk', 2, 6)).to.equal('2 з 6 вимог закріплено в угоді');
    expect(summary('uk', 1, 21)).to.equal('1 з 21 вимоги закріплено в угоді');
    expect(summary('uk', 1, 3)).to.equal('1 з 3 вимог закріплено в угоді');
    expect(summary('uk', 0, 1)).to.equal('0 з 1 вимоги закріплено в угоді');
  });

  it('reads the status filter from a list of names', () => {
    expect([...parseStatusFilter('enshrined implemented')!]).to.deep.equal(['enshrined', 'implemented']);
    expect([...parseStatusFilter('  Enshrined,IMPLEMENTED  rejected ')!]).to.deep.equal(['enshrined', 'implemented', 'rejected']);
    expect(parseStatusFilter('')).to.equal(undefined);
    expect(parseStatusFilter('   ')).to.equal(undefined);
    expect(parseStatusFilter(null)).to.equal(undefined);
  });

  it('filters demands and keeps each one’s number in the whole list', () => {
    const demands = [demand('a', 'voiced'), demand('b', 'enshrined'), demand('c', 'pending'), demand('d', 'implemented')];
    const shown = filterDemands(demands, parseStatusFilter('enshrined implemented'));
    expect(shown.map((entry) => [entry.demand.id, entry.number])).to.deep.equal([
      ['b', 2],
      ['d', 4],
    ]);
    expect(filterDemands(demands, undefined)).to.have.length(4);
    expect(filterDemands(demands, parseStatusFilter('rejected'))).to.deep.equal([]);
  });

  it('gives each demand a unique key even when a feed repeats an id', () => {
    const keys = filterDemands([demand('a', 'voiced'), demand('a', 'pending'), demand('b', 'pending')]).map((entry) => entry.key);
    expect(keys).to.deep.equal(['a', 'a#2', 'b']);
  });

  it('finds which demands changed status, by id and in the new order', () => {
    const before = [demand('a', 'voiced'), demand('b', 'negotiating'), demand('c', 'pending')];
    const after = [demand('a', 'voiced'), demand('b', 'negotiating'), demand('c', 'enshrined'), demand('new', 'voiced')];
    expect(diffDemandStatuses(before, after)).to.deep.equal([{ id: 'c', number: 3, from: 'pending', to: 'enshrined' }]);
    expect(diffDemandStatuses(before, before)).to.deep.equal([]);
    const reordered = [demand('c', 'rejected'), demand('a', 'implemented')];
    expect(diffDemandStatuses(before, reordered)).to.deep.equal([
      { id: 'c', number: 1, from: 'pending', to: 'rejected' },
      { id: 'a', number: 2, from: 'voiced', to: 'implemented' },
    ]);
  });

  it('says what changed, in English and Ukrainian', () => {
    const changes = [{ id: 'c', number: 3, from: 'negotiating', to: 'enshrined' }];
    expect(describeDemandChanges(changes, en)).to.equal('Demand 3: now Enshrined in an agreement.');
    expect(describeDemandChanges(changes, uk)).to.equal('Вимога 3: тепер «Закріплено в угоді».');
    expect(describeDemandChanges([...changes, { id: 'e', number: 5, from: 'pending', to: 'voiced' }], en)).to.equal(
      'Demand 3: now Enshrined in an agreement. Demand 5: now Voiced.',
    );
    expect(describeDemandChanges([], en)).to.equal('');
  });
});
