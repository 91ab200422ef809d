/**
 * What Study › "Export calendar (.ics)" writes (issue 7 part 5): study blocks from today on,
 * every deadline from today on with its alarms at the reminder lead the user chose in Settings,
 * none before today (alarmDaysFor), a cancellation for each remembered block no longer
 * planned, and one for each deadline an earlier export wrote that has gone away since
 * (withDeadlineMemory). An archived plan's blocks from today on are no longer planned: not
 * written, and cancelled (exportBlocks).
 */
import { localDateOf, type LocalDate } from '../../../../shared/dates';
import {
  calendarItems,
  cancelledBlocks,
  type CalendarChanges,
  type CalendarItem,
  type Deadline,
  type DroppedBlock,
  type ExportBlock,
  type ExportedDeadline,
  type StudyPlan,
  withDeadlineMemory,
} from '../../../../shared/domain/study';
import { alarmText, calendarTitle } from './calendar-words';
import { formatDate, plural } from '../../components/format';

export interface CalendarExport {
  blocks: readonly ExportBlock[];
  planTitles: ReadonlyMap<string, string>;
  deadlines: readonly Deadline[];
  cancelled: readonly DroppedBlock[];
  today: LocalDate;
  /** Settings › "Remind me of deadlines this many days ahead". */
  reminderLeadDays: number;
}

/** A plan as the export reads it: its status, and when it last changed (the archive). */
export type ExportPlan = Pick<StudyPlan, 'id' | 'status'> & { updatedAt?: string };

/**
 * The blocks an export writes and the ones it cancels on `today`: every block of a plan still
 * active, and a cancellation for each block remembered as dropped (cancelledBlocks) and for
 * each block of an archived plan from today on. Archiving keeps the blocks (study-plans.ts,
 * setPlanStatus), so without this a calendar that imported them would keep them. The earlier
 * blocks of an archived plan stay, as the record of what was planned, as a deleted plan's do.
 * A cancellation is dated from the archive (the plan's `updatedAt`) and sequenced above the
 * block's last export (cancelSequence).
 */
export function exportBlocks<B extends ExportBlock>(
  plans: readonly ExportPlan[],
  blocks: readonly B[],
  dropped: readonly DroppedBlock[],
  today: LocalDate,
): { blocks: B[]; cancelled: DroppedBlock[] } {
  const archived = new Map(plans.filter((p) => p.status === 'archived').map((p) => [p.id, p]));
  const live = blocks.filter((b) => !archived.has(b.planId));
  const withdrawn: DroppedBlock[] = blocks
    .filter((b) => archived.has(b.planId) && b.date >= today)
    .map((b) => ({
      id: b.id,
      planId: b.planId,
      date: b.date,
      start: b.start,
      minutes: b.minutes,
      ...(b.updatedAt ? { updatedAt: b.updatedAt } : {}),
      droppedAt: archived.get(b.planId)?.updatedAt ?? '',
    }));
  const liveIds = new Set(live.map((b) => b.id));
  return { blocks: live, cancelled: cancelledBlocks([...dropped, ...withdrawn], liveIds, today) };
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

/** "a study block", "3 study blocks": what a file takes away, said as a phrase. */
const some = (n: number, one: string, many: string) => (n === 1 ? `a ${one}` : `${n} ${many}`);

/**
 * "Saved ascent-study-2026-12-06.ics (12 calendar entries; also removes 3 study blocks no
 * longer planned)". Cancellations are counted apart from the entries: they take events out of
 * the calendar rather than add them, so a file that only cancels is not said to hold calendar
 * entries: "Saved … (removes a study block no longer planned and 2 deadlines no longer due)".
 */
export function savedText(fileName: string, f: CalendarFile): string {
  const entries = f.items.filter((i) => !i.cancelled).length;
  const removals: string[] = [];
  if (f.cancelledBlocks > 0)
    removals.push(`${some(f.cancelledBlocks, 'study block', 'study blocks')} no longer planned`);
  if (f.cancelledDeadlines > 0)
    removals.push(`${some(f.cancelledDeadlines, 'deadline', 'deadlines')} no longer due`);
  const removes = removals.length > 0 ? `removes ${removals.join(' and ')}` : null;
  const added = entries > 0 ? plural(entries, 'calendar entry', 'calendar entries') : null;
  const said = added && removes ? `${added}; also ${removes}` : (added ?? removes);
  return said ? `Saved ${fileName} (${said}).` : `Saved ${fileName}.`;
}

/**
 * What the calendar app still shows wrongly since the last saved export (changedSinceExport),
 * said by the export button until the next export: "Your study plans changed after your last
 * calendar export (5 Dec 2026): 12 study blocks taken away and a study block added or moved.
 * Your calendar app shows them as they were until you export again."
 */
export function changedText(changes: CalendarChanges, lastExportAt: string): string {
  const parts: string[] = [];
  if (changes.removed > 0)
    parts.push(`${some(changes.removed, 'study block', 'study blocks')} taken away`);
  if (changes.changed > 0)
    parts.push(`${some(changes.changed, 'study block', 'study blocks')} added or moved`);
  const on = formatDate(localDateOf(new Date(lastExportAt)));
  return `Your study plans changed after your last calendar export (${on}): ${parts.join(' and ')}. Your calendar app shows them as they were until you export again.`;
}
