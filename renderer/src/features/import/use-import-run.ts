import { useEffect, useRef, useState } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import type { ImportedActivity } from '../../../../shared/domain/import';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import type { ActivityRow } from '../../db/repositories/activities';
import { importActivities, undoImport } from '../../db/repositories/import';
import { useStore } from '../../db/store-context';
import { undoFailedText } from './messages';

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; saved: number; total: number }
  | { phase: 'done'; imported: number; skipped: number; rows: ActivityRow[] }
  | { phase: 'undone'; removed: number; kept: number; gone: number }
  | { phase: 'stopped' }
  | { phase: 'failed'; message: string };

/**
 * Runs the import through the repository (one transaction) with progress. Stopping, or
 * leaving the screen while it runs, rolls everything back: nothing is written. Once done, it
 * can be taken back from the same screen (`undo`), or later from the last import (LastImport);
 * once taken back here, `again` returns to the choices.
 */
export function useImportRun(today: LocalDate) {
  const store = useStore();
  const [state, setState] = useState<RunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function start(
    activities: readonly ImportedActivity[],
    skipped: number,
    fileName: string | null,
  ) {
    const stop = new AbortController();
    controller.current = stop;
    setState({ phase: 'running', saved: 0, total: activities.length });
    try {
      const result = await importActivities(store, activities, today, {
        signal: stop.signal,
        fileName,
        onProgress: ({ saved, total }) => setState({ phase: 'running', saved, total }),
      });
      if (result.ok)
        setState({ phase: 'done', imported: result.ids.length, skipped, rows: result.rows });
      else if (result.reason === 'cancelled') setState({ phase: 'stopped' });
      else
        setState({
          phase: 'failed',
          message:
            'Some rows changed before they could be saved; nothing was written. Check the rows and try again.',
        });
    } catch (error) {
      const message =
        error instanceof StorageError
          ? storageErrorText(error.code)
          : 'Nothing was saved because of an unexpected problem. Try again.';
      setState({ phase: 'failed', message });
    } finally {
      controller.current = null;
    }
  }

  /** Takes the finished import back (undoImport); a failure is said, nothing half-done. */
  async function undo() {
    if (state.phase !== 'done') return;
    try {
      // Forgets the remembered last import too (it is this one).
      const { removed, kept, gone } = await undoImport(store, state.rows);
      setState({ phase: 'undone', removed, kept, gone });
    } catch (error) {
      const message = error instanceof StorageError ? storageErrorText(error.code) : undoFailedText;
      setState({ phase: 'failed', message });
    }
  }

  /**
   * From an import taken back: to the choices again (the file and every choice are the wizard's,
   * kept meanwhile), so the file can be imported with the choice put right.
   */
  function again() {
    if (state.phase === 'undone') setState({ phase: 'idle' });
  }

  return { state, start, stop: () => controller.current?.abort(), undo, again };
}
