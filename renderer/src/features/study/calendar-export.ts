/**
 * What Study › "Export calendar (.ics)" writes (issue 7 part 5): study blocks from today on,
 * every deadline from today on with its alarms at the reminder lead the user chose in Settings,
 * none before today (alarmDaysFor), and a cancellation for each remembered block no longer
 * planned.
 */
import type { LocalDate } from '../../../../shared/dates';
import {
  calendarItems,
  type CalendarItem,
  type Deadline,
  type DroppedBlock,
  type ExportBlock,
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
