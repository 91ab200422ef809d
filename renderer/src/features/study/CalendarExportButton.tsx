import { useState } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import { calendarItems, type Deadline } from '../../../../shared/domain/study';
import { usePlatform } from '../../platform';
import type { StudyBlockRow, StudyPlanRow } from '../../db/repositories/study-plans';
import { deadlineTitle } from './messages';
import { icsText } from './ics';

interface Props {
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  deadlines: Deadline[];
  today: LocalDate;
}

/** Exports study blocks from today on and every deadline as an .ics file. */
export function CalendarExportButton({ plans, blocks, deadlines, today }: Props) {
  const platform = usePlatform();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  async function exportIcs() {
    const titles = new Map(plans.map((p) => [p.id, p.title]));
    const items = calendarItems(
      blocks.filter((b) => b.date >= today),
      titles,
      deadlines.filter((d) => d.date >= today),
      { study: (t) => (t ? `Study: ${t}` : 'Study'), deadline: deadlineTitle },
    );
    if (items.length === 0) {
      setNote({ text: 'Nothing to export yet: no study blocks or deadlines ahead.', error: false });
      return;
    }
    try {
      const outcome = await platform.saveFile({
        suggestedName: `ascent-study-${today}.ics`,
        mimeType: 'text/calendar;charset=utf-8',
        filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }],
        content: icsText(items),
      });
      if (outcome.saved)
        setNote({
          text: `Saved ${outcome.fileName} (${items.length} calendar entries).`,
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
