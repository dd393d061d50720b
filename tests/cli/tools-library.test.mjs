/**
 * The tools read like the library: the embed builder and the command line
 * take what they need of it from one module made for them, the tools' entry
 * dist/feed/authoring.js (plus the public `parseFeed`), and that module can
 * be loaded by a browser as it is, with no npm package behind it.
 */
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { moduleGraph } from '../../bin/module-graph.mjs';
import { root, scratchFolder } from './helpers.mjs';

/** Every `../dist/…` module a file of builder/ or bin/ names, statically or by `import()` / `importDist()`. */
async function distImports(folder) {
  const found = [];
  for (const name of await readdir(join(root, folder))) {
    if (!/\.m?js$/.test(name)) continue;
    // JSDoc types (`import('../dist/feed/index.js').Feed`) load nothing: comments are left out.
    const source = (await readFile(join(root, folder, name), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const [, path] of source.matchAll(/['"`]\.\.\/dist\/([^'"`]+)['"`]/g)) found.push(`${folder}/${name} → dist/${path}`);
    for (const [, path] of source.matchAll(/importDist\('([^']+)'\)/g)) found.push(`${folder}/${name} → dist/${path}`);
  }
  return found;
}

describe('the tools’ library module', () => {
  it('pulls in no npm package, so the builder loads it in a browser with no bundler', async () => {
    const { files, packages } = await moduleGraph(join(root, 'dist/feed/authoring.js'));
    assert.deepEqual([...packages], []);
    // It is a real graph: the walk found the modules behind the re-exports.
    assert.ok(files.size > 10, `${files.size} modules`);
    for (const file of files) assert.ok(file.startsWith(join(root, 'dist')), file);
  });

  it('the module walk sees every kind of import a module can have', async (t) => {
    const folder = scratchFolder(t);
    await writeFile(join(folder, 'entry.js'), "import { a } from './a.js';\nimport './b.js';\nexport * from './c.js';\nexport { d } from \"pkg/d\";\nexport const text = 'not ./an-import.js';\n");
    for (const name of ['a', 'b', 'c']) await writeFile(join(folder, `${name}.js`), name === 'c' ? "import * as v from 'valibot';\n" : '');
    const { files, packages } = await moduleGraph(join(folder, 'entry.js'));
    assert.deepEqual([...files].map((file) => file.slice(folder.length + 1)).sort(), ['a.js', 'b.js', 'c.js', 'entry.js']);
    assert.deepEqual([...packages].sort(), ['pkg/d', 'valibot']);
  });

  it('is the only library module the builder and the command line import, besides parseFeed’s bundles', async () => {
    const imports = [...(await distImports('builder')), ...(await distImports('bin'))];
    const allowed = [
      /→ dist\/feed\/authoring\.js$/,
      // The widgets of the preview, and the public parseFeed they check with: the self-contained bundle,
      // since the script tag's file is a loader that exports nothing.
      /^builder\/builder\.js → dist\/cdn\/standpoint-widgets(?:\.bundle)?\.js$/,
      /^builder\/builder\.js → dist\/cdn\/integrity\.json$/,
      // The command line in Node: the public feed layer, the server renderer, and the `importDist` helper itself.
      /^bin\/\S+ → dist\/(?:feed\/index\.js|ssr\.js)$/,
      /^bin\/standpoint-widgets\.mjs → dist\/\$\{path\}$/,
    ];
    assert.deepEqual(
      imports.filter((line) => !allowed.some((pattern) => pattern.test(line))),
      [],
    );
  });
});
