import { useState } from 'react';
import { storageErrorText } from '../../components/storage-messages';
import { useStoredDraft } from '../../components/use-stored-draft';
import type { Store } from '../../db/database';
import { StorageError } from '../../db/errors';
import { useStore } from '../../db/store-context';

/**
 * A setting saved as soon as it is chosen (the theme, the clock), so nothing is left unsaved to
 * ask about on leaving. The choice shows at once; if saving fails it goes back to the stored
 * `value`, and `error` says so as the app's other failed saves do, with what to do ("The theme
 * was not saved (…). Try again.", `what` naming the setting). A value stored elsewhere (a
 * restore, another window) is shown.
 */
export function useSavedAtOnce<T>(
  value: T,
  save: (store: Store, choice: T) => Promise<void>,
  what: string,
) {
  const store = useStore();
  const [error, setError] = useState<string | undefined>();
  const {
    draft: selected,
    setDraft: setSelected,
    markSaved,
  } = useStoredDraft(value, {
    guard: false,
  });
  async function choose(choice: T) {
    setError(undefined);
    setSelected(choice);
    try {
      await save(store, choice);
      markSaved(choice);
    } catch (e) {
      setSelected(value);
      setError(
        e instanceof StorageError
          ? storageErrorText(e.code)
          : `${what} was not saved (${e instanceof Error ? e.message : String(e)}). Try again.`,
      );
    }
  }
  return { selected, error, choose };
}
