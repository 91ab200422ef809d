/**
 * Opens the zip and reads the manifest's JSON, trusting nothing: a damaged or hostile file
 * must end in a problem report, never in an exception or a huge allocation.
 */
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { MANIFEST_ENTRY, type OnProgress } from './format';
import { refuse, type Checked, type Problem } from './problems';
import { yieldToUi } from './snapshot';

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

/**
 * Entries are unpacked a few megabytes at a time, with a pause between for the page to draw
 * the progress: unpacked in one go, a backup of years of evidence froze the window with no
 * sign of life until it was done.
 */
const BATCH_BYTES = 4 * 1024 ** 2;

/** The directory's entries in order, cut into runs of about BATCH_BYTES unpacked. */
function batches(files: readonly UnzipFileInfo[]): UnzipFileInfo[][] {
  const out: UnzipFileInfo[][] = [];
  let run: UnzipFileInfo[] = [];
  let size = 0;
  for (const file of files) {
    run.push(file);
    size += file.originalSize;
    if (size >= BATCH_BYTES) {
      out.push(run);
      run = [];
      size = 0;
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** The entries whose names are in `names`, unpacked; a damaged entry is NOT_A_ZIP. */
function unzipSome(
  bytes: Uint8Array,
  names: ReadonlySet<string>,
): Checked<Record<string, Uint8Array>> {
  try {
    return { ok: true, value: unzipSync(bytes, { filter: (file) => names.has(file.name) }) };
  } catch (error) {
    return refuse({ code: 'NOT_A_ZIP', detail: error instanceof Error ? error.message : '' });
  }
}

async function unzip(
  bytes: Uint8Array,
  onProgress?: OnProgress,
): Promise<Checked<Map<string, Uint8Array>>> {
  // First the directory alone: every size it claims is checked before anything is unpacked.
  // Held in an object: TypeScript does not see assignments made inside the filter callback.
  const seen: { problem: Problem | null; total: number; files: UnzipFileInfo[] } = {
    problem: null,
    total: 0,
    files: [],
  };
  try {
    unzipSync(bytes, {
      filter: (file) => {
        seen.total += file.originalSize;
        seen.problem ??= sizeProblem(file, seen.total, bytes.length);
        seen.files.push(file);
        return false;
      },
    });
  } catch (error) {
    return refuse({ code: 'NOT_A_ZIP', detail: error instanceof Error ? error.message : '' });
  }
  if (seen.problem) return refuse(seen.problem);
  const entries = new Map<string, Uint8Array>();
  let done = 0;
  for (const run of batches(seen.files)) {
    if (onProgress) {
      onProgress({ step: 'unzip', done, total: seen.total, item: run[0]!.name });
      await yieldToUi();
    }
    const unpacked = unzipSome(bytes, new Set(run.map((f) => f.name)));
    if (!unpacked.ok) return unpacked;
    for (const name of Object.keys(unpacked.value)) entries.set(name, unpacked.value[name]!);
    done += run.reduce((n, f) => n + f.originalSize, 0);
  }
  onProgress?.({ step: 'unzip', done: seen.total, total: seen.total });
  return { ok: true, value: entries };
}

export async function openContainer(
  bytes: Uint8Array,
  onProgress?: OnProgress,
): Promise<Checked<RawContainer>> {
  const unzipped = await unzip(bytes, onProgress);
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
