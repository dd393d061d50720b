/**
 * What a reader downloads: every script in dist/cdn, minified as published,
 * and its gzip (level 9) and brotli (quality 11) sizes, the two encodings
 * CDNs serve.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function measureSizes(distDir) {
  const cdn = join(distDir, 'cdn');
  return readdirSync(cdn, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => {
      const file = join(entry.parentPath ?? entry.path, entry.name);
      const code = readFileSync(file);
      const name = relative(cdn, file).split('\\').join('/');
      return {
        name,
        entry: !name.includes('/'),
        min: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .sort((a, b) => Number(b.entry) - Number(a.entry) || a.name.localeCompare(b.name));
}
