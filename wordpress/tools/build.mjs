#!/usr/bin/env node
/**
 * Packages the WordPress plugin: dist/wordpress/standpoint-widgets/ and
 * dist/wordpress/standpoint-widgets.zip (top folder `standpoint-widgets/`,
 * for Plugins → Add New → Upload). Run after `npm run build`, which makes
 * what the plugin carries and reads:
 *   - dist/cdn/standpoint-widgets.bundle.js and its lazy sanitiser chunk: the widgets, served by
 *     the site itself (as cdn/standpoint-widgets.js, the name the plugin has always enqueued);
 *   - custom-elements.json: the elements' documented attributes → elements.json
 *     (kses, block, shortcode, editor) and the block's attributes in block.json;
 * plus the embed builder's option table and texts (builder/options.js,
 * builder/strings.js) for the editor's controls and their uk translations,
 * and the builder's checker (builder/feed-report.js) for the settings page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { WIDGET_OPTIONS } from '../../builder/options.js';
import { STRINGS } from '../../builder/strings.js';
import { readPo } from './po.mjs';
import { moduleGraph } from '../../bin/module-graph.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = join(root, 'wordpress');
const out = join(root, 'dist', 'wordpress');
const plugin = join(out, 'standpoint-widgets');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

for (const needed of ['dist/cdn/standpoint-widgets.bundle.js', 'dist/cdn/chunks/dompurify.js', 'custom-elements.json']) {
  if (!existsSync(join(root, needed))) fail(`${needed} is missing: run \`npm run build\` first.`);
}

/** The six widgets by the short name the block and the shortcode use. */
export const WIDGET_NAMES = ['statement', 'demands', 'counter', 'share', 'embed', 'related'];
/** What every element takes, written first in the editor. */
const COMMON = ['src', 'item', 'lang', 'refresh', 'theme'];

/** The type an attribute's value has in the manifest, as block.json names types. */
function attributeType(attribute) {
  const text = attribute.type?.text ?? 'string';
  if (text === 'boolean') return 'boolean';
  if (/^number\b/.test(text)) return 'number';
  return 'string';
}

/** tag → { name → type } from custom-elements.json. */
function manifestAttributes() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const byTag = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      byTag[declaration.tagName] = Object.fromEntries((declaration.attributes ?? []).map((attribute) => [attribute.name, attributeType(attribute)]));
    }
  }
  return byTag;
}

/** A builder text in both languages. */
const both = (key) => {
  const find = (table) => key.split('.').reduce((node, part) => node?.[part], table);
  const en = find(STRINGS.en);
  return typeof en === 'string' ? { en, uk: find(STRINGS.uk) ?? en } : undefined;
};

/** elements.json: what PHP and the editor know about each widget. */
function elementTable() {
  const attributes = manifestAttributes();
  const widgets = {};
  for (const name of WIDGET_NAMES) {
    const tag = `standpoint-${name}`;
    if (!attributes[tag]) fail(`custom-elements.json has no <${tag}>`);
    const options = WIDGET_OPTIONS[tag]?.options ?? [];
    for (const option of options) {
      if (!(option.name in attributes[tag])) fail(`builder/options.js offers ${tag} ${option.name}, which the manifest does not document`);
    }
    const base = `widgets.${tag}`;
    widgets[name] = {
      tag,
      title: both(`${base}.title`),
      description: both(`${base}.description`),
      attributes: attributes[tag],
      options: options.map((option) => ({
        ...option,
        label: both(`${base}.options.${option.name}.label`),
        hint: both(`${base}.options.${option.name}.hint`),
        choices: option.choices?.map((value) => ({ value, label: both(`${base}.options.${option.name}.choices.${value}`) ?? { en: value, uk: value } })),
      })),
    };
  }
  return { version: pkg.version, common: COMMON, widgets };
}

/** block.json with every option of every widget as an attribute, under the element's own name. */
function blockJson(table) {
  const block = JSON.parse(readFileSync(join(source, 'block', 'block.json'), 'utf8'));
  const types = {};
  for (const widget of Object.values(table.widgets)) {
    for (const option of widget.options) {
      const type = widget.attributes[option.name];
      types[option.name] = types[option.name] && types[option.name] !== type ? 'string' : type;
    }
  }
  for (const [name, type] of Object.entries(types)) if (!(name in block.attributes)) block.attributes[name] = { type };
  block.version = pkg.version;
  return `${JSON.stringify(block, null, '\t')}\n`;
}

/**
 * The editor's Ukrainian, in the JSON format wp.i18n loads for a script
 * handle: the .po's entries plus the builder's uk texts of the options.
 */
function scriptTranslations(entries, table) {
  const messages = { '': { domain: 'messages', lang: 'uk', 'plural-forms': entries.header['Plural-Forms'] } };
  for (const entry of entries.messages) messages[entry.context ? `${entry.context}\u0004${entry.id}` : entry.id] = entry.strings;
  const add = (text) => {
    if (text && text.en !== text.uk && !(text.en in messages)) messages[text.en] = [text.uk];
  };
  for (const widget of Object.values(table.widgets)) {
    add(widget.title);
    add(widget.description);
    for (const option of widget.options) {
      add(option.label);
      add(option.hint);
      for (const choice of option.choices ?? []) add(choice.label);
    }
  }
  return JSON.stringify({ 'translation-revision-date': '', generator: 'standpoint-widgets', domain: 'messages', locale_data: { messages } });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
for (const entry of ['standpoint-widgets.php', 'uninstall.php', 'readme.txt', 'includes', 'block', 'editor', 'admin', 'languages']) {
  cpSync(join(source, entry), join(plugin, entry), { recursive: true });
}
for (const file of readdirSync(source)) if (/^screenshot-\d+\.png$/.test(file)) cpSync(join(source, file), join(plugin, file));
// The library's self-contained bundle and its lazy sanitiser chunk, as the CDN serves them. Not the
// loader: the site serves every file from one origin on one connection, so the few kB the loader
// saves weigh less than its extra round trip and a dozen files in the plugin.
mkdirSync(join(plugin, 'cdn/chunks'), { recursive: true });
cpSync(join(root, 'dist/cdn/standpoint-widgets.bundle.js'), join(plugin, 'cdn/standpoint-widgets.js'));
cpSync(join(root, 'dist/cdn/chunks/dompurify.js'), join(plugin, 'cdn/chunks/dompurify.js'));
// The embed builder's checker and its texts, unchanged, with every module of
// the library they import (../dist/feed/authoring.js and what it pulls in:
// plain modules, no npm package), found by walking the imports so that a
// module the tools' entry gains is shipped too. builder/ becomes checker/ and
// dist/ stays dist/, so every relative import still resolves.
const checkerGraph = await moduleGraph(join(root, 'builder/feed-report.js'));
if (checkerGraph.packages.size) fail(`the checker imports npm packages a browser cannot load: ${[...checkerGraph.packages].join(', ')}`);
for (const file of checkerGraph.files) {
  const path = relative(root, file);
  const target = path.startsWith('builder/') ? join(plugin, 'checker', path.slice('builder/'.length)) : path.startsWith('dist/') ? join(plugin, path) : undefined;
  if (!target) fail(`the checker imports ${path}, outside builder/ and dist/`);
  mkdirSync(dirname(/** @type {string} */ (target)), { recursive: true });
  cpSync(file, /** @type {string} */ (target));
}

const table = elementTable();
writeFileSync(join(plugin, 'elements.json'), `${JSON.stringify(table, null, 2)}\n`);
writeFileSync(join(plugin, 'block', 'block.json'), blockJson(table));

// The version of the library is the version of the plugin.
for (const file of ['standpoint-widgets.php', 'readme.txt']) {
  const path = join(plugin, file);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace(/^( \* Version:\s+).*$/m, `$1${pkg.version}`)
      .replace(/^(Stable tag:\s+).*$/m, `$1${pkg.version}`)
      .replace(/(define\( 'STANDPOINT_WIDGETS_VERSION', ')[^']*/, `$1${pkg.version}`),
  );
}

// Translations: .mo for PHP (msgfmt, the gettext tool), JSON for the editor's script.
const po = join(plugin, 'languages', 'standpoint-widgets-uk.po');
const msgfmt = spawnSync('msgfmt', ['--check', '-o', po.replace(/\.po$/, '.mo'), po], { stdio: 'inherit' });
if (msgfmt.error) fail('msgfmt is missing: install gettext (apt-get install gettext).');
if (msgfmt.status !== 0) fail('msgfmt refused languages/standpoint-widgets-uk.po');
writeFileSync(join(plugin, 'languages', 'standpoint-widgets-uk-standpoint-widget-editor-script.json'), scriptTranslations(readPo(readFileSync(po, 'utf8')), table));

// The zip, with the folder name WordPress installs it under.
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[`standpoint-widgets/${relative(plugin, path).split('\\').join('/')}`] = [readFileSync(path), { mtime: new Date('2025-08-13T00:00:00Z') }];
  }
};
walk(plugin);
const zip = zipSync(files, { level: 9 });
writeFileSync(join(out, 'standpoint-widgets.zip'), zip);
console.log(`✓ dist/wordpress/standpoint-widgets.zip (${Object.keys(files).length} files, ${(zip.length / 1000).toFixed(1)} kB), WordPress plugin ${pkg.version}`);
