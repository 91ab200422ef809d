import type { KeyboardEvent } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import type { Deadline } from '../../../../shared/domain/study';
import { calendarDate } from '../../../../shared/dates';
import type { ClockChoice } from '../../db/repositories/settings';
import type { StudyBlockRow } from '../../db/repositories/study-plans';
import type { StudySessionRow } from '../../db/repositories/study-log';
import { deadlineTitle, minutesText, timeText } from './messages';
import { MISSED_TEXT } from './missed-words';

interface Props {
  day: LocalDate;
  index: number;
  focusable: boolean;
  today: LocalDate;
  clock: ClockChoice;
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
  deadlines: Deadline[];
  planTitle: Map<string, string>;
  /** The ids of the blocks missed by now (missedBlocks): each says so in words. */
  missed: ReadonlySet<string>;
  onFocusDay: () => void;
  onOpen: (block: StudyBlockRow) => void;
  onNudge: (block: StudyBlockRow, delta: number) => void;
}

const dayLabel = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
/** "Wed 18 Nov": what a column too narrow for the whole date shows (study.css). */
const shortDayLabel = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/**
 * One column of the week: its heading (a keyboard stop) and everything on that day. Blocks
 * carry their id so the week can focus one again after it moved (WeekCalendar).
 */
export function WeekDay(p: Props) {
  const date = calendarDate(p.day);
  const label = dayLabel.format(date);
  const isToday = p.day === p.today;
  function blockKey(e: KeyboardEvent, block: StudyBlockRow) {
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      e.stopPropagation();
      p.onNudge(block, e.key === 'ArrowLeft' ? -1 : 1);
    }
  }
  const empty = p.blocks.length + p.sessions.length + p.deadlines.length === 0;
  return (
    <li
      className={isToday ? 'study-day today' : 'study-day'}
      aria-current={isToday ? 'date' : undefined}
      data-day-col={p.index}
    >
      <h3
        tabIndex={p.focusable ? 0 : -1}
        data-day-index={p.index}
        onFocus={p.onFocusDay}
        className="study-day-heading"
      >
        {/* The whole date is always the heading's name; what shows depends on the column's
            width (study.css), so a short one never leaves a screen reader guessing. */}
        <span className="visually-hidden">{label}</span>
        <span className="study-day-long" aria-hidden="true">
          {label}
        </span>
        <span className="study-day-short" aria-hidden="true">
          {shortDayLabel.format(date)}
        </span>
        {isToday && <span className="visually-hidden"> (today)</span>}
      </h3>
      <ul className="study-items">
        {p.deadlines.map((d) => (
          <li key={d.id} className="study-deadline">
            <span aria-hidden="true">⚑ </span>
            {deadlineTitle(d)}
          </li>
        ))}
        {p.blocks.map((b) => {
          const missed = p.missed.has(b.id);
          return (
            <li key={b.id}>
              <button
                type="button"
                className={missed ? 'study-block missed' : 'study-block'}
                data-block-id={b.id}
                onClick={() => p.onOpen(b)}
                onKeyDown={(e) => blockKey(e, b)}
              >
                {timeText(b.start, p.clock)} · {minutesText(b.minutes)} ·{' '}
                {p.planTitle.get(b.planId) ?? 'Study'}
                {b.edited && <span className="visually-hidden"> (moved by you)</span>}
                {/* In words, seen and read as part of the block's name, not by colour alone. */}
                {missed && <span className="study-block-missed"> · {MISSED_TEXT}</span>}
              </button>
            </li>
          );
        })}
        {p.sessions.map((s) => (
          <li key={s.id} className="study-done">
            <span aria-hidden="true">✓ </span>Studied {minutesText(s.minutes)}
            {s.topic ? `: ${s.topic}` : ''}
          </li>
        ))}
        {empty && <li className="muted">Nothing planned.</li>}
      </ul>
    </li>
  );
}
