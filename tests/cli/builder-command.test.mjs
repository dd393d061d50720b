/**
 * `standpoint-widgets builder`: the embed builder served from the package on
 * 127.0.0.1, with nothing else of the package exposed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../bin/csp.mjs';
import { bin, root } from './helpers.mjs';

describe('builder command', () => {
  it('serves the builder, its bundle and the guides, and nothing else, until stopped', async () => {
    const child = spawn(process.execPath, [bin, 'builder', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));
    try {
      const url = await new Promise((resolveUrl, rejectUrl) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /Embed builder: (http:\/\/127\.0\.0\.1:\d+\/builder\/)/.exec(out);
          if (match) resolveUrl(match[1]);
        });
        child.on('exit', () => rejectUrl(new Error(`exited early: ${out}`)));
      });
      const page = await fetch(url);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>Embed builder/);
      // The demo's strict policy, with feeds and share images from any address.
      assert.equal(
        page.headers.get('content-security-policy'),
        CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https: http:").replace("img-src 'self'", "img-src 'self' https:"),
      );
      const origin = new URL(url).origin;
      // The editor's modules, the starter feed it opens as a new feed, and the one file of its CSV reader.
      for (const path of [
        '/builder/builder.js',
        '/builder/feed-report.js',
        '/builder/editor/editor.js',
        '/bin/starter.mjs',
        '/node_modules/papaparse/papaparse.min.js',
        '/dist/cdn/standpoint-widgets.js',
        '/dist/cdn/integrity.json',
        '/docs/embedding.md',
      ]) {
        assert.equal((await fetch(origin + path)).status, 200, path);
      }
      for (const path of ['/package.json', '/bin/standpoint-widgets.mjs', '/bin/signatories.mjs', '/node_modules/papaparse/package.json', '/builder/../package.json', '/builder/%2e%2e/package.json', '/dist/index.js']) {
        assert.equal((await fetch(origin + path)).status, 404, path);
      }
      assert.equal((await fetch(`${origin}/builder/`, { method: 'POST' })).status, 404);
    } finally {
      child.kill('SIGTERM');
    }
    assert.deepEqual(await exited, { code: 0, signal: null });
  });
});
