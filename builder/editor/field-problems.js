// @ts-check
/**
 * The checker's problems beside the controls they are about: every control
 * of the editor carries the feed path it edits, the validator names the path
 * of each problem, and a problem about a control (or about what is inside
 * it) is shown under it, in the checker's words, and read with it.
 */
import { h } from '../dom.js';
import { parentPath } from '../feed-report.js';

/**
 * @param {HTMLElement} root the editor's form
 * @param {readonly import('../feed-report.js').LocatedProblem[]} problems
 */
export function showFieldProblems(root, problems) {
  for (const old of root.querySelectorAll('.field-problem')) old.remove();
  /** @type {Map<string, HTMLElement>} */
  const controls = new Map();
  for (const control of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[data-path]'))) {
    control.removeAttribute('aria-invalid');
    const describedBy = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('problem-of-'));
    if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
    else control.removeAttribute('aria-describedby');
    controls.set(String(control.dataset.path), control);
  }
  let count = 0;
  for (const problem of problems) {
    // A problem inside a control's value (an item of a list) is shown at the control.
    let path = problem.path;
    while (path && !controls.has(path)) path = parentPath(path);
    const control = controls.get(path);
    if (!control) continue;
    const id = `problem-of-${(count += 1)}`;
    const fatal = problem.severity === 'fatal';
    if (fatal) control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    control.after(h('p', { class: `field-problem ${fatal ? 'fatal' : 'warning'}`, id, 'data-code': problem.code }, problem.description));
  }
}
