/**
 * Browser tests in Debian's Chromium (no browser download on this machine):
 * `npm test` (scripts/test.mjs) builds first, then runs this.
 */
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/wtr/count-reporter.mjs';
import { feedServer } from './scripts/wtr/feed-server.mjs';
import { trustPlugin } from './scripts/wtr/trust-plugin.mjs';
import { trustServer } from './scripts/wtr/trust-server.mjs';
import { CONTENT_SECURITY_POLICY } from './bin/csp.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium.mjs';

/**
 * Pages asked for with `?csp=strict` get the demo's own Content-Security-Policy
 * header, less `frame-ancestors` (the tests look at them in an iframe).
 */
function strictCsp() {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return async (context, next) => {
    await next();
    if (context.URL.searchParams.get('csp') === 'strict') context.set('Content-Security-Policy', policy);
  };
}

const executablePath = chromiumPath();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The repository root, so tests can fetch /demo/sample-feed.json, /dist/… and /tests/fixtures/….
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  // Without the tsconfig esbuild ignores experimentalDecorators and the test files fail to parse.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('tsconfig.json', import.meta.url)) }), trustPlugin()],
  middleware: [feedServer(), strictCsp(), trustServer()],
  browsers: [
    chromeLauncher({
      // One window per page: with `concurrency: 2` two tabs in one window
      // leave one of them hidden (document.visibilityState), and the feed
      // loader rightly stops polling in a hidden tab.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--headless=new', ...CHROMIUM_FLAGS],
      },
    }),
  ],
  testFramework: {
    config: { timeout: 10000 },
  },
  reporters: [defaultReporter(), countReporter()],
};
