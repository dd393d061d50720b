/**
 * The modules a built ES module pulls in, found by reading the import and
 * re-export statements of the npm build (rollup writes them plainly, one
 * per line, at the top of each file). The builder command serves exactly
 * these files of dist/, and a test checks that the tools' entry
 * (dist/feed/authoring.js) pulls in no npm package, which a browser could
 * not load without a bundler.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** `import … from '…'`, `import '…'`, `export … from '…'` at the start of a statement. */
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)['"]([^'"\n]+)['"]/g;

/**
 * Every file `entry` imports, itself included, and every specifier that is
 * not a relative path (an npm package, `node:` …).
 *
 * @param {string} entry an absolute path
 * @returns {Promise<{ files: Set<string>, packages: Set<string> }>}
 */
export async function moduleGraph(entry) {
  const files = new Set([resolve(entry)]);
  const packages = new Set();
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      if (/^\.{1,2}\//.test(specifier)) files.add(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}
