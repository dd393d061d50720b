/**
 * Entry of the self-contained script-tag bundle: everything, lit included,
 * and every element registered on load. It exports what the package root
 * exports (through define.js).
 */
export * from './define.js';
// Not public API: the embed builder (builder/builder.js) still imports these
// from this bundle for its preview; they go once it takes them from
// dist/feed/authoring.js (issue #17, tooling). Nothing else may use them.
export { findItem, localizeItem } from './feed/select.js';
export { signatoryCount } from './feed/signatories.js';
