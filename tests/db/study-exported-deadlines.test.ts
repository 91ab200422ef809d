import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  EXPORTED_DEADLINES_ROW_ID,
  listExportedDeadlines,
  rememberExportedDeadlines,
} from '../../renderer/src/db/repositories/study-exported-deadlines';
import { exportBackup, readBackupFile } from '../../renderer/src/db/backup';
import { restoreBackup } from '../../renderer/src/db/backup/restore';
import { calendarFile, savedText } from '../../renderer/src/features/study/calendar-export';
import { icsText } from '../../renderer/src/features/study/ics';
import {
  deadlineUid,
  sequenceOf,
  type Deadline,
  type ExportedDeadline,
} from '../../shared/domain/study';
import { freshName } from './helpers';

const open: Store[] = [];
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-exported-deadlines'));
  open.push(store);
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.db.delete();
});

const exam: Deadline = {
  id: 'exam:held-1',
  kind: 'exam',
  date: '2027-01-25',
  title: 'PMP',
  changedAt: '2026-11-20T08:00:00.000Z',
};
const goal: Deadline = {
  id: 'goal:g1',
  kind: 'goal',
  date: '2027-03-01',
  title: 'Read six books',
  changedAt: '2026-11-21T08:00:00.000Z',
};

/** Exports as the Export calendar button does, remembers what it wrote, reads the file back. */
async function exportAndSave(
  deadlines: Deadline[],
  today: string,
  now: string,
  reminderLeadDays = 14,
) {
  const file = calendarFile(
    { blocks: [], planTitles: new Map(), deadlines, cancelled: [], today, reminderLeadDays },
    await listExportedDeadlines(store),
    now,
  );
  const parsed = new ICAL.Component(ICAL.parse(icsText(file.items)));
  await rememberExportedDeadlines(store, file.remember, now);
  const events = parsed.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const status = v.getFirstPropertyValue('status');
    return {
      uid: e.uid,
      status: typeof status === 'string' ? status : null,
      sequence: e.sequence,
      start: e.startDate.toString(),
    };
  });
  /** Also what each event says: its title and its alarms' triggers. */
  const said = parsed.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const triggers = v.getAllSubcomponents('valarm').map((a) => a.getFirstProperty('trigger'));
    return {
      uid: e.uid,
      sequence: e.sequence,
      start: e.startDate.toString(),
      summary: e.summary,
      triggers: triggers.map((t) => String(t?.getFirstValue())),
    };
  });
  return { file, events, said };
}

describe('the deadline events an export wrote', () => {
  it('are remembered, and one gone by the next export is written cancelled with its UID and a higher SEQUENCE', async () => {
    const first = await exportAndSave([exam, goal], '2026-11-22', '2026-11-22T09:00:00.000Z');
    expect(first.events.map((e) => e.status)).toEqual([null, null]);
    expect((await listExportedDeadlines(store)).map((d) => d.uid)).toEqual([
      deadlineUid('exam:held-1'),
      deadlineUid('goal:g1'),
    ]);

    // The exam date was cleared: the exam is no longer a deadline.
    const second = await exportAndSave([goal], '2026-11-23', '2026-11-23T09:00:00.000Z');
    const before = first.events.find((e) => e.uid === deadlineUid('exam:held-1'))!;
    expect(second.events.find((e) => e.uid === before.uid)).toEqual({
      uid: before.uid,
      status: 'CANCELLED',
      sequence: sequenceOf('2026-11-23T09:00:00.000Z'),
      start: '2027-01-25',
    });
    expect(sequenceOf('2026-11-23T09:00:00.000Z')).toBeGreaterThan(before.sequence);
    expect(second.events.find((e) => e.uid === deadlineUid('goal:g1'))!.status).toBeNull();
    expect(savedText('cal.ics', second.file)).toBe(
      'Saved cal.ics (1 calendar entry; also removes a deadline no longer due).',
    );
  });

  it('are forgotten once their day has passed', async () => {
    await exportAndSave([exam], '2026-11-22', '2026-11-22T09:00:00.000Z');
    const after = await exportAndSave([], '2027-01-26', '2027-01-26T09:00:00.000Z');
    expect(after.events).toEqual([]);
    expect(await listExportedDeadlines(store)).toEqual([]);
  });

  it('skip an entry a damaged or edited backup changed, and keep the others', async () => {
    const good: ExportedDeadline = {
      uid: deadlineUid('goal:g1'),
      date: '2027-03-01',
      title: 'Read six books',
      sequence: 30_000_000,
      cancelled: true,
    };
    await store.db.table('settings').put({
      id: EXPORTED_DEADLINES_ROW_ID,
      deadlines: [
        good,
        { ...good, uid: '' },
        { ...good, date: '1 March 2027' },
        { ...good, sequence: -1 },
        { ...good, sequence: 1.5 },
        { ...good, title: 7 },
        { ...good, cancelled: 'yes' },
        { ...good, uid: 'damaged-alarms', alarmSignature: 7 },
        null,
        'text',
      ],
      updatedAt: '2026-11-22T09:00:00.000Z',
    });
    // Alarms that are not text are dropped, not the entry (it keeps its sequence floor).
    expect(await listExportedDeadlines(store)).toEqual([good, { ...good, uid: 'damaged-alarms' }]);
    await store.db.table('settings').put({ id: EXPORTED_DEADLINES_ROW_ID, deadlines: 'none' });
    expect(await listExportedDeadlines(store)).toEqual([]);
  });
});

// The reviewer's case: a PMP cycle ending 20 Jan 2027, exported on 5 Jan; not renewed, its
// deadline becomes the day to renew by, a year on. A goal's target reached by 25 Jan. The
// reminder lead went from 14 to 30 days. None of the records behind them changed, yet each
// event did: a calendar keeps the copy it has unless the SEQUENCE is higher (RFC 5545 §3.8.7.4).
describe('a deadline event that changed between exports, its record unchanged', () => {
  const cycle: Deadline = {
    id: 'cycle:h1',
    kind: 'cycle-end',
    date: '2027-01-20',
    title: 'PMP',
    changedAt: '2026-10-01T08:00:00.000Z',
  };
  const lapsed: Deadline = { ...cycle, date: '2028-01-20', renewBy: true };
  const reached: Deadline = { ...goal, met: true };

  it('is written with a higher SEQUENCE when its day, title or alarms moved', async () => {
    const first = await exportAndSave([cycle, goal], '2027-01-05', '2027-01-05T09:00:00.000Z');
    const second = await exportAndSave(
      [lapsed, reached],
      '2027-01-25',
      '2027-01-25T09:00:00.000Z',
      30,
    );
    const pair = (uid: string) => [first, second].map((x) => x.said.find((e) => e.uid === uid)!);

    const [c1, c2] = pair(deadlineUid('cycle:h1'));
    expect(c1!.start).toBe('2027-01-20');
    expect(c2!.start).toBe('2028-01-20');
    expect(c2!.summary).not.toBe(c1!.summary);
    expect(c2!.triggers).not.toEqual(c1!.triggers);
    expect(c2!.sequence).toBeGreaterThan(c1!.sequence);

    const [g1, g2] = pair(deadlineUid('goal:g1'));
    expect(g2!.start).toBe(g1!.start);
    expect(g1!.triggers).toHaveLength(1);
    expect(g2!.triggers).toEqual([]);
    expect(g2!.summary).not.toBe(g1!.summary);
    expect(g2!.sequence).toBeGreaterThan(g1!.sequence);

    // Exported again unchanged: the same events, at the same sequences.
    const third = await exportAndSave(
      [lapsed, reached],
      '2027-01-25',
      '2027-01-25T10:00:00.000Z',
      30,
    );
    expect(third.said).toEqual(second.said);
  });

  it('remembered by an older Ascent, without its alarms: raised once, then kept', async () => {
    // What the record held before alarms were remembered: the day, title and sequence only.
    const own = sequenceOf(cycle.changedAt);
    await store.db.table('settings').put({
      id: EXPORTED_DEADLINES_ROW_ID,
      deadlines: [
        {
          uid: deadlineUid('cycle:h1'),
          date: '2027-01-20',
          title: 'PMP cycle ends',
          sequence: own,
        },
      ],
      updatedAt: '2027-01-04T09:00:00.000Z',
    });
    // The lead changed since that export: the alarms differ, and nothing says so but the
    // sequence.
    const first = await exportAndSave([cycle], '2027-01-05', '2027-01-05T09:00:00.000Z', 10);
    expect(first.said[0]!.summary).toBe('PMP cycle ends');
    expect(first.said[0]!.sequence).toBe(own + 1);
    const again = await exportAndSave([cycle], '2027-01-05', '2027-01-05T10:00:00.000Z', 10);
    expect(again.said[0]!.sequence).toBe(own + 1);
  });
});

describe('backups', () => {
  it('carry the remembered deadlines, and one without them restores with nothing to cancel', async () => {
    const withNone = await exportBackup(store, { appVersion: '1', now: new Date() });
    await exportAndSave([exam, goal], '2026-11-22', '2026-11-22T09:00:00.000Z');
    const remembered = await listExportedDeadlines(store);
    const withSome = await exportBackup(store, { appVersion: '1', now: new Date() });

    for (const [bytes, expected] of [
      [withSome.bytes, remembered],
      [withNone.bytes, []],
    ] as const) {
      const read = await readBackupFile(bytes);
      if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
      const target = await openStore(freshName('study-exported-deadlines-restore'));
      open.push(target);
      await restoreBackup(target, read.value);
      expect(await listExportedDeadlines(target)).toEqual(expected);
    }
    expect(remembered).toHaveLength(2);
    const row = await store.db.table('settings').get(EXPORTED_DEADLINES_ROW_ID);
    expect(row.deadlines).toEqual(remembered);
  });
});
