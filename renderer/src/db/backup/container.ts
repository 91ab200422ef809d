/**
 * Opens the zip and reads the manifest's JSON, trusting nothing: a damaged or hostile file
 * must end in a problem report, never in an exception or a huge allocation.
 */
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { MANIFEST_ENTRY } from './format';
import { refuse, type Checked, type Problem } from './problems';

export interface RawContainer {
  /** manifest.json parsed as JSON, not yet validated. */
  manifest: unknown;
  /** Every other entry by name. */
  entries: Map<string, Uint8Array>;
}

/** Deflate cannot expand more than 1032:1, so a larger claimed size is a damaged header. */
const MAX_DEFLATE_RATIO = 1032;
const MAX_TOTAL_BYTES = 2 * 1024 ** 3;

function sizeProblem(file: UnzipFileInfo, total: number, fileLength: number): Problem | null {
  // Names from a damaged directory can be any bytes: keep the report short and printable.
  const detail = file.name.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
  if (file.compression !== 0 && file.compression !== 8) return { code: 'NOT_A_ZIP', detail };
  // A damaged directory can claim any sizes; no entry is bigger than the file that holds it.
  if (file.size > fileLength) return { code: 'NOT_A_ZIP', detail };
  const plausible =
    file.compression === 0
      ? file.originalSize === file.size
      : file.originalSize <= file.size * MAX_DEFLATE_RATIO + 64;
  if (!plausible) return { code: 'NOT_A_ZIP', detail };
  if (total > MAX_TOTAL_BYTES) return { code: 'ENTRY_TOO_LARGE', detail };
  return null;
}

function unzip(bytes: Uint8Array): Checked<Map<string, Uint8Array>> {
  // Held in an object: TypeScript does not see assignments made inside the filter callback.
  const seen: { problem: Problem | null; total: number } = { problem: null, total: 0 };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        seen.total += file.originalSize;
        seen.problem ??= sizeProblem(file, seen.total, bytes.length);
        return seen.problem === null;
      },
    });
  } catch (error) {
    return refuse({ code: 'NOT_A_ZIP', detail: error instanceof Error ? error.message : '' });
  }
  if (seen.problem) return refuse(seen.problem);
  return { ok: true, value: new Map(Object.keys(files).map((name) => [name, files[name]!])) };
}

export function openContainer(bytes: Uint8Array): Checked<RawContainer> {
  const unzipped = unzip(bytes);
  if (!unzipped.ok) return unzipped;
  const entries = unzipped.value;
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (!manifestBytes) return refuse({ code: 'NOT_A_BACKUP', detail: MANIFEST_ENTRY });
  entries.delete(MANIFEST_ENTRY);
  try {
    return { ok: true, value: { manifest: JSON.parse(strFromU8(manifestBytes)), entries } };
  } catch {
    return refuse({ code: 'MANIFEST_INVALID', detail: MANIFEST_ENTRY });
  }
}
