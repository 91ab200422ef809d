import { useState } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import { cancelledBlocks, type Deadline } from '../../../../shared/domain/study';
import { usePlatform } from '../../platform';
import { useStore } from '../../db/store-context';
import { listDropped } from '../../db/repositories/study-dropped';
import type { StudyBlockRow, StudyPlanRow } from '../../db/repositories/study-plans';
import { exportItems } from './calendar-export';
import { icsText } from './ics';

interface Props {
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  deadlines: Deadline[];
  today: LocalDate;
  /** Settings › "Remind me of deadlines this many days ahead": the deadlines' alarm lead. */
  reminderLeadDays: number;
}

/**
 * Exports study blocks from today on and every deadline as an .ics file, each deadline with
 * alarms at the reminder lead set in Settings, with a cancellation for each remembered block a
 * re-plan or a deleted plan took away (calendar-export.ts).
 */
export function CalendarExportButton({ plans, blocks, deadlines, today, reminderLeadDays }: Props) {
  const platform = usePlatform();
  const store = useStore();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  async function exportIcs() {
    try {
      const titles = new Map(plans.map((p) => [p.id, p.title]));
      const live = new Set(blocks.map((b) => b.id));
      const cancelled = cancelledBlocks(await listDropped(store), live, today);
      const items = exportItems({
        blocks,
        planTitles: titles,
        deadlines,
        cancelled,
        today,
        reminderLeadDays,
      });
      if (items.length === 0) {
        setNote({
          text: 'Nothing to export yet: no study blocks or deadlines ahead.',
          error: false,
        });
        return;
      }
      const outcome = await platform.saveFile({
        suggestedName: `ascent-study-${today}.ics`,
        mimeType: 'text/calendar;charset=utf-8',
        filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }],
        content: icsText(items),
      });
      if (outcome.saved)
        setNote({
          text: savedText(outcome.fileName, items.length, cancelled.length),
          error: false,
        });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      setNote({ text: `The calendar was not saved (${reason}). Try again.`, error: true });
    }
  }

  return (
    <div className="study-export">
      <button type="button" className="secondary" onClick={exportIcs}>
        Export calendar (.ics)
      </button>
      <span role="status" className={note?.error ? 'error' : 'muted'}>
        {note?.text ?? ''}
      </span>
    </div>
  );
}

/** Cancellations are counted apart: they take events out of the calendar rather than add them. */
function savedText(fileName: string, entries: number, cancelled: number): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (cancelled === 0)
    return `Saved ${fileName} (${plural(entries, 'calendar entry', 'calendar entries')}).`;
  const removed = plural(cancelled, 'removes a study block', 'remove study blocks');
  return `Saved ${fileName} (${plural(entries, 'calendar entry', 'calendar entries')}; ${removed} no longer planned).`;
}
