/**
 * Entry of the self-contained script-tag bundle: everything, lit included,
 * and every element registered on load.
 */
export * from './define.js';
