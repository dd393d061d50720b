/**
 * Fails the test during which Lit (in dev mode, as the tests run it) warned
 * about a misuse: an update scheduled after an update, a reactive property
 * shadowed by a class field, and the like. Imported by every test file that
 * renders elements; the one expected warning, dev mode itself, is ignored.
 */
const issued = ((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set());
let seen = new Set(issued);

afterEach(function () {
  const fresh = [...issued].filter((warning) => !seen.has(warning) && !warning.startsWith('Lit is in dev mode'));
  seen = new Set(issued);
  if (fresh.length) throw new Error(`Lit warned during "${this.currentTest?.fullTitle()}":\n${fresh.join('\n')}`);
});
