import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useStore } from '../../db/store-context';
import { updateBlock, type StudyBlockRow } from '../../db/repositories/study-plans';
import { saveFailureText } from '../experience/messages';
import { blockErrors } from './messages';
import { EditForm, WriteButton } from '../../components/read-only';

/** Where a saved block now is, so the week can put focus back on it. */
export interface SavedBlock {
  date: LocalDate;
  start: string;
}

interface Props {
  block: StudyBlockRow;
  /** Today: a block cannot be put on a day already gone (checkBlockChange). */
  today: LocalDate;
  /** Called with the saved day and time after a save; without them on Cancel or Escape. */
  onClose: (saved?: SavedBlock) => void;
}

/**
 * Move or edit one study block: day, start time and length (a native modal dialog). While it
 * holds changes, leaving the screen or closing the window asks first (the app-wide guard);
 * Cancel and Escape are the user's own choice to drop them. A day already gone is refused
 * with a message, and the dialog stays open with what was typed.
 */
export function BlockDialog({ block, today, onClose }: Props) {
  const store = useStore();
  const ref = useRef<HTMLDialogElement>(null);
  const [date, setDate] = useState(block.date);
  const [start, setStart] = useState(block.start);
  const [minutes, setMinutes] = useState(String(block.minutes));
  const [error, setError] = useState<string | null>(null);
  // Unmounting (save, Cancel, Escape) drops the guard with the dialog.
  useDraftGuard({ date, start, minutes });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await updateBlock(
        store,
        block.id,
        { date, start, minutes: Number(minutes) },
        today,
      );
      if (r.ok) onClose({ date, start });
      else setError(blockErrors[r.error] ?? r.error);
    } catch (err) {
      setError(saveFailureText(err));
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="block-title" onClose={() => onClose()}>
      <EditForm
        onSubmit={submit}
        noValidate
        actions={
          <div className="actions">
            <WriteButton type="submit">Save block</WriteButton>
            <button type="button" className="secondary" onClick={() => onClose()}>
              Cancel
            </button>
          </div>
        }
      >
        <h2 id="block-title">Move or change this study block</h2>
        {error && (
          <p className="form-summary" role="alert">
            {error}
          </p>
        )}
        <Field label="Day" hint="Today or a later day.">
          <input
            type="date"
            value={date}
            min={today}
            onChange={(e) => setDate(e.target.value)}
            autoFocus
          />
        </Field>
        <Field label="Start time">
          <input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="Length (minutes)" hint="15-minute steps.">
          <input
            type="number"
            min={15}
            step={15}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </Field>
      </EditForm>
    </dialog>
  );
}
