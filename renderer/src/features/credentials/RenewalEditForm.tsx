import { useState, type FormEvent } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule, Renewal, RenewalMethod } from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { useToday } from '../../app/use-today';
import { EditForm, WriteButton } from '../../components/read-only';
import { storageErrorText } from '../../components/storage-messages';
import { useUndo } from '../../components/undo';
import { sameDraft, useDraftGuard } from '../../components/unsaved-changes';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { StorageError } from '../../db/errors';
import { editRenewal, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { RenewalFields } from './RenewalForm';
import {
  renewalEditRefusedText,
  renewalEditWords as words,
  renewalUnexpectedText,
} from './renewal-words';

/** The id of the edit form of a renewal (by its row's key), so the list can put focus in it. */
export const renewalEditFormId = (listId: string, rowKey: string) => `${listId}-${rowKey}-form`;

/**
 * A recorded renewal's day (and, in a suite, how it was renewed) put right in place, with the
 * fields of "Record a renewal" filled in. Saved through editRenewal, so judged as recording it
 * is (not in the future, after the earned date, renewing a cycle, leaving every other renewal
 * renewing one); a refusal is said at the date with nothing saved and the form kept open. Saving
 * with nothing changed writes nothing. Cancel, or Escape (useCloseOnEscape: asking first when
 * something was typed), closes it with null; saved, it closes with the new day, and the notice
 * bar says the day it had before (no Undo: Edit again puts it back, nothing else is lost).
 */
export function RenewalEditForm({
  id,
  row,
  rule,
  renewal,
  alsoHeld,
  onClose,
}: {
  id: string;
  row: HeldRow;
  rule: CredentialRule;
  renewal: Renewal;
  alsoHeld: readonly HeldWithRule[];
  onClose: (saved: LocalDate | null) => void;
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const today = useToday();
  const [draft, setDraft] = useState<{ date: string; method: RenewalMethod }>({
    date: renewal.date,
    method: renewal.method ?? 'credits',
  });
  const [opened] = useState(draft);
  const [error, setError] = useState<string | undefined>();
  const resetGuard = useDraftGuard(draft);

  function cancel() {
    resetGuard(opened);
    onClose(null);
  }
  const escape = useCloseOnEscape(draft, cancel);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.date) return setError(words.dateRequired);
    if (sameDraft(draft, opened)) return cancel();
    // The method is the person's to choose only in a suite; elsewhere it stays as stored.
    const next: Renewal = {
      ...renewal,
      date: draft.date,
      ...(rule.suite ? { method: draft.method } : {}),
    };
    let result: Awaited<ReturnType<typeof editRenewal>>;
    try {
      result = await editRenewal(store, row, renewal.date, next, today);
    } catch (e) {
      // A storage failure (read-only data, a full disk) must not pass silently: the renewal
      // is unchanged, and the form says so.
      return setError(e instanceof StorageError ? storageErrorText(e.code) : renewalUnexpectedText);
    }
    if (!result.ok)
      return setError(
        'conflict' in result || result.errors.some((e) => e.code === 'NOT_FOUND')
          ? words.conflict
          : renewalEditRefusedText(rule, row, renewal.date, next, result.errors, today, {
              alsoHeld,
            }),
      );
    resetGuard(draft);
    onClose(next.date);
    offerUndo(words.saved(rule.acronym, renewal.date, next.date));
  }

  return (
    <>
      <EditForm
        id={id}
        className="renewal-form"
        onSubmit={submit}
        onKeyDown={escape.onKeyDown}
        noValidate
        aria-label={words.formName(renewal.date)}
        actions={
          <div className="actions">
            <WriteButton type="submit">{words.save}</WriteButton>
            <button type="button" className="secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        }
      >
        <RenewalFields
          rule={rule}
          date={draft.date}
          method={draft.method}
          error={error}
          max={today}
          onDate={(date) => setDraft((d) => ({ ...d, date }))}
          onMethod={(method) => setDraft((d) => ({ ...d, method }))}
        />
      </EditForm>
      {escape.question}
    </>
  );
}
