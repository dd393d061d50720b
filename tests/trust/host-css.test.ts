/**
 * Hostile host CSS: a page whose stylesheet resets everything and puts
 * !important on *, button, a, ul, svg and the widgets' own class names
 * (tests/fixtures/trust/hostile.css). The widgets keep their layout and every
 * control works; and no style of theirs reaches the host page.
 */
import { expect } from '@open-wc/testing';
import { addWidget, closePages, loadBundle, openPage, report, waitForWidgets, WIDGETS, type Page } from '../fixtures/trust/frame.js';
import { contentFindings, controlFindings } from '../fixtures/trust/full-render.js';

/** Properties a page rule would change if it reached inside a widget; none of them is inherited. */
const LAYOUT_PROPERTIES = [
  'display', 'position', 'float', 'box-sizing', 'flex-direction', 'flex-wrap', 'overflow-x', 'overflow-y',
  'text-decoration-line', 'border-top-style', 'appearance', 'z-index', 'list-style-type',
] as const;
const CONTROLS = 'button, a[href], summary, input, textarea';

async function openFull(src: string): Promise<Page> {
  const page = await openPage(src, { width: 800, height: 4000 });
  await waitForWidgets(page, [...page.doc.querySelectorAll(WIDGETS.join(','))]);
  return page;
}

const widgetsOf = (page: Page) => [...page.doc.querySelectorAll<HTMLElement>(WIDGETS.join(','))];

/** Shadow elements that a reader can see (not in a closed disclosure, a hidden block or the visually-hidden helper). */
function visible(element: Element): boolean {
  // A closed <details> keeps its content laid out but unseen (content-visibility), so its boxes mean nothing.
  if (element.closest('[hidden], .visually-hidden, details:not([open]) > :not(summary)')) return false;
  return element.getClientRects().length > 0;
}

interface Geometry {
  icons: DOMRect[];
  controls: DOMRect[];
}

const geometryOf = (widget: Element): Geometry => ({
  icons: [...widget.shadowRoot!.querySelectorAll('svg:not(.sparkline)')].map((icon) => icon.getBoundingClientRect()),
  controls: [...widget.shadowRoot!.querySelectorAll(CONTROLS)].map((control) => control.getBoundingClientRect()),
});

/**
 * Layout and controls of every widget on the hostile page, against the same
 * widgets on a plain page: room taken, nothing spilling out, icons their own
 * size, each control as tall as it should be (44 px for buttons) and on top
 * where a reader taps it.
 */
function layoutFindings(page: Page, plain: readonly Geometry[]): string[] {
  const findings: string[] = [];
  widgetsOf(page).forEach((widget, index) => {
    const name = `#${widget.id}`;
    const root = widget.shadowRoot!;
    const base = root.querySelector<HTMLElement>('[part~="base"]')!;
    const box = base.getBoundingClientRect();
    if (box.height < 40 || box.width < 200) findings.push(`${name}: the widget is ${Math.round(box.width)}×${Math.round(box.height)} px`);
    if (base.scrollWidth > base.clientWidth + 1) findings.push(`${name}: content spills ${base.scrollWidth - base.clientWidth} px out of the widget`);
    const here = geometryOf(widget);
    const icons = [...root.querySelectorAll('svg:not(.sparkline)')];
    here.icons.forEach((icon, at) => {
      const expected = plain[index].icons[at];
      if (!visible(icons[at])) return;
      if (expected && (Math.abs(icon.width - expected.width) > 0.5 || Math.abs(icon.height - expected.height) > 0.5)) {
        findings.push(`${name}: icon ${at + 1} is ${icon.width}×${icon.height} px, ${expected.width}×${expected.height} on a plain page`);
      }
    });
    [...root.querySelectorAll<HTMLElement>(CONTROLS)].forEach((control, at) => {
      if (!visible(control)) return;
      const label = `${name} <${control.localName} class="${control.getAttribute('class') ?? ''}"> "${(control.textContent ?? '').trim().slice(0, 30)}"`;
      const rect = here.controls[at];
      const expected = plain[index].controls[at];
      // Buttons are 44 px tall on any page; a control may grow with the page's font, never shrink below its plain size.
      const tallest = Math.min(44, expected?.height ?? 44);
      if (rect.height < tallest - 0.5) findings.push(`${label} is ${Math.round(rect.height)} px tall, ${Math.round(expected?.height ?? 0)} on a plain page`);
      if (rect.width === 0 || rect.height === 0) return;
      const hit = root.elementFromPoint(rect.left + Math.min(rect.width / 2, 8), rect.top + rect.height / 2);
      if (!hit || !(hit === control || control.contains(hit))) findings.push(`${label} is covered by ${hit ? `<${hit.localName} class="${hit.getAttribute('class') ?? ''}">` : 'something outside the widget'}`);
    });
  });
  return findings;
}

/** Every shadow element's layout properties, in document order, for comparing two renders of the same feed. */
function layoutSignature(page: Page): string[][] {
  return widgetsOf(page).map((widget) =>
    [...widget.shadowRoot!.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      return `<${element.localName} part="${element.getAttribute('part') ?? ''}"> ${LAYOUT_PROPERTIES.map((property) => `${property}:${style.getPropertyValue(property)}`).join(' ')}`;
    }),
  );
}

describe('trust: hostile host CSS', () => {
  afterEach(closePages);

  it('global resets and !important rules on *, button, a, ul, svg and the widgets’ class names break no layout and no control', async function () {
    this.timeout(40000);
    const plain = await openFull('/tests/fixtures/trust/csp.html');
    const expected = layoutSignature(plain);
    const plainGeometry = widgetsOf(plain).map(geometryOf);
    const hostile = await openFull('/tests/fixtures/trust/hostile-css.html');
    expect(getComputedStyle(hostile.doc.body).fontFamily, 'the hostile stylesheet is in force').to.contain('Georgia');
    const findings = [...(await contentFindings(hostile)), ...layoutFindings(hostile, plainGeometry)];
    const actual = layoutSignature(hostile);
    actual.forEach((elements, widget) => {
      elements.forEach((signature, index) => {
        if (signature !== expected[widget][index]) findings.push(`#${widgetsOf(hostile)[widget].id}: ${signature}\n      on a plain page: ${expected[widget][index]}`);
      });
      if (elements.length !== expected[widget].length) findings.push(`#${widgetsOf(hostile)[widget].id}: ${elements.length} elements, ${expected[widget].length} on a plain page`);
    });
    findings.push(...(await controlFindings(hostile)), ...hostile.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report('under the hostile stylesheet', findings)).to.deep.equal([]);
  });

  it('nothing of the widgets’ styles leaks out: the page’s own elements, stylesheets and root variables stay as they were', async function () {
    this.timeout(20000);
    const page = await openPage('/tests/fixtures/trust/host.html', { width: 800, height: 2000 });
    // The page's own markup, with the element and class names the widgets use inside.
    const classes = ['base', 'card', 'button', 'primary', 'list', 'item', 'heading', 'summary', 'content', 'more', 'status', 'status-message', 'fallback', 'visually-hidden', 'icon', 'bar', 'count', 'label', 'networks', 'field'];
    const own = page.doc.createElement('section');
    own.id = 'host-content';
    own.innerHTML = `<h2 class="heading">Our news</h2><p>Text with <a href="https://example.org/">a link</a>.</p>
      <ul class="list"><li class="item">One</li><li>Two</li></ul><button class="button">A button</button>
      <progress class="bar" max="10" value="3"></progress><details><summary class="summary">More</summary>x</details>
      <svg class="icon" viewBox="0 0 10 10"><path d="M0 0h10v10z"/></svg>
      ${classes.map((name) => `<div class="${name}" part="base">.${name}</div>`).join('')}`;
    page.doc.body.append(own);
    // The page grows by the widgets' height; its own sizes are not their style.
    const grows = new Set(['height', 'block-size', 'perspective-origin', 'transform-origin']);
    const styleOf = () =>
      [page.doc.documentElement, page.doc.body, ...own.querySelectorAll('*'), own].map((element) => {
        const style = getComputedStyle(element);
        const properties = [...style].filter((property) => !(grows.has(property) && (element === page.doc.documentElement || element === page.doc.body)));
        return `<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${properties.map((property) => `${property}:${style.getPropertyValue(property)}`).join(';')}`;
      });
    const before = { styles: styleOf(), sheets: page.doc.styleSheets.length, adopted: page.doc.adoptedStyleSheets.length, head: page.doc.head.innerHTML };
    await loadBundle(page);
    const widgets = WIDGETS.map((tag) => addWidget(page, tag, { src: '/tests/fixtures/trust/full-feed.json', list: true, chart: true, legend: true, theme: 'dark' }));
    await waitForWidgets(page, widgets);
    const after = styleOf();
    const findings: string[] = [];
    before.styles.forEach((style, index) => {
      if (style !== after[index]) {
        const changed = style.split(';').filter((declaration, at) => declaration !== after[index].split(';')[at]);
        findings.push(`${style.slice(0, style.indexOf('>') + 1)} changed: ${changed.slice(0, 5).join('; ')}`);
      }
    });
    if (page.doc.styleSheets.length !== before.sheets) findings.push(`${page.doc.styleSheets.length - before.sheets} stylesheets added to the page`);
    if (page.doc.adoptedStyleSheets.length !== before.adopted) findings.push('a stylesheet adopted by the document');
    if (page.doc.head.innerHTML.replace(/<script[^>]*><\/script>/g, '') !== before.head.replace(/<script[^>]*><\/script>/g, '')) findings.push('the page’s <head> changed');
    const root = getComputedStyle(page.doc.documentElement);
    const variables = [...root].filter((property) => property.startsWith('--'));
    if (variables.length) findings.push(`custom properties on the page's root: ${variables.join(', ')}`);
    expect(findings, report('widget styles that reached the host page', findings)).to.deep.equal([]);
  });
});
