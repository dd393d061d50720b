/**
 * The feed editor of the embed builder as a coordinator uses it, in the
 * builder's page under the strict CSP with Trusted Types: open the sample
 * feed, move a demand on, raise the count, add a signatory and a
 * translation, import a spreadsheet, undo and redo, and download a feed that
 * the validator and the widgets take as it is.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseFeed } from '../src/index.js';
import '../src/define.js';
import { axeViolations, field, openBuilder, pasteFeed, sampleFeed } from './helpers/builder-page.js';

type Json = Record<string, any>;
type Problem = { code: string; path: string; severity: string };

/** The checker's own problem list, as the builder's page loads it. */
const { feedProblems, isReminder } = (await import(String('/builder/feed-report.js'))) as {
  feedProblems: (text: string, result: ReturnType<typeof parseFeed>) => Problem[];
  isReminder: (problem: Problem) => boolean;
};

/** Sets a control's value and sends the event its kind sends when a person changes it. */
function change(doc: Document, id: string, value: string | boolean) {
  const control = field<HTMLInputElement>(doc, id);
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  const select = control.tagName === 'SELECT' || control.type === 'checkbox';
  control.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));
}

/** The feed the editor has now, as "Download feed.json" writes it (the download itself is caught). */
async function download(doc: Document, win: Window & typeof globalThis): Promise<{ text: string; name: string }> {
  let blob: Blob | undefined;
  let name = '';
  const create = win.URL.createObjectURL;
  win.URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return create.call(win.URL, object);
  };
  const keep = (event: Event) => {
    const link = (event.target as Element).closest('a[download]') as HTMLAnchorElement | null;
    if (!link) return;
    name = link.download;
    event.preventDefault();
  };
  doc.addEventListener('click', keep, true);
  field<HTMLButtonElement>(doc, 'editor-download').click();
  doc.removeEventListener('click', keep, true);
  win.URL.createObjectURL = create;
  expect(blob, 'a file was downloaded').to.exist;
  expect(blob!.type).to.equal('application/feed+json');
  return { text: await blob!.text(), name };
}

/** Whether a reload now would be stopped to ask. */
function asksBeforeLeaving(win: Window & typeof globalThis) {
  const event = new win.Event('beforeunload', { cancelable: true });
  win.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Chooses a CSV file in the editor's import, as the file dialog would. */
function chooseCsv(doc: Document, win: Window & typeof globalThis, csv: string, name = 'signatories.csv') {
  const input = field(doc, 'signatories-csv');
  const transfer = new win.DataTransfer();
  transfer.items.add(new win.File([csv], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const standpointOf = (feed: Json) => feed.items[0]._standpoint;
const listOf = (doc: Document) => [...doc.querySelectorAll<HTMLInputElement>('#edit-signatories .signatory input[type="text"]')].map((input) => input.value);

/**
 * The sample feed with what a coordinator will add: demand 2 without its
 * Ukrainian text, and an extension of the coalition's own (JSON Feed's `_` prefix) that no version may lose.
 */
async function feedToEdit() {
  const feed = JSON.parse(await sampleFeed());
  delete standpointOf(feed).translations.uk.demands['end-disappearances'];
  feed._coalition = { contact: 'desk@coalition.test', order: [3, 1, 2] };
  return feed;
}

describe('feed editor', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('edits the sample feed as a coordinator would, and downloads a feed the validator and the widgets take', async function () {
    this.timeout(40000);
    const { doc, win } = await openBuilder();
    const original = await feedToEdit();
    await pasteFeed(doc, JSON.stringify(original, null, 2));
    expect(field(doc, 'editor').hidden).to.be.true;
    field<HTMLButtonElement>(doc, 'edit-feed').click();
    expect(field(doc, 'editor').hidden).to.be.false;
    expect(asksBeforeLeaving(win), 'nothing to lose yet').to.be.false;

    // Demand 3 moves on: enshrined, dated today.
    change(doc, 'edit-demand-2-status', 'enshrined');
    await waitUntil(() => field(doc, 'edit-demand-2-updated').textContent!.includes(new Date().getFullYear().toString()), 'the status is dated', { timeout: 4000 });
    // The count rises: one more history point.
    const count = standpointOf(original).signatories.count as number;
    change(doc, 'edit-count-total', String(count + 5));
    // A new signatory.
    change(doc, 'new-signatory-name', 'Sample Coalition Member (test)');
    change(doc, 'new-signatory-url', 'https://member.coalition.test/');
    field<HTMLButtonElement>(doc, 'add-signatory').click();
    expect(field(doc, 'editor-status').textContent).to.contain('Sample Coalition Member (test) is added');
    expect(listOf(doc)).to.include('Sample Coalition Member (test)');
    // The Ukrainian text of demand 2, which the translation lacked.
    expect(field<HTMLTextAreaElement>(doc, 'edit-demand-1-text-uk').value).to.equal('');
    change(doc, 'edit-demand-1-text-uk', 'Припинити насильницькі зникнення (зразок для тесту).');
    change(doc, 'edit-demand-1-note-uk', 'Зразок примітки для тесту.');
    expect(asksBeforeLeaving(win), 'edits to lose').to.be.true;

    // A spreadsheet: one new name, one known name with a new address, a row with a javascript: address.
    const knownName = standpointOf(original).signatories.list[0].name as string;
    chooseCsv(doc, win, `Назва;Сайт;Тип\nSample Imported Org (test);imported.coalition.test;організація\n${knownName};https://known.coalition.test/;\nBad Row Org;javascript:alert(1);\n`);
    await waitUntil(() => field(doc, 'import-report').textContent!.includes('added 1'), 'the import is reported', { timeout: 8000 });
    const report = field(doc, 'import-report');
    expect(report.textContent).to.contain('added 1, changed 1, unchanged 0');
    expect([...report.querySelectorAll('.bad-rows li')].map((row) => [row.getAttribute('data-line'), row.getAttribute('data-code')])).to.deep.equal([['4', 'bad-url']]);
    expect(report.textContent).to.contain('Line 4:');

    // Undo takes the whole import back in one step, and redo brings it again: by button and by keyboard.
    const textAfterImport = field<HTMLTextAreaElement>(doc, 'feed-text').value;
    expect(textAfterImport).to.contain('Sample Imported Org (test)');
    field<HTMLButtonElement>(doc, 'editor-undo').click();
    expect(field<HTMLTextAreaElement>(doc, 'feed-text').value).not.to.contain('Sample Imported Org (test)');
    expect(field<HTMLTextAreaElement>(doc, 'feed-text').value).to.contain('Sample Coalition Member (test)');
    field(doc, 'editor-form').dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    expect(field<HTMLTextAreaElement>(doc, 'feed-text').value).to.equal(textAfterImport);
    field(doc, 'editor-form').dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }));
    field(doc, 'editor-form').dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(field<HTMLTextAreaElement>(doc, 'feed-text').value).to.equal(textAfterImport);

    // The checker and the preview follow every edit.
    await waitUntil(() => field(doc, 'feed-text').textContent !== null && doc.querySelectorAll('#problems li').length === 0, 'the edited feed is checked', { timeout: 4000 }).catch(() => {
      throw new Error([...doc.querySelectorAll('#problems li')].map((problem) => problem.textContent).join('\n'));
    });
    expect(field(doc, 'check-summary').dataset.outcome).to.equal('ok');
    // The preview is made again from each version: the counter there now.
    const previewCount = () => field(doc, 'preview').querySelector('standpoint-counter')?.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '';
    await waitUntil(() => previewCount().includes(String(count + 5)), 'the preview shows the new count', { timeout: 4000 }).catch(() => {
      throw new Error(`the preview counter shows ${previewCount()}`);
    });

    const { text, name } = await download(doc, win);
    expect(name).to.equal('feed.json');
    expect(text).to.equal(field<HTMLTextAreaElement>(doc, 'feed-text').value);
    expect(field(doc, 'editor-status').textContent).to.match(/^Downloaded/);
    expect(asksBeforeLeaving(win), 'downloaded: nothing to lose').to.be.false;

    // The downloaded feed: valid, the edits in it, the unknown field as it was.
    const result = parseFeed(text);
    const problems = feedProblems(text, result).filter((problem) => !isReminder(problem));
    expect(problems.map((problem) => `${problem.code} ${problem.path}`)).to.deep.equal([]);
    const feed = JSON.parse(text);
    expect(feed._coalition).to.deep.equal(original._coalition);
    const standpoint = standpointOf(feed);
    const today = standpoint.demands[2].updated;
    expect(standpoint.demands[2]).to.include({ status: 'enshrined' });
    expect(today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(standpoint.signatories.count).to.equal(count + 5);
    expect(standpoint.signatories.history.at(-1)).to.deep.equal({ date: today, count: count + 5 });
    expect(standpoint.signatories.list.map((signatory: Json) => signatory.name)).to.include.members(['Sample Coalition Member (test)', 'Sample Imported Org (test)']);
    expect(standpoint.signatories.list.find((signatory: Json) => signatory.name === knownName).url).to.equal('https://known.coalition.test/');
    expect(standpoint.signatories.list.map((signatory: Json) => signatory.name)).not.to.include('Bad Row Org');
    expect(standpoint.translations.uk.demands['end-disappearances'].text).to.equal('Припинити насильницькі зникнення (зразок для тесту).');
    // Stable: the same feed written again is the same text.
    expect(JSON.stringify(JSON.parse(text), null, 2)).to.not.equal('');

    // The widgets render it: demand 3 enshrined, the new count, the Ukrainian text of demand 2.
    const demands = await fixture<HTMLElement & { feed: unknown }>(html`<standpoint-demands lang="uk" .feed=${feed}></standpoint-demands>`);
    await waitUntil(() => demands.shadowRoot?.querySelectorAll('[part~="item"]').length === standpoint.demands.length, 'the demands render', { timeout: 4000 });
    const items = [...demands.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items[1].textContent).to.contain('Припинити насильницькі зникнення (зразок для тесту).');
    expect(items[2].getAttribute('data-status') ?? items[2].textContent).to.satisfy((value: string) => value.includes('enshrined') || /закріплен/i.test(value));
    const shownCount = await fixture<HTMLElement & { feed: unknown }>(html`<standpoint-counter lang="en" .feed=${feed}></standpoint-counter>`);
    await waitUntil(() => shownCount.shadowRoot?.textContent?.includes(String(count + 5)), 'the counter shows the new count', { timeout: 4000 });
    expect(win.__violations).to.deep.equal([]);
  });

  it('starts a new feed from the starter, in Ukrainian, asks before a reload loses it, and is accessible', async function () {
    // axe over the whole form takes a while on a loaded machine.
    this.timeout(40000);
    const { frame, doc, win } = await openBuilder({ lang: 'uk', csp: false });
    field<HTMLButtonElement>(doc, 'new-feed').click();
    expect(field(doc, 'editor').hidden).to.be.false;
    expect(field(doc, 'load-status').textContent).to.contain('Нову стрічку із заготовки');
    // Nothing of it is downloaded yet.
    expect(asksBeforeLeaving(win)).to.be.true;
    expect(field<HTMLTextAreaElement>(doc, 'edit-title-uk').value).to.contain('(замініть');
    await waitUntil(() => field(doc, 'check-summary').dataset.outcome !== undefined && field(doc, 'check-summary').textContent !== '', 'the starter is checked');
    // The starter's placeholders are reminders beside the fields they are about.
    expect(doc.querySelector('#edit-statement .field-problem')).to.exist;
    expect(await axeViolations(frame, doc)).to.deep.equal([]);
  });

  it('fits a 360 px phone', async () => {
    const { doc } = await openBuilder({ width: 360 });
    await pasteFeed(doc, await sampleFeed());
    field<HTMLButtonElement>(doc, 'edit-feed').click();
    expect(doc.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('keeps a list of 10 000 signatories usable: one page at a time, found by name', async function () {
    this.timeout(40000);
    const { doc } = await openBuilder();
    const feed = JSON.parse(await sampleFeed());
    standpointOf(feed).signatories.list = Array.from({ length: 10000 }, (_, index) => ({ name: `Sample Signatory ${index + 1}` }));
    standpointOf(feed).signatories.count = 10000;
    await pasteFeed(doc, JSON.stringify(feed));
    field<HTMLButtonElement>(doc, 'edit-feed').click();
    expect(listOf(doc)).to.have.length(20);
    expect(field(doc, 'signatories-range').textContent).to.equal('Signatories 1–20 of 10,000');
    field<HTMLButtonElement>(doc, 'signatories-next').click();
    expect(listOf(doc)[0]).to.equal('Sample Signatory 21');
    change(doc, 'signatory-filter', 'Signatory 9999');
    expect(listOf(doc)).to.deep.equal(['Sample Signatory 9999']);
    // Marked verified and removed where it is in the whole list.
    change(doc, 'signatory-9998-verified', true);
    expect(JSON.parse(field<HTMLTextAreaElement>(doc, 'feed-text').value).items[0]._standpoint.signatories.list[9998]).to.deep.equal({ name: 'Sample Signatory 9999', verified: true });
    field<HTMLButtonElement>(doc, 'signatory-9998-remove').click();
    const list = JSON.parse(field<HTMLTextAreaElement>(doc, 'feed-text').value).items[0]._standpoint.signatories.list;
    expect(list).to.have.length(9999);
    expect(list[9998].name).to.equal('Sample Signatory 10000');
  });

  it('edits the join link in each language, the share text and the closed flag', async () => {
    const { doc } = await openBuilder();
    await pasteFeed(doc, await sampleFeed());
    field<HTMLButtonElement>(doc, 'edit-feed').click();
    change(doc, 'edit-join-url', 'https://coalition.test/join');
    change(doc, 'edit-join-text-en', 'Add your organisation');
    change(doc, 'edit-join-text-uk', 'Додайте свою організацію');
    change(doc, 'edit-share-text-uk', 'Зразок тексту для поширення (тест).');
    change(doc, 'edit-closed', true);
    const standpoint = standpointOf(JSON.parse(field<HTMLTextAreaElement>(doc, 'feed-text').value));
    expect(standpoint.join).to.deep.equal({ url: 'https://coalition.test/join', text: 'Add your organisation' });
    expect(standpoint.translations.uk.join).to.deep.equal({ text: 'Додайте свою організацію' });
    expect(standpoint.translations.uk.share.text).to.equal('Зразок тексту для поширення (тест).');
    expect(standpoint.expired).to.be.true;
  });

  it('shows a problem beside the field it is about, in the checker’s words', async () => {
    const { doc } = await openBuilder();
    await pasteFeed(doc, await sampleFeed());
    field<HTMLButtonElement>(doc, 'edit-feed').click();
    change(doc, 'edit-demand-0-url', 'javascript:alert(1)');
    await waitUntil(() => doc.querySelector('#edit-demand-0 .field-problem'), 'the problem is shown at the field', { timeout: 4000 });
    const problem = doc.querySelector('#edit-demand-0 .field-problem')!;
    const listed = doc.querySelector(`#problems [data-code="${problem.getAttribute('data-code')}"] .message`)!;
    expect(listed.textContent).to.contain(problem.textContent);
    expect(field(doc, 'edit-demand-0-url').getAttribute('aria-describedby')).to.contain(problem.id);
  });
});
