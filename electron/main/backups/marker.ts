/**
 * The storage marker, `<userData>/storage-marker.json`: a few bytes kept outside IndexedDB so
 * the renderer can tell a new user apart from a database that vanished (issue 4 part 6). It is
 * written atomically like a backup; reading it never fails: a missing, unreadable, oversized
 * or malformed marker reads as null, which the renderer treats as "nothing known".
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { storageMarker, type StorageMarker } from '../../../shared/ipc/contract';
import { readFileLimited, writeFileAtomic } from '../file-io';

export const MARKER_FILE = 'storage-marker.json';
/** A real marker is under 200 bytes; anything far larger is not one and is not loaded. */
const MAX_MARKER_BYTES = 16 * 1024;

export interface MarkerDeps {
  userDataDir: () => string;
  writeFile?: (path: string, data: string) => Promise<void>;
}

export function createMarkerFile(deps: MarkerDeps) {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  const path = () => join(deps.userDataDir(), MARKER_FILE);

  async function read(): Promise<StorageMarker | null> {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(
        await readFileLimited(path(), MAX_MARKER_BYTES),
      );
    } catch {
      return null; // missing (the usual case on a first start), a folder, too large, not UTF-8
    }
    try {
      const parsed = storageMarker.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : null;
    } catch {
      return null; // cut short by a crash of an older, non-atomic writer, or edited by hand
    }
  }

  async function write(marker: StorageMarker): Promise<void> {
    await mkdir(deps.userDataDir(), { recursive: true });
    await writeFile(path(), `${JSON.stringify(marker)}\n`);
  }

  return { read, write };
}
