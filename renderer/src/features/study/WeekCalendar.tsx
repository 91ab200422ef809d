import { useRef, useState, type KeyboardEvent } from 'react';
import { addDays, type LocalDate } from '../../../../shared/dates';
import { weekStartOf, type Deadline } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import type { ClockChoice } from '../../db/repositories/settings';
import type { StudyBlockRow, StudyPlanRow } from '../../db/repositories/study-plans';
import type { StudySessionRow } from '../../db/repositories/study-log';
import type { WeekStart } from '../../../../shared/domain/study';
import { useStore } from '../../db/store-context';
import { updateBlock } from '../../db/repositories/study-plans';
import { BlockDialog } from './BlockDialog';
import { WeekDay } from './WeekDay';

export interface WeekCalendarProps {
  today: LocalDate;
  weekStart: WeekStart;
  clock: ClockChoice;
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
  deadlines: Deadline[];
}

/**
 * One week on a grid (issue 7 part 2): planned blocks, logged sessions and every deadline.
 * Keyboard: arrows move between days, Page Up/Down change the week, Home returns to this
 * week; on a block, Enter opens it and Alt+arrow moves it a day.
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const store = useStore();
  const [anchor, setAnchor] = useState(() => weekStartOf(props.today, props.weekStart));
  const [focusDay, setFocusDay] = useState(0);
  const [editing, setEditing] = useState<StudyBlockRow | null>(null);
  const [note, setNote] = useState('');
  const gridRef = useRef<HTMLOListElement>(null);
  const start = weekStartOf(anchor, props.weekStart);
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const planTitle = new Map(props.plans.map((p) => [p.id, p.title]));

  const focusHeading = (i: number) =>
    requestAnimationFrame(() =>
      gridRef.current?.querySelector<HTMLElement>(`[data-day-index="${i}"]`)?.focus(),
    );
  function goWeek(delta: number | 'today') {
    setAnchor(delta === 'today' ? props.today : addDays(start, 7 * delta));
    setNote(delta === 'today' ? 'This week.' : delta < 0 ? 'Previous week.' : 'Next week.');
  }

  function onGridKey(e: KeyboardEvent) {
    const onHeading = (e.target as HTMLElement).dataset.dayIndex !== undefined;
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      goWeek(e.key === 'PageUp' ? -1 : 1);
      focusHeading(focusDay);
    } else if (e.key === 'Home' && !e.altKey) {
      e.preventDefault();
      goWeek('today');
      focusHeading(focusDay);
    } else if (onHeading && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const next = focusDay + (e.key === 'ArrowLeft' ? -1 : 1);
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
    const date = addDays(block.date, delta);
    const r = await updateBlock(store, block.id, {
      date,
      start: block.start,
      minutes: block.minutes,
    });
    setNote(r.ok ? `Block moved to ${formatDate(date)}.` : 'The block could not be moved.');
    if (r.ok && (date < start || date > days[6]!)) setAnchor(date);
  }

  return (
    <section className="card study-week" aria-labelledby="week-title">
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
        Keys: ← and → move between days, Page Up and Page Down change the week, Home returns to this
        week. On a block, Enter opens it and Alt + ← or Alt + → moves it a day.
      </p>
      <ol className="study-days" ref={gridRef} onKeyDown={onGridKey} aria-describedby="week-keys">
        {days.map((day, i) => (
          <WeekDay
            key={day}
            day={day}
            index={i}
            focusable={i === focusDay}
            today={props.today}
            clock={props.clock}
            blocks={props.blocks.filter((b) => b.date === day)}
            sessions={props.sessions.filter((s) => s.date === day)}
            deadlines={props.deadlines.filter((d) => d.date === day)}
            planTitle={planTitle}
            onFocusDay={() => setFocusDay(i)}
            onOpen={setEditing}
            onNudge={nudge}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {note}
      </p>
      {editing && <BlockDialog block={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
