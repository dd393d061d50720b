import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { paragraphParts, renderBody, type BodyParts } from '../../src/components/standpoint-statement/statement-body.js';
import { en } from '../../src/i18n/en.js';

const rendered = (template: unknown) => {
  const holder = document.createElement('div');
  render(template, holder);
  return holder;
};
const reveal = (collapsed: boolean, expanded: boolean) => ({ collapsed, expanded, onToggle: () => undefined });

describe('statement body: paragraphs and the collapsed layout', () => {
  it('cuts a plain-text body after the preview’s paragraphs, and has nothing for an empty one', () => {
    expect(paragraphParts('', 1)).to.equal(undefined);
    expect(paragraphParts(' \n\n ', 1)).to.equal(undefined);
    const parts = paragraphParts('First.\n\nSecond.\n\nThird.', 1)!;
    expect(parts.hasRest).to.equal(true);
    expect(rendered(parts.shown).textContent).to.equal('First.');
    expect(rendered(parts.rest).textContent).to.equal('Second.Third.');
    expect(paragraphParts('First.\n\nSecond.', 0)!.shown, 'a preview of none shows no content block').to.equal(undefined);
    expect(paragraphParts('First.\n\nSecond.', Infinity)!.hasRest).to.equal(false);
  });

  it('puts "Read more" between the preview and the hidden rest, and "Show less" after the opened rest', () => {
    const parts: BodyParts = paragraphParts('First.\n\nSecond.', 1)!;
    const closed = rendered(renderBody(parts, 'en', reveal(true, false), en));
    expect([...closed.children].map((child) => child.localName)).to.deep.equal(['div', 'button', 'div']);
    expect(closed.querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
    expect(closed.querySelector<HTMLElement>('#more')!.hidden).to.equal(true);
    expect(closed.querySelector('#more')!.getAttribute('tabindex')).to.equal('-1');

    const open = rendered(renderBody(parts, 'en', reveal(true, true), en));
    expect([...open.children].map((child) => child.localName)).to.deep.equal(['div', 'div', 'button']);
    expect(open.querySelector('button')!.textContent!.trim()).to.equal(en.statementShowLess);
    expect(open.querySelector<HTMLElement>('#more')!.hidden).to.equal(false);

    const whole = rendered(renderBody(parts, 'uk', reveal(false, false), en));
    expect(whole.querySelector('button')).to.equal(null);
    expect(whole.querySelector('#more')!.hasAttribute('tabindex')).to.equal(false);
    expect(whole.querySelector('#more')!.getAttribute('lang')).to.equal('uk');
  });
});
