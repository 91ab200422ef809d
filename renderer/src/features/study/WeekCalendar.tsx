import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, type LocalDate } from '../../../../shared/dates';
import { weekStartOf, type Deadline } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import type { ClockChoice } from '../../db/repositories/settings';
import type { StudyBlockRow, StudyPlanRow } from '../../db/repositories/study-plans';
import type { StudySessionRow } from '../../db/repositories/study-log';
import type { WeekStart } from '../../../../shared/domain/study';
import { useStore } from '../../db/store-context';
import { updateBlock } from '../../db/repositories/study-plans';
import { restoreBlock } from '../../db/repositories/study-block-remove';
import { missedBlocks } from '../../../../shared/domain/study/missed';
import { firstField, focusSoon } from '../../components/focus-soon';
import { useFormBackAfterUndo } from '../../components/form-back-after-undo';
import { UndoRefused, type useUndo } from '../../components/undo';
import { BlockDialog, type BlockDraft, type SavedBlock } from './BlockDialog';
import {
  planChangedText,
  planGoneText,
  removedBlockText,
  removedWithChangesText,
} from './block-removal-words';
import { blockErrorText } from './messages';
import { useWallClock } from './use-wall-clock';
import { WeekDay } from './WeekDay';
import { useReadOnly } from '../../components/read-only';

export interface WeekCalendarProps {
  today: LocalDate;
  weekStart: WeekStart;
  clock: ClockChoice;
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
  deadlines: Deadline[];
  /** The app's Undo (useUndo): a removed block is offered back. Absent, it is not (tests). */
  offerUndo?: ReturnType<typeof useUndo>;
}

/**
 * The blocks the week shows: every block of an active plan; an archived plan's only before
 * today, kept as the record of what was planned (its later ones are no longer planned, and the
 * calendar export cancels them: exportBlocks in calendar-export.ts).
 */
export function shownBlocks<B extends StudyBlockRow>(
  plans: readonly StudyPlanRow[],
  blocks: readonly B[],
  today: LocalDate,
): B[] {
  const archived = new Set(plans.filter((p) => p.status === 'archived').map((p) => p.id));
  return blocks.filter((b) => !archived.has(b.planId) || b.date < today);
}

/** Where focus goes once the blocks on screen show a change: the block, found by its id. */
interface FocusTarget {
  id: string;
  date: LocalDate;
  start: string;
}

/**
 * What the week last said, for screen readers (role="status"). A refusal (`refused`: a block
 * not moved) is shown too, on the line kept for it above the days, until the next move or a
 * change of week says something else or the focus moves on.
 */
interface WeekNote {
  text: string;
  refused: boolean;
}

/** The week's button for the block `id` (found by its data attribute, no selector to escape). */
function blockButton(root: ParentNode | null | undefined, id: string): HTMLElement | null {
  const all = root?.querySelectorAll<HTMLElement>('[data-block-id]') ?? [];
  return [...all].find((b) => b.dataset.blockId === id) ?? null;
}

/**
 * Where focus goes once the block `id` has left the week (removed): the next block of its
 * day, else the one before it, else the day's heading. Read before the block goes; the
 * finder waits until it has (focusSoon), as afterRemoval does for rows.
 */
function afterBlockGoes(grid: HTMLElement | null, id: string) {
  const button = blockButton(grid, id);
  const col = button?.closest<HTMLElement>('[data-day-col]');
  if (!grid || !button || !col) return { next: () => null, heading: () => null };
  const ids = [...col.querySelectorAll<HTMLElement>('[data-block-id]')].map(
    (b) => b.dataset.blockId ?? '',
  );
  const at = ids.indexOf(id);
  const near = [ids[at + 1], ids[at - 1]].filter((x): x is string => !!x);
  const heading = () => grid.querySelector(`[data-day-index="${col.dataset.dayCol}"]`);
  const next = () => {
    if (button.isConnected) return null;
    for (const other of near) {
      const el = blockButton(grid, other);
      if (el) return el;
    }
    return heading();
  };
  return { next, heading };
}

/** The index of the day column `el` is in (its heading or one of its blocks), if any. */
function dayIndexOf(el: HTMLElement): number | null {
  const col = el.closest<HTMLElement>('[data-day-col]');
  return col ? Number(col.dataset.dayCol) : null;
}

/**
 * One week on a grid (issue 7 part 2): planned blocks (shownBlocks), logged sessions and every
 * deadline.
 * Keyboard: arrows move between days (from a day's heading or from a block), Page Up/Down
 * change the week, Home returns to this week; on a block, Enter opens it and Alt+arrow moves
 * it a day. After a move, and after the block's dialog closes, focus stays on the block: it
 * is found again by id once the re-drawn week shows it where it now is (review A13). A move
 * refused is said where it can be seen as well as heard. Left open past midnight, the week
 * follows today into a new week, unless another week was chosen. A block removed from its
 * dialog moves focus to the next block of its day (else the day's heading), with Undo; a block
 * that ended with no study logged for it says "Missed" (missedBlocks).
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const store = useStore();
  const readOnly = useReadOnly();
  const [anchor, setAnchor] = useState(() => weekStartOf(props.today, props.weekStart));
  // The day last shown as today: when the day changes (useToday, at midnight) and the week on
  // screen is still the one holding the day before, it moves on with today (a week chosen
  // with Previous or Next stays). Adjusted while rendering, so the old week is never drawn.
  const [shownToday, setShownToday] = useState(props.today);
  if (shownToday !== props.today) {
    setShownToday(props.today);
    if (weekStartOf(anchor, props.weekStart) === weekStartOf(shownToday, props.weekStart))
      setAnchor(props.today);
  }
  const [focusDay, setFocusDay] = useState(0);
  const [editing, setEditing] = useState<StudyBlockRow | null>(null);
  const [note, setNoteState] = useState<WeekNote>({ text: '', refused: false });
  /** Words for screen readers only: a move made, a week changed. */
  const setNote = (text: string) => setNoteState({ text, refused: false });
  /** A move refused: said, and shown on the week's note line. */
  const refuse = (text: string) => setNoteState({ text, refused: true });
  const gridRef = useRef<HTMLOListElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // A block removed while its dialog held changes: Undo opens the dialog again with them
  // (README, Decisions: a delete with an edit form open), also when pressed on another screen.
  const dialogBack = useFormBackAfterUndo<StudyBlockRow, BlockDraft>(
    'study-week',
    props.blocks,
    setEditing,
  );
  const focusTarget = useRef<FocusTarget | null>(null);
  const start = weekStartOf(anchor, props.weekStart);
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const planTitle = new Map(props.plans.map((p) => [p.id, p.title]));
  const blocks = shownBlocks(props.plans, props.blocks, props.today);
  // Missed: ended with no study logged for it (missedBlocks), judged at the clock's minute.
  // The plans: study a re-plan laid a day's blocks around is not theirs (loggedBeforeRelay).
  const now = useWallClock();
  const missed = missedBlocks(blocks, props.sessions, now, props.plans);

  // After every render: once the block to focus is on screen as changed, focus it. A move is
  // written first and shown a moment later, so until then the target waits.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const row = blocks.find((b) => b.id === target.id);
    if (row && (row.date !== target.date || row.start !== target.start)) return;
    focusTarget.current = null;
    if (!row) return;
    blockButton(gridRef.current, target.id)?.focus();
  });
  const showBlock = (target: FocusTarget) => {
    focusTarget.current = target;
    if (target.date < start || target.date > days[6]!) setAnchor(target.date);
  };

  const focusHeading = (i: number) =>
    requestAnimationFrame(() =>
      gridRef.current?.querySelector<HTMLElement>(`[data-day-index="${i}"]`)?.focus(),
    );
  function goWeek(delta: number | 'today') {
    setAnchor(delta === 'today' ? props.today : addDays(start, 7 * delta));
    setNote(delta === 'today' ? 'This week.' : delta < 0 ? 'Previous week.' : 'Next week.');
  }

  function onGridKey(e: KeyboardEvent) {
    const from = dayIndexOf(e.target as HTMLElement);
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      goWeek(e.key === 'PageUp' ? -1 : 1);
      focusHeading(focusDay);
    } else if (e.key === 'Home' && !e.altKey) {
      e.preventDefault();
      goWeek('today');
      focusHeading(focusDay);
    } else if (from !== null && !e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const next = from + (e.key === 'ArrowLeft' ? -1 : 1);
      if (next < 0 || next > 6) {
        goWeek(next < 0 ? -1 : 1);
        setFocusDay(next < 0 ? 6 : 0);
        focusHeading(next < 0 ? 6 : 0);
      } else {
        setFocusDay(next);
        focusHeading(next);
      }
    }
  }

  async function nudge(block: StudyBlockRow, delta: number) {
    if (readOnly) {
      return refuse(
        'Not moved: changes are switched off because your data was saved by a newer version of Ascent.',
      );
    }
    // A key pressed again before the last move is on screen moves on from where it went.
    const pending = focusTarget.current?.id === block.id ? focusTarget.current : null;
    const date = addDays(pending?.date ?? block.date, delta);
    const change = { date, start: block.start, minutes: block.minutes };
    const plan = props.plans.find((p) => p.id === block.planId);
    try {
      const r = await updateBlock(store, block.id, change, props.today);
      if (r.ok) showBlock({ id: block.id, date, start: block.start });
      // A refusal in the words of the block's dialog, with its plan: a day on or after the
      // exam names the exam's day (blockErrorText).
      if (r.ok) setNote(`Block moved to ${formatDate(date)}.`);
      else
        refuse(
          r.error === 'DAY_PASSED'
            ? `Not moved: ${formatDate(date)} has passed. A block can go on today or a later day.`
            : `Not moved. ${blockErrorText(r.error, plan, props.today)}`,
        );
    } catch {
      refuse('The block could not be moved. Try again.');
    }
  }

  /** Focus moved on from where a move was refused: the refusal is no longer shown or said. */
  function clearRefusal() {
    if (note.refused) setNote('');
  }

  function closeDialog(block: StudyBlockRow, saved?: SavedBlock) {
    setEditing(null);
    showBlock({
      id: block.id,
      date: saved?.date ?? block.date,
      start: saved?.start ?? block.start,
    });
  }

  /**
   * The dialog removed `block` (removeBlock), leaving its plan as `left`: focus goes on to the
   * next block of its day (the one before for the last, else the day's heading), and Undo puts
   * it back and focuses it, unless its plan is gone or changed since (restoreBlock). When the
   * dialog held changes, the notice says they went with it, and Undo opens the dialog again
   * with them, focus in its first field.
   */
  function blockRemoved(block: StudyBlockRow, left: string) {
    const pressed = document.activeElement;
    const after = afterBlockGoes(gridRef.current, block.id);
    const typed = dialogBack.leave(editing, block.id);
    setEditing(null);
    focusSoon(after.next, after.heading, pressed);
    const title = planTitle.get(block.planId);
    const said = removedBlockText(title, block, props.clock);
    props.offerUndo?.(
      typed ? `${said}${removedWithChangesText}` : said,
      async () => {
        const back = await restoreBlock(store, block, props.today, left);
        if (back === 'PLAN_GONE') throw new UndoRefused(planGoneText(title));
        if (back === 'PLAN_CHANGED') throw new UndoRefused(planChangedText(title));
        // Back in view: the week it is on, if another week is shown now.
        const week = (day: LocalDate) => weekStartOf(day, props.weekStart);
        setAnchor((a) => (week(a) === week(block.date) ? a : block.date));
        if (typed) dialogBack.reopen(typed);
      },
      {
        focus: () =>
          typed
            ? firstField(sectionRef.current?.querySelector('dialog[open]'))
            : blockButton(gridRef.current, block.id),
      },
    );
  }

  return (
    <section className="card study-week" aria-labelledby="week-title" ref={sectionRef}>
      <div className="study-week-bar">
        <h2 id="week-title">Week of {formatDate(start)}</h2>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => goWeek(-1)}>
            Previous week
          </button>
          <button type="button" className="secondary" onClick={() => goWeek('today')}>
            This week
          </button>
          <button type="button" className="secondary" onClick={() => goWeek(1)}>
            Next week
          </button>
        </div>
      </div>
      <p className="hint" id="week-keys">
        Keys: ← and → move between days (from a day or a block), Page Up and Page Down change the
        week, Home returns to this week. On a block, Enter opens it and Alt + ← or Alt + → moves it
        a day (to today or later).
      </p>
      {/* The line a refused move is shown on, kept when empty (a no-break space) so that the
          days do not jump down when it appears. The words inside are what is announced: a
          refusal as shown, other notes for screen readers only. */}
      <p className="error">
        <span role="status">
          {note.refused ? note.text : <span className="visually-hidden">{note.text}</span>}
        </span>
        {!note.refused && <span aria-hidden="true">{'\u00a0'}</span>}
      </p>
      {/* The frame is what the grid measures itself against (study.css): seven columns only
          where each is wide enough to read, the days in rows otherwise. */}
      <div className="study-days-frame">
        <ol
          className="study-days"
          ref={gridRef}
          onKeyDown={onGridKey}
          onBlur={clearRefusal}
          aria-describedby="week-keys"
        >
          {days.map((day, i) => (
            <WeekDay
              key={day}
              day={day}
              index={i}
              focusable={i === focusDay}
              today={props.today}
              clock={props.clock}
              blocks={blocks.filter((b) => b.date === day)}
              sessions={props.sessions.filter((s) => s.date === day)}
              deadlines={props.deadlines.filter((d) => d.date === day)}
              planTitle={planTitle}
              missed={missed}
              onFocusDay={() => setFocusDay(i)}
              onOpen={setEditing}
              onNudge={nudge}
            />
          ))}
        </ol>
      </div>
      {editing && (
        <BlockDialog
          block={editing}
          today={props.today}
          plan={props.plans.find((p) => p.id === editing.planId)}
          clock={props.clock}
          onClose={(saved) => closeDialog(editing, saved)}
          onRemoved={blockRemoved}
          typed={dialogBack.initialFor(editing)}
          onDraft={dialogBack.onDraft}
        />
      )}
    </section>
  );
}
