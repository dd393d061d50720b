import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CONFIRMATION_MS, CopyFeedbackController } from '../../src/components/standpoint-share/copy-feedback-controller.js';

/** A host with a render root holding both fields, and its lifecycle driven by hand. */
async function setup() {
  const renderRoot = await fixture<HTMLDivElement>(html`<div><input id="manual-link" value="https://example.org/" /><textarea id="embed-code">code</textarea></div>`);
  const controllers: ReactiveController[] = [];
  const host = {
    renderRoot,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: sinon.spy(),
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  const feedback = new CopyFeedbackController(host as typeof host & ReactiveControllerHost, { link: '#manual-link', embed: '#embed-code' });
  return { host, renderRoot, feedback };
}

describe('share logic: copy feedback (CopyFeedbackController)', () => {
  afterEach(() => sinon.restore());

  it('says "copied" after a copy, then returns to idle after its time', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const { feedback } = await setup();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(await feedback.copy('link', 'https://example.org/')).to.equal(true);
    expect(writeText).to.have.been.calledOnceWith('https://example.org/');
    expect(feedback.state('link')).to.equal('copied');
    expect(feedback.state('embed')).to.equal('idle');
    clock.tick(CONFIRMATION_MS - 1);
    expect(feedback.state('link')).to.equal('copied');
    clock.tick(1);
    expect(feedback.state('link')).to.equal('idle');
    expect(clock.countTimers()).to.equal(0);
  });

  it('selects the text in its field when the clipboard refuses, and keeps saying so', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    const { feedback, renderRoot } = await setup();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(await feedback.copy('embed', 'code')).to.equal(false);
    expect(feedback.state('embed')).to.equal('refused');
    const field = renderRoot.querySelector('textarea')!;
    expect(renderRoot.ownerDocument.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, 4]);
    expect(clock.countTimers(), 'a refusal does not time out').to.equal(0);
  });

  it('empties the message before a second copy, so that it is announced again', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const { feedback } = await setup();
    await feedback.copy('link', 'x');
    const copying = feedback.copy('link', 'x');
    expect(feedback.state('link')).to.equal('idle');
    await copying;
    expect(feedback.state('link')).to.equal('copied');
  });

  it('keeps one timer for every button: "copied" rests after the latest copy', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const { feedback } = await setup();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await feedback.copy('link', 'x');
    clock.tick(3000);
    await feedback.copy('embed', 'y');
    expect(clock.countTimers()).to.equal(1);
    clock.tick(CONFIRMATION_MS - 1);
    expect([feedback.state('link'), feedback.state('embed')]).to.deep.equal(['copied', 'copied']);
    clock.tick(1);
    expect([feedback.state('link'), feedback.state('embed')]).to.deep.equal(['idle', 'idle']);
  });

  it('leaves a failed share sheet as it is when the timer ends', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const { feedback } = await setup();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await feedback.copy('embed', 'y');
    feedback.set('link', 'share-failed');
    clock.tick(CONFIRMATION_MS);
    expect(feedback.state('link')).to.equal('share-failed');
    expect(feedback.state('embed')).to.equal('idle');
  });

  it('clears its timer when the element leaves the page', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const { feedback, host } = await setup();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await feedback.copy('link', 'x');
    expect(clock.countTimers()).to.equal(1);
    host.disconnect();
    expect(clock.countTimers()).to.equal(0);
    const updates = host.requestUpdate.callCount;
    clock.tick(CONFIRMATION_MS * 2);
    expect(host.requestUpdate.callCount, 'no update after it left').to.equal(updates);
  });
});
