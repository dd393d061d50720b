/**
 * `standpoint-widgets validate` on good, bad and hostile feeds, from a file,
 * standard input and a URL, judged by what a webmaster sees: the exit code,
 * each problem's path, line and column, and the fix.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root, runCli, scratchFolder, serve, textAt } from './helpers.mjs';

const VERSION = 'https://jsonfeed.org/version/1.1';
const sampleFeed = readFileSync(join(root, 'demo', 'sample-feed.json'), 'utf8');

/**
 * The problems of the human output: `severity  message` on the first line
 * (what is wrong and how to fix it), `at file:line:column  path` on the second.
 */
function problemLines(stdout) {
  return [...stdout.matchAll(/^(error|warning) {2,3}(.*)\n {4}at (.*):(\d+):(\d+) {2}(.*)$/gm)].map(
    ([, severity, message, file, line, column, path]) => ({ file, line: Number(line), column: Number(column), severity, message, path }),
  );
}

/** A feed written by hand, as a webmaster would, with known mistakes on known lines. */
const BROKEN = `{
  "version": "${VERSION}",
  "title": "Coalition",
  "items": [
    {
      "id": "standpoint",
      "url": "javascript:alert(1)",
      "date_published": "yesterday",
      "_standpoint": {
        "demands": [
          { "id": "a", "text": "First", "status": "done" },
          { "text": "No id", "status": "voiced" },
          { "id": "c", "text": "Third", "status": "voiced", "updated": "2025-13-45" }
        ],
        "signatories": { "count": "148", "goal": 0 },
        "translations": { "uk-UA": { "title": 5 } }
      }
    }
  ]
}
`;

describe('validate: a feed the widgets can show', () => {
  it('passes the sample feed with no problem and exit code 0', async () => {
    const { code, stdout } = await runCli(['validate', 'demo/sample-feed.json']);
    assert.equal(code, 0);
    // Sample data lives at example.org: one reminder says so, nothing else.
    assert.match(stdout, /The widgets can show every part of this feed\. Before you publish, look at 1 reminder\./);
    assert.deepEqual(problemLines(stdout).map((problem) => problem.path), ['home_page_url']);
  });

  it('reads a feed from standard input with "-"', async () => {
    const { code, stdout } = await runCli(['validate', '-'], { input: sampleFeed });
    assert.equal(code, 0);
    assert.match(stdout, /^<stdin>: The widgets can show every part of this feed/m);
  });

  it('drops a byte-order mark and reads relative addresses against the feed, as a browser does', async (t) => {
    const folder = scratchFolder(t);
    const feed = JSON.parse(sampleFeed);
    feed.items[0].attachments = [{ url: 'files/standpoint.pdf', mime_type: 'application/pdf' }];
    writeFileSync(join(folder, 'feed.json'), `\ufeff${JSON.stringify(feed, null, 2)}`);
    const { code, stdout } = await runCli(['validate', join(folder, 'feed.json')]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /The widgets can show every part of this feed/);
  });
});

describe('validate: problems with their path, line and fix', () => {
  it('points every problem at the line and column of the broken value', async (t) => {
    const folder = scratchFolder(t);
    const file = join(folder, 'feed.json');
    writeFileSync(file, BROKEN);
    const { code, stdout } = await runCli(['validate', file]);
    // Every problem is a warning: the widgets still show the rest.
    assert.equal(code, 0, stdout);
    const problems = problemLines(stdout);
    const at = (path) => {
      const problem = problems.find((candidate) => candidate.path === path);
      assert.ok(problem, `a problem at ${path} in\n${stdout}`);
      assert.equal(problem.file, file);
      return { ...problem, text: textAt(BROKEN, problem.line, problem.column) };
    };
    assert.ok(at('items[0].url').text.startsWith('"javascript:alert(1)"'));
    assert.equal(at('items[0].url').line, 7);
    assert.ok(at('items[0].date_published').text.startsWith('"yesterday"'));
    assert.ok(at('items[0]._standpoint.demands[0].status').text.startsWith('"done"'));
    assert.ok(at('items[0]._standpoint.demands[2].updated').text.startsWith('"2025-13-45"'));
    assert.ok(at('items[0]._standpoint.signatories.count').text.startsWith('"148"'));
    assert.ok(at('items[0]._standpoint.signatories.goal').text.startsWith('0 }'));
    assert.ok(at('items[0]._standpoint.translations["uk-UA"].title').text.startsWith('5 }'));
    // A missing field has no place of its own: its object's opening brace stands for it.
    const missingId = at('items[0]._standpoint.demands[1].id');
    assert.ok(missingId.text.startsWith('{ "text": "No id"'));
    assert.equal(missingId.line, 12);
    // In the order of the text.
    assert.deepEqual(
      problems.map((problem) => problem.line),
      [...problems.map((problem) => problem.line)].sort((a, b) => a - b),
    );
  });

  it('says on each problem’s first line what is wrong and how to fix it, then where, then what it does to the page', async () => {
    const { stdout } = await runCli(['validate', '-'], { input: BROKEN });
    const block = (path) => {
      const lines = stdout.split('\n');
      const at = lines.findIndex((line) => line.endsWith(`  ${path}`));
      assert.ok(at > 0, `${path} in\n${stdout}`);
      return lines.slice(at - 1, at + 2).join('\n');
    };
    assert.match(block('items[0]._standpoint.demands[0].status'), /^warning {2}"status" must be one of pending, voiced, negotiating, enshrined, implemented, rejected; "done" is not one of them\./);
    assert.match(block('items[0]._standpoint.demands[0].status'), /effect: The value is kept as written\./);
    assert.match(block('items[0].url'), /"url" must be a web address that starts with https:\/\//);
    assert.match(block('items[0].date_published'), /"date_published" must be an RFC 3339 date, such as 2025-08-13T10:00:00\+03:00; "yesterday" is not\./);
    assert.match(block('items[0]._standpoint.signatories.count'), /"count" must be a number without quotes; it is "148"\./);
    assert.match(block('items[0]._standpoint.demands[1].id'), /"id" is required here: add it\./);
    assert.match(block('items[0]._standpoint.demands[1].id'), /effect: items\[0\]\._standpoint\.demands\[1\] is not shown until this is fixed/);
    assert.doesNotMatch(stdout, /expected|got /);
  });

  it('exits 1 under --strict when there are warnings', async () => {
    const { code } = await runCli(['validate', '-', '--strict'], { input: BROKEN });
    assert.equal(code, 1);
    // The sample feed with its example.org addresses replaced: nothing left to do.
    const clean = await runCli(['validate', '-', '--strict'], { input: sampleFeed.replaceAll('example.org', 'coalition.test') });
    assert.equal(clean.code, 0);
  });

  it('writes a machine-readable report with --json', async () => {
    const { code, stdout } = await runCli(['validate', '-', '--json'], { input: BROKEN });
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.usable, true);
    const status = report.problems.find((problem) => problem.path === 'items[0]._standpoint.demands[0].status');
    assert.deepEqual({ line: status.line, severity: status.severity }, { line: 11, severity: 'warning' });
    assert.equal(status.code, 'not-one-of');
    assert.match(status.message, /pending, voiced/);
    assert.match(status.effect, /kept as written/);
  });
});

describe('validate: fatal problems exit 1', () => {
  it('a syntax error: the line and column where parsing stops, and why', async () => {
    const text = `{\n  "version": "${VERSION}",\n  "items": [\n    { "id": "a" },\n  ]\n}\n`;
    const { code, stdout } = await runCli(['validate', '-'], { input: text });
    assert.equal(code, 1);
    const [problem] = problemLines(stdout);
    assert.deepEqual({ line: problem.line, column: problem.column, severity: problem.severity }, { line: 5, column: 3, severity: 'error' });
    assert.match(stdout, /^error {4}The feed is not valid JSON\. Line 5, column 3: a comma before \] \(JSON allows no comma after the last entry\)\./m);
    assert.match(stdout, /The widgets cannot show this feed: 1 problem to fix first\./);
  });

  it('not a JSON Feed: no version, or not an object at all', async () => {
    const noVersion = await runCli(['validate', '-'], { input: '{ "items": [] }' });
    assert.equal(noVersion.code, 1);
    assert.match(noVersion.stdout, /^error {4}The feed must say which JSON Feed version it is: add "version": "https:\/\/jsonfeed\.org\/version\/1\.1"\./m);
    const list = await runCli(['validate', '-'], { input: '[1, 2, 3]' });
    assert.equal(list.code, 1);
    assert.match(list.stdout, /The feed must be one JSON object, \{ … \}, holding "version" and "items"; this file holds \[ … \]\./);
  });

  it('an item the widgets could not tell apart: no id, or one that is not an object', async () => {
    const { code, stdout } = await runCli(['validate', '-'], { input: JSON.stringify({ version: VERSION, items: [{ title: 'no id' }, [1, 2]] }) });
    assert.equal(code, 1);
    assert.match(stdout, /^error {4}Every item needs an "id" that no other item has/m);
    assert.match(stdout, /^error {4}"items" must be an object in braces, \{ … \}; it is \[ … \]\.\n {4}at <stdin>:1:\d+ {2}items\[1\]$/m);
  });

  it('an empty list of items: nothing is left to show', async () => {
    const { code, stdout } = await runCli(['validate', '-'], { input: JSON.stringify({ version: VERSION, items: [] }) });
    assert.equal(code, 1);
    assert.match(stdout, /^error {4}The feed has no item the widgets can show: add one to "items"\./m);
  });

  it('lists a missing version, a status "done", a count of -5 and translations.ua in one run', async () => {
    const feed = JSON.parse(sampleFeed);
    delete feed.version;
    feed.items[0]._standpoint.demands[0].status = 'done';
    feed.items[0]._standpoint.signatories.count = -5;
    feed.items[0]._standpoint.translations.ua = feed.items[0]._standpoint.translations.uk;
    const { code, stdout } = await runCli(['validate', '-'], { input: JSON.stringify(feed, null, 2) });
    assert.equal(code, 1);
    const problems = problemLines(stdout);
    assert.equal(problems[0].path, 'version', 'the fatal problem first');
    for (const path of ['items[0]._standpoint.demands[0].status', 'items[0]._standpoint.signatories.count', 'items[0]._standpoint.translations.ua']) {
      assert.ok(problems.some((problem) => problem.path === path), `${path} in\n${stdout}`);
    }
    assert.match(stdout, /"ua" is the country code of Ukraine, not a language: write "uk"/);
  });

  it('speaks plainly about JSON that is not JSON', async () => {
    const { stdout } = await runCli(['validate', '-'], { input: '{ "version": True }' });
    assert.doesNotMatch(stdout, /Unexpected token|JSON\.parse|position/);
    assert.match(stdout, /The feed is not valid JSON\. Line 1, column 14: /);
  });

  it('an empty file', async () => {
    const { code, stdout } = await runCli(['validate', '-'], { input: '' });
    assert.equal(code, 1);
    assert.match(stdout, /the feed is empty/);
  });
});

describe('validate: hostile feeds', () => {
  it('prints no control character or bidirectional override that a feed carries', async () => {
    const feed = {
      version: VERSION,
      items: [
        {
          id: 'x',
          url: 'javascript:\u001b]0;owned\u0007',
          _standpoint: {
            demands: [{ id: 'a', text: 'A', status: 'done\u009b2J' }],
            translations: { 'uk\u202eAU': { title: 5 }, '\u001b[31m': { summary: 1 } },
          },
        },
      ],
    };
    const { code, stdout, stderr } = await runCli(['validate', '-'], { input: JSON.stringify(feed) });
    assert.equal(code, 0);
    for (const output of [stdout, stderr]) {
      assert.doesNotMatch(output, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u, 'raw control characters reached the terminal');
    }
    // They are still named, escaped, so the webmaster can find them.
    assert.match(stdout, /done\\u009b2J/);
    assert.match(stdout, /uk\\u202eAU/);
  });

  it('refuses a feed over the widgets’ size limit without reading it all', async (t) => {
    const folder = scratchFolder(t);
    const file = join(folder, 'huge.json');
    const list = Array.from({ length: 40_000 }, (_, index) => ({ name: `Organisation number ${index} with a long enough name` }));
    writeFileSync(file, JSON.stringify({ version: VERSION, items: [{ id: 'a', _standpoint: { signatories: { list } } }] }));
    const { code, stdout } = await runCli(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /the widgets refuse feeds over 2097152 bytes: list fewer signatories/);
  });

  it('walks a feed nested 100 000 levels deep quickly, without a stack overflow', async () => {
    const depth = 100_000;
    const input = `{"version":"${VERSION}","items":[{"id":"a","tags":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
    const started = performance.now();
    const { code, stdout, stderr } = await runCli(['validate', '-'], { input });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /"tags" must be text in double quotes; it is \[ … \]\.\n {4}at <stdin>:1:\d+ {2}items\[0\]\.tags\[0\]/);
    assert.ok(performance.now() - started < 20_000);
  });

  it('survives keys that are special to JavaScript objects', async () => {
    const input = `{"version":"${VERSION}","__proto__":{"polluted":true},"constructor":1,"items":[{"id":"a","_standpoint":{"translations":{"__proto__":{"title":7}}}}]}`;
    const { code, stdout } = await runCli(['validate', '-'], { input });
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /TypeError|at .*\.js:\d+/);
  });

  it('reads invalid UTF-8 as a browser does, with replacement characters', async () => {
    const bytes = Buffer.concat([Buffer.from(`{"version":"${VERSION}","items":[{"id":"a","title":"`), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}]}')]);
    const { code, stdout } = await runCli(['validate', '-'], { input: bytes });
    assert.equal(code, 0, stdout);
  });
});

describe('validate: a feed at a URL', () => {
  const goodHeaders = {
    'content-type': 'application/feed+json; charset=utf-8',
    'access-control-allow-origin': '*',
    etag: '"v1"',
    'cache-control': 'public, max-age=60',
  };

  it('fetches it as a page on another site would, and finds nothing to say about good hosting', async (t) => {
    const seen = [];
    const origin = await serve(t, (request, response) => {
      seen.push(request.headers);
      response.writeHead(200, goodHeaders).end(sampleFeed);
    });
    const { code, stdout } = await runCli(['validate', `${origin}/feed.json`]);
    assert.equal(code, 0, stdout);
    assert.doesNotMatch(stdout, / note /);
    assert.match(stdout, new RegExp(`^${origin}/feed\\.json: The widgets can show every part of this feed`, 'm'));
    assert.ok(seen[0].origin, 'an Origin header, so the server answers with its CORS headers');
    assert.equal(seen[0].cookie, undefined);
  });

  it('says what is missing when the hosting would stop the widgets or overload the server', async (t) => {
    const origin = await serve(t, (_request, response) => response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(sampleFeed));
    const { code, stdout } = await runCli(['validate', `${origin}/feed.json`]);
    assert.equal(code, 0);
    assert.match(stdout, /note {2,}No Access-Control-Allow-Origin header/);
    assert.match(stdout, /note {2,}No ETag or Last-Modified header/);
    assert.match(stdout, /note {2,}Cache-Control: no-store/);
    assert.match(stdout, /note {2,}Content-Type is "text\/plain"/);
  });

  it('follows redirects and reads relative addresses against the final URL', async (t) => {
    const feed = JSON.parse(sampleFeed);
    delete feed.feed_url;
    delete feed.home_page_url;
    feed.items[0].url = '/standpoint';
    const origin = await serve(t, (request, response) => {
      if (request.url === '/old.json') response.writeHead(301, { location: '/new/feed.json' }).end();
      else response.writeHead(200, goodHeaders).end(JSON.stringify(feed));
    });
    const { code, stdout } = await runCli(['validate', `${origin}/old.json`, '--json']);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.source, `${origin}/new/feed.json`);
    assert.deepEqual(report.problems.map((problem) => problem.code), ['placeholder']);
  });

  it('exits 2 when the feed cannot be fetched: an HTTP error or no server', async (t) => {
    const origin = await serve(t, (_request, response) => response.writeHead(404).end('not here'));
    const missing = await runCli(['validate', `${origin}/feed.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /HTTP 404/);
    const closed = await runCli(['validate', 'http://127.0.0.1:9/feed.json']);
    assert.equal(closed.code, 2);
    assert.match(closed.stderr, /could not be fetched/);
  });

  it('stops reading a response that grows past the size limit, whatever its headers say', async (t) => {
    const origin = await serve(t, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && response.write(chunk)) sent += 1;
        if (sent < 64) response.once('drain', pump);
        else response.end();
      };
      response.on('error', () => {});
      pump();
    });
    const { code, stdout } = await runCli(['validate', `${origin}/feed.json`]);
    assert.equal(code, 1);
    assert.match(stdout, /the widgets refuse feeds over 2097152 bytes/);
  });
});

describe('the command line itself', () => {
  it('exits 2 with the usage on a wrong command, option or missing file', async () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', '--no-such-option', 'x'], ['validate', 'no/such/file.json']]) {
      const { code, stdout, stderr } = await runCli(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stdout}${stderr}`);
    }
  });

  it('prints its version and help', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal((await runCli(['--version'])).stdout.trim(), pkg.version);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /validate <file-or-url\|->/);
  });
});
