/** Part (g): the JavaScript the built web app loads before it can start, gzip-compressed. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Scripts and module preloads named in index.html: what the browser fetches first. */
export function initialJsGzipKb(outDir: string): { kb: number; files: string[] } {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  const files = [...new Set(refs)];
  let bytes = 0;
  for (const f of files) {
    bytes += gzipSync(readFileSync(resolve(outDir, f.replace(/^\.?\//, ''))), { level: 9 }).length;
  }
  return { kb: bytes / 1024, files };
}
