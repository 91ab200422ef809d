import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import {
  lastImportStatus,
  undoLastImport,
  type LastImportStatus,
  type UndoResult,
} from '../../db/repositories/import';
import { useStore } from '../../db/store-context';
import { lastImportChangedText, undoFailedText } from './messages';

export type LastUndo =
  | { phase: 'idle' }
  | { phase: 'undoing' }
  | { phase: 'undone'; result: UndoResult; at: string; key: string }
  | { phase: 'failed'; message: string };

/**
 * The remembered last import, live (undefined while loading, null when none), and its Undo:
 * the same rule as the summary's, so it follows a later edit, delete or restore.
 */
export interface LastImportState {
  status: LastImportStatus | null | undefined;
  undo: LastUndo;
  takeBack: (shown: Pick<LastImportStatus, 'at' | 'key'>) => Promise<void>;
  /** Forgets what the last undo said (a new import is starting). */
  reset: () => void;
}

export function useLastImport(): LastImportState {
  const store = useStore();
  const status = useLiveQuery(() => lastImportStatus(store), [store]);
  const [undo, setUndo] = useState<LastUndo>({ phase: 'idle' });

  /** Takes back the import shown (run at `at`); another one remembered since is left alone. */
  async function takeBack({ at, key }: Pick<LastImportStatus, 'at' | 'key'>) {
    setUndo({ phase: 'undoing' });
    try {
      const result = await undoLastImport(store, at, key);
      if (!result) return setUndo({ phase: 'failed', message: lastImportChangedText });
      setUndo({ phase: 'undone', result, at, key });
    } catch (error) {
      const message = error instanceof StorageError ? storageErrorText(error.code) : undoFailedText;
      setUndo({ phase: 'failed', message });
    }
  }

  return { status, undo, takeBack, reset: () => setUndo({ phase: 'idle' }) };
}
