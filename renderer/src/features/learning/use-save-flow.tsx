import { useState, type FormEvent } from 'react';
import type { LinkAction } from '../../../../shared/domain/journal';
import type { JournalSaved } from '../../db/repositories/journal-links';
import { saveFailureText } from '../experience/messages';
import { errorMap } from './messages';
import { LinkChoiceDialog } from './LinkChoiceDialog';

/**
 * Submitting a journal form: save; when the entry already has credit entries, ask what to do
 * with them first (issue 6: never silent changes), then save again with the answer.
 */
export function useSaveFlow<T>(
  save: (action?: LinkAction) => Promise<JournalSaved<T>>,
  onSaved: (row: T, answered: boolean) => void,
) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  async function run(action?: LinkAction) {
    setAsking(false);
    try {
      const result = await save(action);
      if (result.ok) return onSaved(result.value, action !== undefined);
      if (result.errors.some((e) => e.code === 'LINK_CHOICE_REQUIRED')) return setAsking(true);
      setErrors(errorMap(result.errors));
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  const dialog = asking ? (
    <LinkChoiceDialog mode="edit" onChoose={(a) => void run(a)} onCancel={() => setAsking(false)} />
  ) : null;
  return {
    errors,
    failure,
    dialog,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void run();
    },
  };
}
