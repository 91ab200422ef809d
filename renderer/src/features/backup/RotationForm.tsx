import { useRef, useState, type FormEvent } from 'react';
import type { RotationPolicy } from '../../../../shared/ipc/contract';
import { Field } from '../../components/Field';
import { focusSoon } from '../../components/focus-soon';
import { storageErrorText } from '../../components/storage-messages';
import { useStoredDraft } from '../../components/use-stored-draft';
import { StorageError } from '../../db/errors';
import { setRotation } from '../../db/repositories/settings';
import { useStore } from '../../db/store-context';
import {
  checkRotation,
  rotationFields as fields,
  type RotationDraft,
  type RotationErrors,
} from './checks';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';

/** How many automatic backups the desktop keeps (main applies it after each write). */
export function RotationForm({ value }: { value: RotationPolicy }) {
  const store = useStore();
  // Follows the stored numbers (a restore, another window) unless the person has changed them.
  const { draft, setDraft, markSaved, changedElsewhere, note, setNote } =
    useStoredDraft<RotationDraft>({
      daily: String(value.daily),
      weekly: String(value.weekly),
      monthly: String(value.monthly),
    });
  const [errors, setErrors] = useState<RotationErrors>({});
  const inputs = useRef<Partial<Record<keyof RotationPolicy, HTMLInputElement | null>>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNote(null);
    const checked = checkRotation(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      // To the first number to fix, once its error is drawn, so it is read out with it.
      const first = fields.find((f) => checked.errors[f.key]);
      if (first) focusSoon(() => inputs.current[first.key]);
      return;
    }
    setErrors({});
    try {
      await setRotation(store, checked.value);
      // The numbers as stored ("07" is 7): what the form shows and starts from now.
      const saved = {
        daily: String(checked.value.daily),
        weekly: String(checked.value.weekly),
        monthly: String(checked.value.monthly),
      };
      setDraft(saved);
      markSaved(saved);
      setNote(
        'Saved. Older automatic backups beyond these numbers are removed at the next backup.',
      );
    } catch (err) {
      setNote(err instanceof StorageError ? storageErrorText(err.code) : String(err));
    }
  }

  return (
    <form className="backup-block" onSubmit={submit} aria-labelledby="rotation-title" noValidate>
      <h3 id="rotation-title">How many to keep</h3>
      {changedElsewhere && <ChangedElsewhere subject="These numbers" plural />}
      <div className="rotation-fields">
        {fields.map((f) => (
          <Field key={f.key} label={f.label} error={errors[f.key]}>
            <input
              ref={(el) => {
                inputs.current[f.key] = el;
              }}
              type="number"
              inputMode="numeric"
              min={f.min}
              max={f.max}
              value={draft[f.key]}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
            />
          </Field>
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="secondary">
          Save how many to keep
        </button>
        {note && <span role="status">{note}</span>}
      </div>
    </form>
  );
}
