/**
 * The built files the benchmark measures, copied once at the start: another
 * build in the same tree (scripts/build.mjs empties dist/ first) must not
 * change them under a run. The copy is taken while holding the build's own
 * lock, so it never catches a build half-way.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBuildLock } from '../build-lock.mjs';

/**
 * What the run reads from dist/: the script-tag bundles, and the npm
 * modules whose plain functions the baselines reuse. Missing files mean a
 * fresh clone, or a build that stopped half-way.
 */
const REQUIRED = [
  ...['widgets', 'statement', 'demands', 'counter', 'share'].map((name) => `dist/cdn/standpoint-${name}.js`),
  'dist/i18n/format.js',
  'dist/feed/select.js',
  'dist/components/standpoint-counter/signatories.js',
];
const needsBuild = (repoRoot) => REQUIRED.some((file) => !existsSync(join(repoRoot, file)));

/**
 * Builds when dist/ has no bundle, then copies dist/ to a temporary folder.
 * Returns the folder and a function that removes it.
 */
export async function snapshotDist(repoRoot) {
  if (needsBuild(repoRoot)) {
    console.log('dist/ is missing or incomplete: building first (npm run build).');
    const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`the build failed (exit ${build.status})`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'standpoint-bench-dist-'));
  await withBuildLock(repoRoot, () => {
    const missing = REQUIRED.filter((file) => !existsSync(join(repoRoot, file)));
    if (missing.length > 0) throw new Error(`dist/ lacks ${missing.join(', ')}: run npm run build`);
    cpSync(join(repoRoot, 'dist'), folder, { recursive: true, filter: (source) => !source.endsWith('.map') });
  });
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
