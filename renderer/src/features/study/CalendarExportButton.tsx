import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate } from '../../../../shared/dates';
import {
  changedSinceExport,
  type Deadline,
  type DroppedBlock,
  type ExportedDeadline,
} from '../../../../shared/domain/study';
import { notSavedText } from '../../components/storage-messages';
import { usePlatform } from '../../platform';
import { useStore } from '../../db/store-context';
import { listDropped } from '../../db/repositories/study-dropped';
import {
  lastCalendarExport,
  rememberExportedDeadlines,
} from '../../db/repositories/study-exported-deadlines';
import { readCalendarExportSource } from '../../db/repositories/study-calendar-read';
import type { StudyBlockRow, StudyPlanRow } from '../../db/repositories/study-plans';
import { isSampleStore } from '../sample/sample-mode';
import { calendarFile, changedText, exportBlocks, savedText } from './calendar-export';
import { icsText } from './ics';

interface Props {
  /**
   * The plans and blocks on screen (live queries): only for the note saying the calendar has
   * changed since the last export. The export itself reads them at the moment it is pressed.
   */
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
 * re-plan or a deleted plan took away, for each block of an archived plan from today on, and for
 * each deadline an earlier saved export wrote that has gone away since (calendar-export.ts).
 * Once a file has been saved, it says when the study blocks have changed since (a plan
 * archived, deleted, re-planned, a block moved), as the calendar app keeps the old ones until
 * the next export (changedSinceExport).
 */
export function CalendarExportButton({ plans, blocks, deadlines, today, reminderLeadDays }: Props) {
  const platform = usePlatform();
  const store = useStore();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const memory = useLiveQuery(
    async () => ({ dropped: await listDropped(store), at: await lastCalendarExport(store) }),
    [store],
  );
  const changed = memory?.at ? changedNote(memory.at, memory.dropped) : null;
  function changedNote(at: string, dropped: DroppedBlock[]) {
    const written = exportBlocks(plans, blocks, dropped, today);
    const changes = changedSinceExport(written.blocks, written.cancelled, at, today);
    return changes ? changedText(changes, at) : null;
  }

  async function exportIcs() {
    // Emptied first, so the same words said again (the same export twice) are announced again.
    setNote(null);
    // Made-up events would stay in the person's calendar after leaving, with nothing left to
    // take them back out (what an export wrote is remembered in the sample database).
    if (isSampleStore(store)) {
      setNote({ text: SAMPLE_REFUSED, error: false });
      return;
    }
    try {
      // Read now, in one transaction, not taken from the screen's live queries: those answer
      // a moment after a write, and a plan archived just before would be written as active.
      const source = await readCalendarExportSource(store);
      const titles = new Map(source.plans.map((p) => [p.id, p.title]));
      const written = exportBlocks(source.plans, source.blocks, source.dropped, today);
      const now = new Date().toISOString();
      const file = calendarFile(
        {
          blocks: written.blocks,
          planTitles: titles,
          deadlines,
          cancelled: written.cancelled,
          today,
          reminderLeadDays,
        },
        source.exported,
        now,
      );
      if (file.items.length === 0) {
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
        content: icsText(file.items),
      });
      if (!outcome.saved) return;
      const saved = savedText(outcome.fileName, file);
      setNote({ text: saved, error: false });
      await remember(file.remember, now, saved);
    } catch (e) {
      setNote({ text: notSavedText('The calendar', e), error: true });
    }
  }

  /** Only a saved file is remembered: the next export cancels what it held that has gone. */
  async function remember(written: ExportedDeadline[], now: string, saved: string) {
    try {
      await rememberExportedDeadlines(store, written, now);
    } catch (e) {
      setNote({
        text: `${saved} But Ascent could not keep a note of the deadlines in it (${reasonOf(e)}), so one that goes away later may stay in your calendar. Export again to try once more.`,
        error: true,
      });
    }
  }

  return (
    <div className="study-export">
      <button
        type="button"
        className="secondary"
        onClick={exportIcs}
        aria-describedby={changed ? 'study-export-changed' : undefined}
      >
        Export calendar (.ics)
      </button>
      <span role="status" className={note?.error ? 'error' : 'muted'}>
        {note?.text ?? ''}
      </span>
      {changed && (
        <p className="hint" id="study-export-changed">
          {changed}
        </p>
      )}
    </div>
  );
}

const SAMPLE_REFUSED =
  'Nothing was exported: you are exploring sample data, and its made-up sessions and deadlines would stay in your calendar after you leave. Leave the sample data first, then export your own.';

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
