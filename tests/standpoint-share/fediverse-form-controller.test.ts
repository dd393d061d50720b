import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveControllerHost } from 'lit';
import { FediverseFormController } from '../../src/components/standpoint-share/fediverse-form-controller.js';
import type { ShareData } from '../../src/components/standpoint-share/share-urls.js';

const data: ShareData = { url: 'https://example.org/standpoint', title: 'A sample standpoint', text: 'Sample text' };

async function setup(shared: () => ShareData | undefined = () => data) {
  const host = { requestUpdate: sinon.spy() } as unknown as ReactiveControllerHost & { requestUpdate: sinon.SinonSpy };
  const opened = sinon.spy();
  const form = new FediverseFormController(host, shared, opened);
  const element = await fixture<HTMLFormElement>(html`<form @submit=${form.handleSubmit}><input name="server" /><button type="submit">Share</button></form>`);
  const input = element.querySelector('input')!;
  const submit = (server: string) => {
    input.value = server;
    element.requestSubmit();
  };
  return { host, form, opened, input, submit };
}

describe('share logic: the Fediverse form (FediverseFormController)', () => {
  afterEach(() => sinon.restore());

  it('opens the share page of the server typed, in a new window without an opener', async () => {
    const open = sinon.stub(window, 'open').returns(null);
    const { form, opened, submit } = await setup();
    submit('mastodon.example');
    expect(open).to.have.been.calledOnce;
    expect(open.firstCall.args[0]).to.match(/^https:\/\/mastodon\.example\/share\?text=/);
    expect(open.firstCall.args.slice(1)).to.deep.equal(['_blank', 'noopener,noreferrer']);
    expect(opened).to.have.been.calledOnceWith(data);
    expect(form.invalid).to.equal(false);
  });

  it('marks a server that is none as invalid, keeps the focus in the field, and clears the mark on typing', async () => {
    const open = sinon.stub(window, 'open').returns(null);
    const { host, form, opened, input, submit } = await setup();
    submit('not a server');
    expect(form.invalid).to.equal(true);
    expect(document.activeElement).to.equal(input);
    expect(open).not.to.have.been.called;
    expect(opened).not.to.have.been.called;
    expect(host.requestUpdate).to.have.been.calledOnce;
    form.handleInput();
    form.handleInput();
    expect(form.invalid).to.equal(false);
    expect(host.requestUpdate, 'one update per change, none for typing on').to.have.been.calledTwice;
  });

  it('opens nothing when there is nothing to share', async () => {
    const open = sinon.stub(window, 'open').returns(null);
    const { form, submit } = await setup(() => undefined);
    submit('mastodon.example');
    expect(form.invalid).to.equal(true);
    expect(open).not.to.have.been.called;
  });
});
