/** The restore dialog's states: checking the file, refused or preview, restoring, the end. */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  readBackupFile,
  recordCount,
  type BackupProgress,
  type Problem,
  type ValidBackup,
} from '../../db/backup';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { isSampleStore } from '../sample/sample-mode';
import { sampleBackupText } from './messages';
import { performRestore, type RestoreStep, type SafetyCopy } from './restore-flow';
import { runnerFor } from './runner';

/** Where the file comes from: a picked file or an automatic backup. */
export interface RestoreSource {
  label: string;
  load: () => Promise<Uint8Array>;
}

export type RestoreState =
  | { kind: 'checking'; progress: BackupProgress | null }
  | { kind: 'refused'; problems: Problem[]; omitted: number }
  | { kind: 'unreadable'; message: string }
  | { kind: 'preview'; backup: ValidBackup; current: number }
  | { kind: 'restoring'; step: RestoreStep }
  | { kind: 'done'; records: number; safety: SafetyCopy }
  | { kind: 'failed'; message: string };

export function useRestore(source: RestoreSource) {
  const store = useStore();
  const platform = usePlatform();
  const [state, setState] = useState<RestoreState>({ kind: 'checking', progress: null });
  // A second click before React re-renders must not start a second restore.
  const started = useRef(false);

  useEffect(() => {
    let live = true;
    const update = (s: RestoreState) => live && setState(s);
    (async () => {
      if (isSampleStore(store))
        return update({ kind: 'failed', message: sampleBackupText.restoreRefused });
      const bytes = await source.load();
      const read = await readBackupFile(bytes, {
        onProgress: (progress) => update({ kind: 'checking', progress }),
      });
      if (!read.ok)
        return update({ kind: 'refused', problems: read.problems, omitted: read.omitted });
      update({ kind: 'preview', backup: read.value, current: await recordCount(store.db) });
    })().catch((e: unknown) =>
      update({ kind: 'unreadable', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [source, store]);

  const confirm = useCallback(
    async (downloadCopy: boolean) => {
      if (state.kind !== 'preview' || started.current) return;
      started.current = true;
      const { backup } = state;
      const outcome = await performRestore(store, platform, backup, {
        downloadCopy,
        onStep: (step) => setState({ kind: 'restoring', step }),
      });
      if (!outcome.ok) return setState({ kind: 'failed', message: outcome.message });
      if (backup.preview.records > 0) runnerFor(store, platform).restored();
      setState({ kind: 'done', records: backup.preview.records, safety: outcome.safety });
    },
    [state, store, platform],
  );

  return { state, confirm };
}
