import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { EMBED_SECTIONS, arrangeSections, parseSections } from '../../src/components/standpoint-embed/sections.js';

describe('embed sections', () => {
  afterEach(() => sinon.restore());

  it('reads names in order, spaces or commas, any case, each once', () => {
    expect(parseSections('share demands')).to.deep.equal(['share', 'demands']);
    expect(parseSections(' Counter,STATEMENT  counter ')).to.deep.equal(['counter', 'statement']);
  });

  it('shows every part when nothing usable is given', () => {
    expect(parseSections(undefined)).to.deep.equal([...EMBED_SECTIONS]);
    expect(parseSections('')).to.deep.equal(['statement', 'demands', 'counter', 'share']);
    expect(parseSections('   ,  ')).to.deep.equal([...EMBED_SECTIONS]);
  });

  it('ignores an unknown name with a warning that lists the known ones', () => {
    const warn = sinon.stub(console, 'warn');
    const name = `signatures-${Date.now()}`;
    expect(parseSections(`${name} counter`)).to.deep.equal(['counter']);
    expect(parseSections(name)).to.deep.equal([...EMBED_SECTIONS]);
    const mine = warn.getCalls().filter((call) => String(call.args[0]).includes(`"${name}"`));
    expect(mine).to.have.length(1);
    expect(String(mine[0].args[0])).to.contain('statement, demands, counter, share');
  });

  it('puts text and side parts in their own columns, the column of the first part first', () => {
    expect(arrangeSections(['statement', 'demands', 'counter', 'share'])).to.deep.equal([
      { kind: 'main', sections: ['statement', 'demands'] },
      { kind: 'side', sections: ['counter', 'share'] },
    ]);
    expect(arrangeSections(['share', 'statement', 'counter'])).to.deep.equal([
      { kind: 'side', sections: ['share', 'counter'] },
      { kind: 'main', sections: ['statement'] },
    ]);
    expect(arrangeSections(['demands'])).to.deep.equal([{ kind: 'main', sections: ['demands'] }]);
  });
});
