import { useEffect, useMemo, useState } from 'react';
import {
  markDuplicates,
  readRows,
  type ImportOptions,
  type RowOutcome,
} from '../../../../shared/domain/import';
import type { ExistingActivity, LoadedFile } from './use-import-wizard';

/** Rows read between two chances for the screen to show progress. */
const SLICE = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Analysis {
  /** The latest outcomes (possibly for the previous choices while new ones are read). */
  outcomes: RowOutcome[] | null;
  /** True when `outcomes` answer the current choices. */
  ready: boolean;
  /** Rows read so far, for a large file. */
  progress: { done: number; total: number } | null;
}

/**
 * Reads every row against the current choices, in slices so a file of thousands of rows
 * shows progress and never freezes the window; a change of choices restarts the reading.
 * Likely duplicates are marked against `existing` as it is now (the live log): an import taken
 * back, or an activity deleted, frees its rows at once, without reading the file again.
 */
export function useRowAnalysis(
  file: LoadedFile | null,
  options: ImportOptions | null,
  existing: readonly ExistingActivity[],
): Analysis {
  // The rows as read, before duplicates are marked.
  const [result, setResult] = useState<{ options: ImportOptions; outcomes: RowOutcome[] } | null>(
    null,
  );
  const [progress, setProgress] = useState<Analysis['progress']>(null);

  useEffect(() => {
    if (!file || !options) return;
    let stale = false;
    const rows = file.table.rows;
    const first = file.setup.headerRow + 1;
    const total = Math.max(rows.length - first, 0);
    (async () => {
      const out: RowOutcome[] = [];
      for (let from = first; from < rows.length || from === first; from += SLICE) {
        await nextTask();
        if (stale) return;
        out.push(...readRows(rows, file.setup, options, from, from + SLICE));
        if (total > SLICE) setProgress({ done: Math.min(from + SLICE - first, total), total });
      }
      setProgress(null);
      setResult({ options, outcomes: out });
    })();
    return () => {
      stale = true;
    };
  }, [file, options]);

  const read = result?.outcomes;
  const outcomes = useMemo(() => (read ? markDuplicates(read, existing) : null), [read, existing]);
  const ready = result !== null && result.options === options;
  return { outcomes, ready, progress };
}
