/**
 * The deadline events the last calendar export wrote, remembered so the next export cancels
 * those that have gone away since (shared/domain/study/deadline-cancel.ts).
 *
 * Kept as one row of the settings table, like the dropped study blocks (study-dropped.ts): no
 * schema version for a small list. Like the settings it is not one of the user's records: not
 * counted as data to lose, written to backups and restored with the rest; the backup's
 * settings check accepts any row with an id, and a backup without it restores with nothing to
 * cancel. Written only once the calendar file is saved (a save dialog closed without saving
 * changes nothing), and replaced whole by each export: what to keep is the domain's rule
 * (withDeadlineMemory forgets a deadline once its day has passed).
 *
 * Each entry also keeps its alarms as written (`alarmSignature`), so the next export raises the
 * SEQUENCE of an event whose alarms changed. Entries kept before that field existed, or restored
 * from a backup made then, have none: the domain takes the alarms as unknown and raises the
 * sequence once (liveDeadlineSequence). The field is optional in the row, so a backup's settings
 * row reads back the same either way.
 */
import { isLocalDate } from '../../../../shared/dates';
import type { ExportedDeadline } from '../../../../shared/domain/study';
import type { Store } from '../database';
import { writeTransaction } from './write';

export const EXPORTED_DEADLINES_ROW_ID = 'studyExportedDeadlines';

interface ExportedDeadlinesRow {
  id: string;
  deadlines: ExportedDeadline[];
  updatedAt: string;
}

const rows = (store: Store) => store.db.table<ExportedDeadlinesRow, string>('settings');

/** An entry as the repository writes it; anything else (a damaged or edited backup) is skipped. */
function isExported(v: unknown): v is ExportedDeadline {
  const d = v as Partial<ExportedDeadline> | null;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.uid === 'string' &&
    d.uid.length > 0 &&
    isLocalDate(d.date) &&
    typeof d.title === 'string' &&
    Number.isSafeInteger(d.sequence) &&
    (d.sequence ?? -1) >= 0 &&
    (d.cancelled === undefined || d.cancelled === true)
  );
}

/**
 * An entry's alarms that are not text (a damaged or edited backup) are dropped, not the entry:
 * without the entry its sequence could go down; without the alarms it is raised once.
 */
function withAlarmsKnownOrNot(d: ExportedDeadline): ExportedDeadline {
  if (d.alarmSignature === undefined || typeof d.alarmSignature === 'string') return d;
  const { alarmSignature: _damaged, ...rest } = d;
  return rest;
}

/** The deadline events the last saved export wrote (none before the first). */
export async function listExportedDeadlines(store: Store): Promise<ExportedDeadline[]> {
  const row = await rows(store).get(EXPORTED_DEADLINES_ROW_ID);
  return Array.isArray(row?.deadlines)
    ? row.deadlines.filter(isExported).map(withAlarmsKnownOrNot)
    : [];
}

/**
 * Replaces the record with `deadlines`, the deadline events of a calendar file just saved.
 * A read-only database (opened by a newer version of Ascent) keeps its record: nothing can
 * take a deadline away there, and the file was saved all the same.
 */
export async function rememberExportedDeadlines(
  store: Store,
  deadlines: readonly ExportedDeadline[],
  now: string,
): Promise<void> {
  if (store.mode === 'read-only') return;
  await writeTransaction(store, ['settings'], async () => {
    await rows(store).put({
      id: EXPORTED_DEADLINES_ROW_ID,
      deadlines: deadlines.map((d) => ({ ...d })),
      updatedAt: now,
    });
  });
}

/**
 * When the last calendar file was saved (ISO, UTC; null before the first, or in a row damaged
 * or restored without it): each saved export replaces the record, so its stamp is that export's.
 */
export async function lastCalendarExport(store: Store): Promise<string | null> {
  const row = await rows(store).get(EXPORTED_DEADLINES_ROW_ID);
  return typeof row?.updatedAt === 'string' && row.updatedAt !== '' ? row.updatedAt : null;
}
