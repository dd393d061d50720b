/**
 * Two outputs, read side by side with package.json:
 *
 * 1. The npm build: ES modules one per source file (`preserveModules`) with
 *    declarations, lit / valibot / dompurify left as imports (so an app's
 *    bundler shares one lit between us and the app).
 * 2. The CDN builds: one self-contained, minified ES module per entry, each its
 *    own rollup build so each carries its own copy of lit and works alone on a
 *    page. A dynamic `import()` (DOMPurify, loaded by the statement widget only
 *    when it needs it) becomes `dist/cdn/chunks/dompurify.js`, resolved
 *    relative to the entry file. Plus one classic (IIFE) script of the whole
 *    library for site builders that strip `type="module"`.
 *
 * Every `src/components/<name>/define.ts` joins both builds by itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlib, brotliCompressSync } from 'node:zlib';
import minifyTemplateLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
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
const external = /^(?:lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/ssr|valibot|dompurify|leven)(?:\/|$)/;

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
    'feed/authoring': 'src/feed/authoring.ts',
    // The embed code, as the share card, the embed builder and the CLI write it (builder/snippet.js).
    'components/standpoint-share/embed-snippet': 'src/components/standpoint-share/embed-snippet.ts',
    // Node only: the server renderer (`standpoint-widgets/ssr`), with @lit-labs/ssr as a peer.
    ssr: 'src/ssr.ts',
    ...Object.fromEntries(Object.entries(components).map(([name, file]) => [`components/${name}/define`, file])),
  },
  external: (id) => external.test(id),
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      outDir: 'dist',
      declaration: true,
      declarationDir: 'dist',
      // No maps: the package ships no sources for them to point at, and a
      // `sourceMappingURL` to a missing file makes dev servers warn.
      declarationMap: false,
      sourceMap: false,
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
    sourcemap: false,
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

/**
 * lightningcss reads a stylesheet; a `css` fragment that holds only
 * declarations (a palette shared by two rules) is minified inside a
 * stand-in rule that is taken off again.
 */
function minifyCssOrDeclarations(text, options) {
  try {
    return defaultStrategy.minifyCSS(text, options);
  } catch (error) {
    const wrapped = defaultStrategy.minifyCSS(`:root{${text}}`, options);
    if (!wrapped.startsWith(':root{') || !wrapped.endsWith('}')) throw error;
    return wrapped.slice(':root{'.length, -1);
  }
}

const banner =
  `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | bundles lit (BSD-3-Clause), ` +
  `valibot (MIT) and, lazily, DOMPurify (MPL-2.0 OR Apache-2.0) */`;

/** Plugins of every script-tag build: sources and dependencies in, one minified file out. */
function cdnPlugins({ module = true, minifyHtml = true } = {}) {
  return [
    nodeResolve({ browser: true, extensions: ['.mjs', '.js', '.ts'] }),
    transpileTypeScript(),
    // The widgets' `css` and `html` templates, minified (lightningcss and
    // html-minifier-next, Lit's own plugin); a template it cannot parse
    // fails the build rather than ship unminified.
    minifyTemplateLiterals({
      include: ['src/**'],
      failOnError: true,
      options: {
        // Headings whose level is chosen at run time (`lit/static-html.js`,
        // `<${tag}>`) cannot be parsed as HTML; they are one line already.
        shouldMinify: (template) => minifyHtml && defaultShouldMinify(template) && !template.parts.some((part) => /<\/?$/.test(part.text)),
        strategy: { ...defaultStrategy, minifyCSS: minifyCssOrDeclarations },
        // Runs of whitespace become one space, never none: text in and
        // around inline elements (`<span> · </span>` between two dates)
        // renders exactly as unminified (checked widget by widget on the demo).
        // `svg` templates are fragments (`<circle …/><path …/>`) that the
        // minifier reads as HTML; without the closing slash each shape would
        // nest inside the one before it and not be drawn.
        minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true, keepClosingSlash: true },
      },
    }),
    terser({
      ecma: 2021,
      // Not for the classic script: it would rename its global.
      module,
      format: { comments: /^!/ },
    }),
  ];
}

/**
 * The lazily loaded sanitiser keeps one plain name, `chunks/dompurify.js`:
 * every ES bundle that needs it writes the same file, and the classic script
 * (which cannot split code) loads that same file by name. The version in the
 * CDN address already makes the URL immutable.
 */
const SANITIZER_CHUNK = 'chunks/dompurify.js';
const chunkFileNames = (chunk) =>
  chunk.moduleIds.some((id) => id.includes('/node_modules/dompurify/')) ? SANITIZER_CHUNK : 'chunks/[name]-[hash].js';

function cdnBuild(name, input, pluginOptions) {
  return {
    input: { [name]: input },
    plugins: cdnPlugins(pluginOptions),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      banner,
      sourcemap: false,
    },
  };
}

/**
 * The classic script, for site builders that strip `type="module"`: the whole
 * library as one IIFE (global `StandpointWidgets`). An IIFE cannot split
 * code, so DOMPurify stays out of it: a classic script may still call
 * `import()`, and it loads the ES chunk that the module bundle uses,
 * resolved against this script's own URL (kept from `document.currentScript`
 * while the script runs, as a page's base URL may differ).
 */
function classicBuild() {
  return {
    input: 'src/cdn.ts',
    plugins: [
      {
        name: 'sanitizer-chunk-by-url',
        resolveDynamicImport(specifier) {
          return specifier === 'dompurify' ? { id: SANITIZER_CHUNK, external: true } : null;
        },
        renderDynamicImport({ targetModuleId }) {
          if (targetModuleId !== SANITIZER_CHUNK) return null;
          return { left: 'import(new URL(', right: ', standpointScriptUrl).href)' };
        },
      },
      ...cdnPlugins({ module: false }),
    ],
    output: {
      file: 'dist/cdn/standpoint-widgets.classic.js',
      format: 'iife',
      name: 'StandpointWidgets',
      intro: 'const standpointScriptUrl = document.currentScript?.src || location.href;',
      banner,
      sourcemap: false,
    },
  };
}

/**
 * What the loader needs to know of the files it loads, filled in by the
 * builds that write them (they run in order, in one process): per element
 * the files to run, and every file's sha384 and brotli size. Written to
 * dist/cdn/delivery.json too, for the bench, the size table and the tests.
 */
export const delivery = { widgets: {}, integrity: {}, bytes: {}, bundle: 'standpoint-widgets.bundle.js', alone: {} };

/** Records the sha384 and brotli size of each file a build wrote, as written (banner included). */
function recordDelivery({ widgets = false } = {}) {
  return {
    name: 'record-delivery',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = readFileSync(join(options.dir, file.fileName));
        delivery.integrity[file.fileName] = `sha384-${createHash('sha384').update(code).digest('base64')}`;
        delivery.bytes[file.fileName] = brotliCompressSync(code, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
      }
      if (!widgets) return;
      // Each element's own chunk, then every chunk it imports statically (lazy ones load when needed).
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const files = [];
        const visit = (name) => {
          if (files.includes(name)) return;
          files.push(name);
          for (const imported of bundle[name].imports) visit(imported);
        };
        visit(file.fileName);
        delivery.widgets[file.name] = files;
      }
    },
  };
}

/**
 * The shared chunks behind the loader: one entry per element, and two
 * chunks in all besides them. Everything that is not a widget's own code
 * (lit, the base element, the feed controller and layer, valibot, the
 * strings) goes into one core chunk: a page always needs all of it, and one
 * file compresses better than several (brotli finds repeats only within a
 * file). DOMPurify stays lazy, as in the bundles.
 */
function widgetChunksBuild() {
  return {
    input: components,
    plugins: [...cdnPlugins(), recordDelivery({ widgets: true })],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'chunks/[name]-[hash].js',
      chunkFileNames,
      manualChunks(id) {
        if (id.includes('/node_modules/dompurify/')) return undefined;
        if (/\/src\/components\//.test(id)) return undefined;
        return 'core';
      },
      banner,
      sourcemap: false,
    },
  };
}

/**
 * The loader (`standpoint-widgets.js`), or one per element (`standpoint-counter.js`, …):
 * src/cdn-loader.ts with what the builds before it recorded written in.
 */
function loaderBuild(name, only = null) {
  return {
    input: { [name]: 'src/cdn-loader.ts' },
    plugins: [
      {
        name: 'delivery-manifest',
        transform(code, id) {
          if (!id.endsWith('/src/cdn-loader.ts')) return null;
          if (!delivery.integrity[delivery.bundle] || Object.keys(delivery.widgets).length === 0 || Object.values(delivery.alone).some((file) => !delivery.integrity[file])) {
            this.error('the loader is built after the widget chunks and the bundle (rollup.config.mjs order)');
          }
          const { widgets, integrity, bytes } = delivery;
          const alone = only ? { [only]: delivery.alone[only] } : delivery.alone;
          const files = new Set([...(only ? [] : [delivery.bundle]), ...Object.values(alone), ...Object.values(only ? { only: widgets[only] } : widgets).flat()]);
          const pick = (record) => Object.fromEntries([...files].map((file) => [file, record[file]]));
          // A per-widget loader never takes the bundle (src/cdn-loader.ts), so it carries no word of it.
          const written = { widgets: only ? { [only]: widgets[only] } : widgets, integrity: pick(integrity), bytes: pick(bytes), bundle: only ? '' : delivery.bundle, alone };
          return code
            .replace(/declare const __STANDPOINT_DELIVERY__[^;]*;/, '')
            .replace(/declare const __STANDPOINT_ONLY__[^;]*;/, '')
            .replace(/\b__STANDPOINT_DELIVERY__\b/g, JSON.stringify(written))
            .replace(/\b__STANDPOINT_ONLY__\b/g, JSON.stringify(only));
        },
        writeBundle(options) {
          if (!only) writeFileSync(join(options.dir, 'delivery.json'), `${JSON.stringify(delivery, null, 2)}\n`);
        },
      },
      ...cdnPlugins(),
    ],
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', banner, sourcemap: false },
  };
}

function bundleBuild() {
  const build = cdnBuild('standpoint-widgets.bundle', 'src/cdn.ts');
  build.plugins.push(recordDelivery());
  return build;
}

/**
 * One element in a self-contained file of its own (`chunks/standpoint-counter.alone.js`),
 * each its own rollup build as the bundle is: a page with one kind of element
 * downloads less this way than as the shared chunks, which carry what every
 * widget needs (all the strings, every helper).
 */
function aloneBuild(name, file) {
  const build = cdnBuild(`chunks/${name}.alone`, file);
  build.plugins.push(recordDelivery());
  delivery.alone[name] = `chunks/${name}.alone.js`;
  return build;
}

const cdnBuilds = [
  // In this order: the loaders carry the hashes of the chunks and of the bundle.
  widgetChunksBuild(),
  // The self-contained file: every element, one file and one hash (and the baseline of the bench).
  bundleBuild(),
  ...Object.entries(components).map(([name, file]) => aloneBuild(name, file)),
  loaderBuild('standpoint-widgets'),
  ...Object.keys(components).map((name) => loaderBuild(name, name)),
  // For pages with server-rendered widgets (`standpoint-widgets render`): the same, plus Lit's hydration
  // support. Its `html` templates stay as the npm build has them: hydration matches the server's
  // markers by a hash of each template's text, and the server renders from the npm build.
  cdnBuild('standpoint-widgets-hydrate', 'src/cdn-hydrate.ts', { minifyHtml: false }),
  classicBuild(),
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
