/**
 * The settings page's feed editor: the embed builder's checker on the text
 * as it is typed or uploaded, with every problem's words (what is wrong and
 * how to fix it), line, column and consequence in the user's language; a feed the widgets could not show is
 * not sent. The validator is the one in the widgets' own bundle, so the page
 * says exactly what the widgets will do with the feed.
 */
import { feedLoaderOptions, parseFeed } from '../cdn/standpoint-widgets.js';
import { feedProblems, locateProblems, summarizeProblems, tooLargeProblem } from '../checker/feed-report.js';
import { translate } from '../checker/strings.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('standpoint-feed-form'));
const textarea = /** @type {HTMLTextAreaElement} */ (document.getElementById('standpoint-feed-text'));
const file = /** @type {HTMLInputElement} */ (document.getElementById('standpoint-feed-file'));
const summary = /** @type {HTMLElement} */ (document.getElementById('standpoint-feed-summary'));
const list = /** @type {HTMLElement} */ (document.getElementById('standpoint-feed-problems'));
const lang = form.dataset.lang === 'uk' ? 'uk' : 'en';
const t = (key, params) => translate(lang, key, params);
const CHECK_DELAY_MS = 250;

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, String(value));
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

/** Every problem of the text, located, as the builder finds them. */
function problemsOf(text) {
  const size = new TextEncoder().encode(text).length;
  if (size > feedLoaderOptions.maxBytes) return locateProblems('', [tooLargeProblem(size, feedLoaderOptions.maxBytes)], lang);
  return locateProblems(text, feedProblems(text, parseFeed(text)), lang);
}

function selectInText(problem) {
  const end = textarea.value.indexOf('\n', problem.offset);
  textarea.focus();
  textarea.setSelectionRange(problem.offset, end === -1 ? textarea.value.length : end);
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (problem.line - 3) * lineHeight);
}

/** Checks the text and shows the outcome; returns whether the widgets can show it. */
function check() {
  const text = textarea.value;
  if (text.trim() === '') {
    summary.textContent = t('check.empty');
    summary.dataset.outcome = 'none';
    list.replaceChildren();
    return false;
  }
  const problems = problemsOf(text);
  const fatal = problems.some((problem) => problem.severity === 'fatal');
  summary.textContent = summarizeProblems(problems, lang);
  summary.dataset.outcome = fatal ? 'fatal' : problems.length ? 'warning' : 'ok';
  list.replaceChildren(
    ...problems.map((problem) => {
      const isFatal = problem.severity === 'fatal';
      const go = h('button', { type: 'button', class: 'button-link' }, t('check.goTo', problem));
      go.addEventListener('click', () => selectInText(problem));
      // As in the builder: what is wrong and how to fix it first, where second.
      return h(
        'li',
        { class: `standpoint-feed__problem is-${isFatal ? 'fatal' : 'warning'}`, 'data-code': problem.code },
        h('p', {}, h('strong', {}, t(isFatal ? 'check.mustFix' : 'check.warning')), ' ', problem.description),
        h('p', {}, problem.path ? h('code', {}, problem.path) : t('check.wholeFeed'), ' · ', go),
        h('p', { class: 'description' }, problem.consequence),
      );
    }),
  );
  return !fatal;
}

let timer;
textarea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, CHECK_DELAY_MS);
});

// An uploaded file is read into the editor, checked, and sent as text: the
// webmaster sees what will be stored before saving it.
file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (!chosen) return;
  textarea.value = chosen.size > feedLoaderOptions.maxBytes ? '' : await chosen.text();
  file.value = '';
  check();
});

form.addEventListener('submit', (event) => {
  clearTimeout(timer);
  if (check()) return;
  event.preventDefault();
  summary.focus();
});

summary.tabIndex = -1;
check();
form.dataset.checker = 'ready';
