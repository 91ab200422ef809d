import { useState, type FormEvent } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import {
  assumedRenewalWindow,
  correctAssumedRenewal,
} from '../../../../shared/domain/credentials/assumed-renewals';
import type { LocalDate } from '../../../../shared/dates';
import { useToday } from '../../app/use-today';
import { Field } from '../../components/Field';
import { EditForm, WriteButton } from '../../components/read-only';
import { UndoRefused, useUndo } from '../../components/undo';
import { useDraftGuard } from '../../components/unsaved-changes';
import { saveHeld, undoRenewal, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { assumedRenewalForm, correctedText, correctionErrorText } from './assumed-renewal-words';
import { rowRefusalText } from './credential-summary';
import { renewalUnexpectedText } from './renewal-words';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';

/** The id of the form for a cycle (0-based), so the history can put focus in it. */
export const assumedRenewalFormId = (cycleIndex: number) => `assumed-renewal-form-${cycleIndex}`;

/**
 * The day the holder really renewed, in place of the renewal Ascent assumed for a cycle
 * (correctAssumedRenewal). Saved, it closes with the day (Undo puts the assumed one back);
 * Cancel closes it with null. The history puts focus where it belongs in either case.
 */
export function AssumedRenewalForm({
  row,
  rule,
  cycleIndex,
  alsoHeld,
  onClose,
}: {
  row: HeldRow;
  rule: CredentialRule;
  cycleIndex: number;
  alsoHeld: readonly HeldWithRule[];
  onClose: (saved: LocalDate | null) => void;
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const today = useToday();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const resetGuard = useDraftGuard(date);
  const cycle = cycleIndex + 1;
  const context = { alsoHeld };
  const days = assumedRenewalWindow(row, rule, cycleIndex, today, context);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fix = correctAssumedRenewal(row, rule, cycleIndex, date, today, context);
    if (!fix.ok) return setError(correctionErrorText(fix, cycle));
    let result: Awaited<ReturnType<typeof saveHeld>>;
    try {
      result = await saveHeld(store, { ...fix.held, overrides: row.overrides }, today, row);
    } catch (e) {
      // A storage failure (read-only data, a full disk) must not pass silently: the assumed
      // renewal stays, and the form says so.
      return setError(e instanceof StorageError ? storageErrorText(e.code) : renewalUnexpectedText);
    }
    if (!result.ok)
      return setError(
        'conflict' in result
          ? assumedRenewalForm.conflict
          : rowRefusalText(result.errors, (f) => f.startsWith('renewals.'), fix.held.renewals),
      );
    resetGuard('');
    onClose(fix.renewal.date);
    const before = row;
    offerUndo(correctedText.undo(rule.acronym, cycle, fix.renewal.date), async () => {
      if ((await undoRenewal(store, before, result.value)) === 'changed')
        throw new UndoRefused(correctedText.undoRefused(rule.acronym));
    });
  }

  function cancel() {
    resetGuard('');
    onClose(null);
  }

  return (
    <EditForm
      id={assumedRenewalFormId(cycleIndex)}
      className="renewal-form"
      onSubmit={submit}
      noValidate
      aria-label={assumedRenewalForm.name(cycle)}
      actions={
        <div className="actions">
          <WriteButton type="submit">{assumedRenewalForm.save}</WriteButton>
          <button type="button" className="secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      }
    >
      <Field
        label={assumedRenewalForm.label(cycle)}
        hint={days ? assumedRenewalForm.hint(cycle, days.from, days.to) : undefined}
        error={error}
      >
        <input
          type="date"
          value={date}
          min={days?.from}
          max={days?.to ?? today}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
    </EditForm>
  );
}
