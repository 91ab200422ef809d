import { useRef, useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { storageErrorText } from '../../components/storage-messages';
import { useStoredDraft } from '../../components/use-stored-draft';
import { StorageError } from '../../db/errors';
import { EXPORT_REMINDER_DAYS, setExportReminderDays } from '../../db/repositories/settings';
import { checkReminderDays } from './checks';
import { useStore } from '../../db/store-context';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';

/** Browser: after how many days without an export the reminder appears. */
export function ReminderDaysForm({ value }: { value: number }) {
  const store = useStore();
  // Follows the stored number (a restore, another window) unless the person has changed it.
  const {
    draft: text,
    setDraft: setText,
    markSaved,
    changedElsewhere,
    note,
    setNote,
  } = useStoredDraft(String(value));
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNote(null);
    const checked = checkReminderDays(text);
    if (!checked.ok) {
      setError(checked.error);
      // To the field, once its error is drawn, so it is read out with it.
      focusSoon(() => input.current);
      return;
    }
    setError(undefined);
    try {
      await setExportReminderDays(store, checked.value);
      // The number as stored ("030" is 30): what the form shows and starts from now.
      const saved = String(checked.value);
      setText(saved);
      markSaved(saved);
      setNote('Saved.');
    } catch (err) {
      setNote(err instanceof StorageError ? storageErrorText(err.code) : String(err));
    }
  }

  return (
    <form className="backup-block" onSubmit={submit} aria-labelledby="reminder-title" noValidate>
      <h3 id="reminder-title">Reminder</h3>
      <p>In a browser there are no automatic backups: Ascent reminds you to export one.</p>
      {changedElsewhere && <ChangedElsewhere subject="The reminder" />}
      <Field label="Remind me after this many days without an export" error={error}>
        <input
          ref={input}
          type="number"
          inputMode="numeric"
          min={EXPORT_REMINDER_DAYS.min}
          max={EXPORT_REMINDER_DAYS.max}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="secondary">
          Save reminder
        </button>
        {note && <span role="status">{note}</span>}
      </div>
    </form>
  );
}
