/**
 * Two outputs, read side by side with package.json:
 *
 * 1. The npm build: ES modules one per source file (`preserveModules`) with
 *    declarations and sourcemaps, lit / valibot / dompurify left as imports.
 * 2. The CDN builds: one self-contained, minified ES module per entry, each its
 *    own rollup build so each carries its own copy of lit and works alone on a
 *    page. A dynamic `import()` (DOMPurify, loaded by the statement widget only
 *    when it needs it) becomes a chunk under `dist/cdn/chunks/`, resolved
 *    relative to the entry file.
 *
 * Every `src/components/<name>/define.ts` joins both builds by itself.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `{ '<name>': 'src/components/<name>/define.ts' }` for every component with a define module. */
function componentDefines() {
  const root = 'src/components';
  if (!existsSync(root)) return {};
  return Object.fromEntries(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${root}/${entry.name}/define.ts`))
      .map((entry) => [entry.name, `${root}/${entry.name}/define.ts`])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

const components = componentDefines();

// Runtime dependencies stay imports in the npm build (deep imports included:
// `lit/decorators.js`, `lit/directives/…`).
const external = /^(?:lit|lit-html|lit-element|@lit\/[^/]+|valibot|dompurify)(?:\/|$)/;

/**
 * `@rollup/plugin-typescript` always imports tslib helpers (`__decorate`).
 * Under `preserveModules` the helper module would be written to
 * `dist/node_modules/tslib/…`, which npm refuses to pack (and bundlers treat
 * oddly), so it goes to `dist/_helpers/` instead.
 */
function npmFileNames(chunk) {
  const id = chunk.facadeModuleId ?? '';
  if (id.includes('/node_modules/')) {
    return `_helpers/${id.split('/').pop().replace(/\.(?:es6\.)?m?js$/, '')}.js`;
  }
  return '[name].js';
}

const npmBuild = {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'feed/index': 'src/feed/index.ts',
    ...Object.fromEntries(Object.entries(components).map(([name, file]) => [`components/${name}/define`, file])),
  },
  external: (id) => external.test(id),
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      outDir: 'dist',
      declaration: true,
      declarationMap: true,
      declarationDir: 'dist',
      sourceMap: true,
      // A type error fails the build instead of emitting broken declarations.
      noEmitOnError: true,
    }),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: npmFileNames,
    sourcemap: true,
  },
  onwarn(warning, warn) {
    // Declarations are checked by the type-check above; a circular import in
    // the source is worth seeing, so nothing else is silenced.
    warn(warning);
  },
};

/**
 * The CDN builds only need JavaScript out of the sources: the npm build
 * type-checks the same program. `transpileModule` per file
 * (the tsconfig has `isolatedModules`) takes milliseconds where a full
 * TypeScript program takes seconds per build, and there are five builds.
 */
function transpileTypeScript() {
  const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  const compilerOptions = {
    ...config.options,
    // Helpers come from tslib (resolved below), once per bundle.
    importHelpers: true,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    inlineSourceMap: false,
    noEmit: false,
    // Output paths mean nothing to transpileModule (rollup writes the files).
    rootDir: undefined,
    outDir: undefined,
  };
  return {
    name: 'transpile-typescript',
    async resolveId(source, importer, options) {
      // The sources import each other as `./x.js` (what Node and tsc expect);
      // the file on disk is `./x.ts`.
      if (importer?.endsWith('.ts') && /^\.{1,2}\//.test(source) && source.endsWith('.js')) {
        const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { ...options, skipSelf: true });
        if (resolved) return resolved;
      }
      return null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const { outputText, diagnostics } = ts.transpileModule(code, { compilerOptions, fileName: id, reportDiagnostics: true });
      for (const diagnostic of diagnostics ?? []) {
        this.error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      }
      return { code: outputText, map: null };
    },
  };
}

const banner =
  `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles lit (BSD-3-Clause), ` +
  `valibot (MIT) and, lazily, DOMPurify (MPL-2.0 OR Apache-2.0) */`;

function cdnBuild(name, input) {
  return {
    input: { [name]: input },
    plugins: [
      nodeResolve({ browser: true, extensions: ['.mjs', '.js', '.ts'] }),
      transpileTypeScript(),
      terser({
        ecma: 2021,
        module: true,
        format: { comments: /^!/ },
      }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner,
      sourcemap: false,
    },
  };
}

const cdnBuilds = [
  cdnBuild('standpoint-widgets', 'src/cdn.ts'),
  ...Object.entries(components).map(([name, file]) => cdnBuild(name, file)),
];

/**
 * `rollup -c` builds everything; `--configOnly npm` or `--configOnly cdn`
 * one half, so scripts/build.mjs can run the halves on two cores at once.
 */
export default (args = {}) => {
  if (args.configOnly === 'npm') return [npmBuild];
  if (args.configOnly === 'cdn') return cdnBuilds;
  return [npmBuild, ...cdnBuilds];
};
