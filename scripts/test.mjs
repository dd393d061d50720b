#!/usr/bin/env node
/**
 * `npm test`: finds Chromium (installs Debian's when it may), builds (some
 * tests load the built CDN bundle), then runs web-test-runner with any extra
 * arguments, e.g. `npm test -- --files tests/feed/loader.test.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants as fs, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL = 'apt-get -o DPkg::Lock::Timeout=600 update && apt-get -o DPkg::Lock::Timeout=600 install -y chromium';
const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const isExecutable = (path) => {
  try {
    accessSync(path, fs.X_OK);
    return true;
  } catch {
    return false;
  }
};
const findChromium = () => CANDIDATES.find((path) => path && isExecutable(path));
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

function run(command, args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveRun(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolveRun(1);
    });
  });
}

let chromium = findChromium();
if (!chromium) {
  if (process.getuid?.() === 0 && hasAptGet()) {
    console.log(`No Chromium found; installing Debian's:\n  ${INSTALL}`);
    const code = await run('sh', ['-c', INSTALL], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (code !== 0) {
      console.error(`Installing Chromium failed (exit ${code}).`);
      process.exit(code);
    }
    chromium = findChromium();
  }
  if (!chromium) {
    console.error(`No Chromium found (CHROME_PATH, ${CANDIDATES.slice(1).join(', ')}). Install it with:\n  sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
}

const env = { ...process.env, CHROME_PATH: chromium };

/** Newest modification time under `path` (a file or a folder), 0 when missing. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

// The build writes dist/cdn/integrity.json last: when it is newer than every
// input, dist/ is current (CI has just run `npm run build`) and is reused.
const builtAt = newest(join(root, 'dist/cdn/integrity.json'));
const inputs = ['src', 'package.json', 'tsconfig.json', 'rollup.config.mjs', 'scripts/build.mjs'].map((path) => newest(join(root, path)));
if (builtAt > 0 && inputs.every((time) => time < builtAt)) {
  console.log('dist/ is newer than src/ and the build files: using it (delete dist/ to force a build).');
} else {
  const buildCode = await run(process.execPath, [join(root, 'scripts/build.mjs')], { env });
  if (buildCode !== 0) process.exit(buildCode);
}

// The real binary, not `npx`: a signal reaches the runner itself.
const wtr = join(root, 'node_modules/.bin/wtr');
process.exit(await run(wtr, ['--config', join(root, 'web-test-runner.config.mjs'), ...process.argv.slice(2)], { env }));
