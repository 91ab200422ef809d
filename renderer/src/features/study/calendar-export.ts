/**
 * What Study › "Export calendar (.ics)" writes (issue 7 part 5): study blocks from today on,
 * every deadline from today on with its alarms at the reminder lead the user chose in Settings,
 * none before today (alarmDaysFor), a cancellation for each remembered block no longer
 * planned, and one for each deadline an earlier export wrote that has gone away since
 * (withDeadlineMemory).
 */
import type { LocalDate } from '../../../../shared/dates';
import {
  calendarItems,
  type CalendarItem,
  type Deadline,
  type DroppedBlock,
  type ExportBlock,
  type ExportedDeadline,
  withDeadlineMemory,
} from '../../../../shared/domain/study';
import { alarmText, calendarTitle } from './messages';

export interface CalendarExport {
  blocks: readonly ExportBlock[];
  planTitles: ReadonlyMap<string, string>;
  deadlines: readonly Deadline[];
  cancelled: readonly DroppedBlock[];
  today: LocalDate;
  /** Settings › "Remind me of deadlines this many days ahead". */
  reminderLeadDays: number;
}

export function exportItems(e: CalendarExport): CalendarItem[] {
  return calendarItems(
    e.blocks.filter((b) => b.date >= e.today),
    e.planTitles,
    e.deadlines.filter((d) => d.date >= e.today),
    { study: (t) => (t ? `Study: ${t}` : 'Study'), deadline: calendarTitle, alarm: alarmText },
    e.cancelled,
    e.reminderLeadDays,
    e.today,
  );
}

export interface CalendarFile {
  items: CalendarItem[];
  /** The deadline events to remember once the file is saved. */
  remember: ExportedDeadline[];
  cancelledBlocks: number;
  cancelledDeadlines: number;
}

/**
 * The whole file of an export at `now` (ISO, UTC), after earlier saved exports wrote the
 * deadline events `exported` (study-exported-deadlines.ts).
 */
export function calendarFile(
  e: CalendarExport,
  exported: readonly ExportedDeadline[],
  now: string,
): CalendarFile {
  const memory = withDeadlineMemory(exportItems(e), exported, e.today, now);
  return {
    items: memory.items,
    remember: memory.remember,
    cancelledBlocks: e.cancelled.length,
    cancelledDeadlines: memory.cancelled,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Cancellations are counted apart: they take events out of the calendar rather than add them. */
export function savedText(fileName: string, f: CalendarFile): string {
  const parts = [plural(f.items.length, 'calendar entry', 'calendar entries')];
  if (f.cancelledBlocks > 0)
    parts.push(
      `${plural(f.cancelledBlocks, 'removes a study block', 'remove study blocks')} no longer planned`,
    );
  if (f.cancelledDeadlines > 0)
    parts.push(
      `${plural(f.cancelledDeadlines, 'removes a deadline', 'remove deadlines')} no longer due`,
    );
  return `Saved ${fileName} (${parts.join('; ')}).`;
}
