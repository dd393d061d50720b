/**
 * One build at a time in a working tree: a second build would empty dist/
 * under the first, and the benchmark copies dist/ only between builds. mkdir
 * is atomic, so the lock is a folder; a lock older than ten minutes belongs
 * to a build that died and is taken over.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STALE_LOCK_MS = 10 * 60_000;

/** Waits for the lock of the tree at `repoRoot`; resolves to the function that releases it. */
export async function acquireBuildLock(repoRoot) {
  const lock = join(repoRoot, '.cache', 'build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 1) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released between the two calls: try again at once
      }
      if (age > STALE_LOCK_MS) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (waited === 0) console.log('Another build is running in this tree; waiting for it…');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Runs `work` while holding the lock. */
export async function withBuildLock(repoRoot, work) {
  const release = await acquireBuildLock(repoRoot);
  try {
    return await work();
  } finally {
    release();
  }
}
