/**
 * Entry of the self-contained script-tag bundle: everything, lit included,
 * and every element registered on load. It exports what the package root
 * exports (through define.js).
 */
export * from './define.js';
