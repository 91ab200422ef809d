import { useEffect, useRef, useState, type FormEvent, type SyntheticEvent } from 'react';
import { addDays, type LocalDate } from '../../../../shared/dates';
import { checkBlockChange, sameBlockPlace } from '../../../../shared/domain/study';
import { closeFormText, DiscardChanges } from '../../components/DiscardDialog';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { useTypedDraft } from '../../components/form-back-after-undo';
import type { ClockChoice } from '../../db/repositories/settings';
import { useStore } from '../../db/store-context';
import {
  updateBlock,
  type StudyBlockRow,
  type StudyPlanRow,
} from '../../db/repositories/study-plans';
import { useFormClose, type FormCloser } from '../credentials/use-form-close';
import { saveFailureText } from '../experience/messages';
import { blockErrorText, blockTimesText, shortDayText } from './messages';
import { EditForm, WriteButton } from '../../components/read-only';
import { removeBlock } from '../../db/repositories/study-block-remove';
import { removeBlockErrors } from './block-removal-words';

/** Where a saved block now is, so the week can put focus back on it. */
export interface SavedBlock {
  date: LocalDate;
  start: string;
}

/** What the dialog holds: the block's day, start time and length, as typed. */
export interface BlockDraft {
  date: string;
  start: string;
  minutes: string;
}

/** The dialog's draft for `block` as stored. */
const storedDraft = (block: StudyBlockRow): BlockDraft => ({
  date: block.date,
  start: block.start,
  minutes: String(block.minutes),
});

interface Props {
  block: StudyBlockRow;
  /** Today: a block cannot be put on a day already gone (checkBlockChange). */
  today: LocalDate;
  /**
   * The block's plan: a block goes before its exam date (or goal target date), not on or after
   * it (checkBlockChange). Absent when the plan is not at hand (then only today is the limit).
   */
  plan?: Pick<StudyPlanRow, 'deadline' | 'target'> &
    Partial<Pick<StudyPlanRow, 'blackouts' | 'title'>>;
  /** The user's clock (Settings), for the times in the heading; 24-hour when absent. */
  clock?: ClockChoice;
  /**
   * Called with the saved day and time after a save; without them on Cancel or Escape (after
   * "Discard your changes?" when something was changed). The week then puts focus back on the
   * block the dialog was opened from.
   */
  onClose: (saved?: SavedBlock) => void;
  /**
   * Called with the block as it was once "Remove block" has removed it (the dialog is done),
   * and its plan as the removal left it (removeBlock's `left`, for Undo); the week moves the
   * focus on and offers Undo. Without it the dialog offers no removal.
   */
  onRemoved?: (removed: StudyBlockRow, left: string) => void;
  /**
   * What the dialog opens with instead of the block as stored: what was typed in it when the
   * block was removed, brought back by the removal's Undo (it then holds changes from the
   * start: Cancel, Escape and leaving ask first).
   */
  typed?: BlockDraft;
  /** Hears what the dialog holds and whether it differs from the block as stored. */
  onDraft?: (draft: BlockDraft, changed: boolean) => void;
}

/**
 * The dialog's heading, and so its name: which block, as it was when opened ("Move or change:
 * PMP study, Tue 8 Dec, 19:00–20:00"). The times are read "19:00 to 20:00": a dash between
 * them is not read out by every screen reader.
 */
function BlockTitle({
  block,
  planTitle,
  clock,
}: {
  block: StudyBlockRow;
  planTitle: string | undefined;
  clock: ClockChoice;
}) {
  const [from, to] = blockTimesText(block.start, block.minutes, clock);
  return (
    <h2 id="block-title">
      Move or change: {planTitle || 'a study block'}, {shortDayText(block.date)},{' '}
      <span aria-hidden="true">
        {from}–{to}
      </span>
      <span className="visually-hidden">
        {from} to {to}
      </span>
    </h2>
  );
}

/**
 * Move or edit one study block: day, start time and length (a native modal dialog), or remove
 * it ("Remove block", with Undo offered by the week). While it holds changes, leaving the screen
 * or closing the window asks first (the app-wide guard), and so do Cancel and Escape, as in the
 * app's other forms (useFormClose): closed at once when nothing was changed, else after "Discard
 * your changes?" ("Keep editing" puts focus back where it was). A day already gone is refused
 * with a message, and the dialog stays open with what was typed.
 */
export function BlockDialog(props: Props) {
  const { block, today, plan, clock = '24h', onClose, onRemoved } = props;
  const store = useStore();
  const ref = useRef<HTMLDialogElement>(null);
  const [opened] = useState(() => props.typed ?? storedDraft(block));
  const [date, setDate] = useState(opened.date);
  const [start, setStart] = useState(opened.start);
  const [minutes, setMinutes] = useState(opened.minutes);
  const [error, setError] = useState<string | null>(null);
  // A save in flight: a second press of Save block (a double click, Enter pressed twice) is
  // ignored until it answers. Else it would find the block as the first press left it, not as
  // the dialog was opened on, and say it was "changed in another window".
  const saving = useRef(false);
  const draft: BlockDraft = { date, start, minutes };
  // Changed: differs from the block as stored. Unmounting (save, Cancel, Escape, removal)
  // drops the guard with the dialog.
  const unchanged = useTypedDraft(draft, storedDraft(block), props.onDraft);
  const closer = useRef<FormCloser>(null);
  const { askingFrom, setAskingFrom, onKeyDown } = useFormClose(draft, {
    closeOnEscape: true,
    closeRef: closer,
    onDone: () => onClose(),
    unchanged,
  });

  /**
   * A close request that did not come through onKeyDown (Escape whose keydown was not stopped,
   * a platform's back gesture): the dialog stays while the question is asked.
   */
  function onCancel(e: SyntheticEvent<HTMLDialogElement>) {
    e.preventDefault();
    closer.current?.requestClose(document.activeElement);
  }

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving.current) return;
    const change = { date, start, minutes: Number(minutes) };
    // Checked here first, so that the words can name the plan's exam day; updateBlock checks
    // all of it again, the deadline included, when it writes.
    const refused = checkBlockChange(change, today, plan?.deadline, plan?.blackouts);
    if (refused) return setError(blockErrorText(refused, plan, today));
    // Nothing changed: nothing to write. Saving it would mark the block as moved by the user,
    // and the next re-plan would leave it where it is (replan.ts).
    if (sameBlockPlace(change, block)) return onClose({ date, start });
    saving.current = true;
    let saved = false;
    try {
      // The block as the dialog was opened on: a move made meanwhile elsewhere is not undone.
      const r = await updateBlock(store, block.id, change, today, block);
      saved = r.ok;
      if (r.ok) onClose({ date, start });
      else setError(blockErrorText(r.error, plan, today));
    } catch (err) {
      setError(saveFailureText(err));
    } finally {
      // Saved, the dialog is closing: a press meanwhile stays ignored.
      if (!saved) saving.current = false;
    }
  }

  /**
   * "Remove block": the block as the dialog was opened on goes at once, as every delete in
   * Ascent does (README, Decisions: a delete with an edit form open). Nothing asks first, even
   * with changes typed: they go with the dialog, the week's notice says so, and its Undo puts
   * the block back and opens this dialog again with them (onDraft, `typed`). Refused with
   * words, nothing removed, for a day already gone or a block moved elsewhere meanwhile.
   * Ignored while a save or removal is in flight, as a second Save block is.
   */
  async function remove() {
    if (saving.current || !onRemoved) return;
    saving.current = true;
    let removed = false;
    try {
      const r = await removeBlock(store, block.id, today, block);
      removed = r.ok;
      if (r.ok) onRemoved(r.removed, r.left);
      else setError(removeBlockErrors[r.error]);
    } catch (err) {
      setError(saveFailureText(err));
    } finally {
      if (!removed) saving.current = false;
    }
  }

  // The last day a block may go on: the day before the plan's deadline. Once the exam (or
  // target) day has come, no day is left: the hint says so, in the words a save would show,
  // and the field has no upper limit (it would fall before its lower one, today).
  const lastDay = plan ? addDays(plan.deadline, -1) : undefined;
  const noDayLeft = lastDay !== undefined && lastDay < today;
  const dayHint = noDayLeft
    ? blockErrorText('AFTER_DEADLINE', plan, today)
    : lastDay
      ? `Today or a later day, until ${formatDate(lastDay)}.`
      : 'Today or a later day.';

  // Escape is stopped at its keydown (onKeyDown), so the browser's own close never runs on a
  // changed block; onClose stays for a close the page could not refuse.
  return (
    <>
      <dialog
        ref={ref}
        className="dialog"
        aria-labelledby="block-title"
        onKeyDown={onKeyDown}
        onCancel={onCancel}
        onClose={() => onClose()}
      >
        <EditForm
          onSubmit={submit}
          noValidate
          actions={
            <div className="actions">
              <WriteButton type="submit">Save block</WriteButton>
              <button
                type="button"
                className="secondary"
                onClick={(e) => closer.current?.requestClose(e.currentTarget)}
              >
                Cancel
              </button>
              {onRemoved && (
                <WriteButton type="button" className="link-button" onClick={remove}>
                  Remove block
                </WriteButton>
              )}
            </div>
          }
        >
          <BlockTitle block={block} planTitle={plan?.title} clock={clock} />
          {error && (
            <p className="form-summary" role="alert">
              {error}
            </p>
          )}
          <Field label="Day" hint={dayHint}>
            <input
              type="date"
              value={date}
              min={today}
              max={noDayLeft ? undefined : lastDay}
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
      {/* Outside the block's dialog: Escape in the question is "Keep editing", not the block's. */}
      {askingFrom && (
        <DiscardChanges
          text={closeFormText}
          returnTo={askingFrom}
          onKeep={() => setAskingFrom(null)}
          onDiscard={() => onClose()}
        />
      )}
    </>
  );
}
