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
import { spreadsheetKind, type SpreadsheetKind } from './spreadsheet-file';

/** Where the file comes from: a picked file or an automatic backup. */
export interface RestoreSource {
  label: string;
  /** The picked file's name, which may show it is a spreadsheet. */
  fileName?: string;
  /** One of the desktop's automatic backups (not a file the user exported). */
  automatic?: boolean;
  load: () => Promise<Uint8Array>;
}

/** A file refused at the first look (not a zip, not a backup) may be a spreadsheet. */
const notABackup = new Set<Problem['code']>(['NOT_A_ZIP', 'NOT_A_BACKUP']);

function spreadsheetOf(source: RestoreSource, bytes: Uint8Array, problems: readonly Problem[]) {
  if (!problems.every((p) => notABackup.has(p.code))) return null;
  return spreadsheetKind(source.fileName, bytes);
}

export type RestoreState =
  | { kind: 'checking'; progress: BackupProgress | null }
  | {
      kind: 'refused';
      problems: Problem[];
      omitted: number;
      /** Set when the file looks like a spreadsheet: said so instead of the problems. */
      spreadsheet: SpreadsheetKind | null;
      /** This app's version, for a backup from a newer one. */
      appVersion?: string;
    }
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
      if (!read.ok) {
        const version = await platform.appInfo().then(
          (info) => info.version,
          () => undefined,
        );
        return update({
          kind: 'refused',
          problems: read.problems,
          omitted: read.omitted,
          spreadsheet: spreadsheetOf(source, bytes, read.problems),
          ...(version ? { appVersion: version } : {}),
        });
      }
      update({ kind: 'preview', backup: read.value, current: await recordCount(store.db) });
    })().catch((e: unknown) =>
      update({ kind: 'unreadable', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [source, store, platform]);

  const confirm = useCallback(
    async (downloadCopy: boolean) => {
      if (state.kind !== 'preview' || started.current) return;
      started.current = true;
      const { backup } = state;
      const outcome = await performRestore(store, platform, backup, {
        downloadCopy,
        automatic: source.automatic === true,
        onStep: (step) => setState({ kind: 'restoring', step }),
      });
      if (!outcome.ok) return setState({ kind: 'failed', message: outcome.message });
      if (backup.preview.records > 0) runnerFor(store, platform).restored();
      setState({ kind: 'done', records: backup.preview.records, safety: outcome.safety });
    },
    [state, store, platform, source],
  );

  return { state, confirm };
}
