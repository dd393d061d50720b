#!/usr/bin/env node
/**
 * `npx standpoint-widgets <command>`: the webmaster's tools.
 *
 *   validate <file-or-url|->   every problem of a feed, with its JSON path, line and a fix
 *   init [folder]              a starter feed.json (English and Ukrainian) and index.html
 *   render <feed> --widget …   static HTML of a widget, shown before (or without) JavaScript
 *   builder                    the embed builder, served on 127.0.0.1
 *   signatories import <csv>   a spreadsheet of signatories merged into the feed
 *
 * It runs on the package's built modules (dist/), so it checks a feed with
 * exactly the validator the widgets use.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { feedProblems, locateProblems, summarizeProblems, tooLargeProblem } from '../builder/feed-report.js';
import { UsageError, baseUrlOf, printable, readFeed } from './read-feed.mjs';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));

/** Exit codes: 0 the feed is usable, 1 it is not (or a command could not do its work), 2 wrong use or unreadable input. */
const EXIT = { ok: 0, problems: 1, usage: 2 };

const HELP = `standpoint-widgets ${pkg.version}: tools for the webmasters of a standpoint

Usage:
  standpoint-widgets validate <file-or-url|->  [--json] [--strict] [--base-url URL]
      Checks a feed with the validator the widgets use, and prints each
      problem with its JSON path, line and column, and how to fix it.
      A URL is fetched as a browser would and its hosting is checked too
      (CORS, ETag, Cache-Control). "-" reads the feed from standard input.
      Exit code: 0 the widgets can show the feed, 1 they cannot (fatal
      problems; with --strict, warnings too), 2 it could not be read.

  standpoint-widgets init [folder]  [--lang uk|en] [--self-host] [--force]
      Writes feed.json (both languages, the six demands as placeholders)
      and index.html (all four widgets) into the folder (default: here).
      --self-host also copies the script files beside them, so the page
      loads nothing from jsDelivr. Existing files are kept unless --force.

  standpoint-widgets render <feed>  --widget <name>  [--lang uk|en] [--item ID]
                            [--attr name=value]…  [--base-url URL]
      Prints the HTML of one widget for the page itself: its content in a
      declarative shadow root, the feed data it hydrates from, and its
      fallback. Readers see the content before the script has loaded, and
      search engines and readers with scripts blocked see it too. Load
      dist/cdn/standpoint-widgets-hydrate.js on that page.
      <name>: statement, demands, counter, share, embed or related.
      From a build script, renderWidget of standpoint-widgets/ssr does the
      same without starting a process per widget.

  standpoint-widgets builder  [--port 8000]
      Serves the embed builder on this computer (127.0.0.1) and prints its
      address: check a feed, choose widgets and options, copy the code.

  standpoint-widgets signatories import <list.csv|->  --feed feed.json
                            [--item ID]  [--dry-run]  [--json]
      Merges a spreadsheet of signatories (CSV from Excel, LibreOffice or
      Google Sheets; columns name, url, kind, verified in any order, in
      English or Ukrainian: назва, посилання, тип, перевірено) into the
      item's list by name, raises the count when the list outgrows it, adds
      a history point for today and writes the feed back in a stable format.
      Reports what was added, changed and unchanged, and each row left out
      with its line. Exit code: 0 every row was good, 1 rows were left out
      (the rest were imported) or the result would not validate (nothing
      written), 2 wrong use or unreadable input. --dry-run writes nothing.

  standpoint-widgets --help | --version

Guides: https://www.npmjs.com/package/standpoint-widgets (docs/ in the package).
`;

async function importDist(path) {
  const file = join(packageRoot, 'dist', path);
  if (!existsSync(file)) throw new UsageError(`${relative(process.cwd(), file) || file} is missing: build the package first (npm run build).`);
  return import(new URL(`../dist/${path}`, import.meta.url).href);
}

async function validate(positionals, values) {
  const [source] = positionals;
  if (!source) throw new UsageError('validate needs a file, a URL or "-" for standard input.');
  const { parseFeed, feedLoaderOptions } = await importDist('feed/index.js');
  const read = await readFeed(source, feedLoaderOptions.maxBytes, feedLoaderOptions.timeoutSeconds);
  const label = printable(read.label ?? source);
  let problems;
  let text = read.text ?? '';
  if (read.tooLarge !== undefined) {
    text = '';
    problems = locateProblems(text, [tooLargeProblem(read.tooLarge, feedLoaderOptions.maxBytes)]);
  } else {
    const result = parseFeed(text, baseUrlOf(text, values['base-url']) ?? read.baseUrl);
    problems = locateProblems(text, feedProblems(text, result));
  }
  const fatal = problems.filter((problem) => problem.severity === 'fatal').length;
  const failed = fatal > 0 || (values.strict && problems.length > 0);

  if (values.json) {
    const report = {
      source: read.label ?? source,
      usable: fatal === 0,
      summary: summarizeProblems(problems),
      problems: problems.map(({ severity, code, path, line, column, description, consequence, details }) => ({
        severity,
        code,
        path,
        line,
        column,
        message: description,
        effect: consequence,
        details,
      })),
      notes: read.notes ?? [],
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    // What is wrong and how to fix it on the first line; where it is on the second.
    for (const problem of problems) {
      process.stdout.write(
        `${problem.severity === 'fatal' ? 'error  ' : 'warning'}  ${printable(problem.description)}\n` +
          `    at ${label}:${problem.line}:${problem.column}  ${printable(problem.path || '(the whole feed)')}\n` +
          `    effect: ${printable(problem.consequence)}\n`,
      );
    }
    for (const note of read.notes ?? []) process.stdout.write(`note     ${printable(note)}\n`);
    if (problems.length || read.notes?.length) process.stdout.write('\n');
    process.stdout.write(`${label}: ${summarizeProblems(problems)}\n`);
  }
  return failed ? EXIT.problems : EXIT.ok;
}

/** The built script files, for the starter page's script tag. */
function cdnFiles() {
  const integrityFile = join(packageRoot, 'dist', 'cdn', 'integrity.json');
  if (!existsSync(integrityFile)) throw new UsageError('dist/cdn/integrity.json is missing: build the package first (npm run build).');
  return JSON.parse(readFileSync(integrityFile, 'utf8'));
}

async function init(positionals, values) {
  const lang = values.lang ?? 'uk';
  if (lang !== 'uk' && lang !== 'en') throw new UsageError(`--lang must be uk or en, not "${printable(lang)}".`);
  const folder = resolve(positionals[0] ?? '.');
  const { starterFeed, starterPage } = await import('./starter.mjs');
  const integrity = cdnFiles();
  const selfHostFolder = 'standpoint-widgets';
  const targets = ['feed.json', 'index.html', ...(values['self-host'] ? [selfHostFolder] : [])].map((name) => join(folder, name));
  const existing = targets.filter((target) => existsSync(target));
  if (existing.length && !values.force) {
    process.stderr.write(
      `Nothing was written: ${existing.map((target) => printable(relative(process.cwd(), target) || target)).join(', ')} already exist${existing.length === 1 ? 's' : ''}. Use --force to overwrite.\n`,
    );
    return EXIT.problems;
  }
  mkdirSync(folder, { recursive: true });
  const feed = starterFeed(lang);
  let scriptUrl;
  if (values['self-host']) {
    // The files as jsDelivr would serve them, chunks included, beside the page.
    const from = join(packageRoot, 'dist', 'cdn');
    for (const file of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
      const source = join(from, file);
      if (!statSync(source).isFile() || !file.endsWith('.js')) continue;
      mkdirSync(dirname(join(folder, selfHostFolder, file)), { recursive: true });
      copyFileSync(source, join(folder, selfHostFolder, file));
    }
    scriptUrl = `./${selfHostFolder}/standpoint-widgets.js`;
  }
  writeFileSync(join(folder, 'feed.json'), `${JSON.stringify(feed, null, 2)}\n`);
  writeFileSync(join(folder, 'index.html'), starterPage({ lang, version: pkg.version, integrity, scriptUrl, feed }));
  const shown = printable(relative(process.cwd(), folder) || '.');
  process.stdout.write(
    `Wrote ${join(shown, 'feed.json')} and ${join(shown, 'index.html')}${scriptUrl ? ` and ${join(shown, selfHostFolder)}/` : ''}.\n\n` +
      'Next:\n' +
      `  1. Edit feed.json: your title, texts, addresses and statuses (every "(replace)" and example.org).\n` +
      `  2. Check it:   npx standpoint-widgets validate ${join(shown, 'feed.json')}\n` +
      '  3. Put both files on your site (any static hosting) and open index.html there;\n' +
      '     browsers do not run module scripts from a file opened from disk.\n' +
      '  Guides: docs/ in the package (WordPress, Tilda, plain HTML, hosting the feed).\n',
  );
  return EXIT.ok;
}

async function render(positionals, values) {
  const { renderCommand } = await import('./render.mjs');
  return renderCommand(positionals, values, { importDist, packageRoot, EXIT });
}

async function builder(_positionals, values) {
  const port = values.port === undefined ? 8000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${printable(values.port)}".`);
  cdnFiles();
  const { serveBuilder } = await import('./serve-builder.mjs');
  const { url, close } = await serveBuilder(packageRoot, { port });
  process.stdout.write(`Embed builder: ${url}\n(only on this computer; stop it with Ctrl+C)\n`);
  await new Promise((resolveStop) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, resolveStop);
  });
  await close();
  return EXIT.ok;
}

async function signatories(positionals, values) {
  const { signatoriesCommand } = await import('./signatories.mjs');
  return signatoriesCommand(positionals, values, { importDist, EXIT });
}

const COMMANDS = { validate, init, render, builder, signatories };

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        'base-url': { type: 'string' },
        lang: { type: 'string' },
        force: { type: 'boolean' },
        'self-host': { type: 'boolean' },
        widget: { type: 'string' },
        item: { type: 'string' },
        attr: { type: 'string', multiple: true },
        port: { type: 'string' },
        feed: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`${printable(error.message)}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(HELP);
    return command || values.help ? EXIT.ok : EXIT.usage;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`Unknown command "${printable(command)}".\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    return await run(rest, values);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${printable(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
