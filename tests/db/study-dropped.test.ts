import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deletePlan,
  listBlocks,
  replanPlan,
  restorePlan,
  savePlan,
} from '../../renderer/src/db/repositories/study-plans';
import { addSession } from '../../renderer/src/db/repositories/study-log';
import { DROPPED_ROW_ID, listDropped } from '../../renderer/src/db/repositories/study-dropped';
import { exportBackup, readBackupFile } from '../../renderer/src/db/backup';
import { restoreBackup } from '../../renderer/src/db/backup/restore';
import { icsText } from '../../renderer/src/features/study/ics';
import {
  blockUid,
  calendarItems,
  cancelledBlocks,
  type PlanDraft,
} from '../../shared/domain/study';
import { freshName } from './helpers';
import { rememberExportedDeadlines } from '../../renderer/src/db/repositories/study-exported-deadlines';

const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '100',
  start: '2026-11-02',
  deadline: '2027-01-25',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const labels = { study: (t: string) => (t ? `Study: ${t}` : 'Study'), deadline: () => 'Exam' };

const open: Store[] = [];
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-dropped'));
  open.push(store);
});
afterEach(async () => {
  vi.useRealTimers();
  for (const s of open.splice(0)) await s.db.delete();
});
function clockAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

interface Exported {
  uid: string;
  status: string | null;
  sequence: number;
  start: string;
}

/** Exports as the Export calendar button does, and reads the file back with ical.js. */
async function exportedEvents(from: Store, asOf: string): Promise<Map<string, Exported>> {
  const blocks = await listBlocks(from);
  const cancelled = cancelledBlocks(
    await listDropped(from),
    new Set(blocks.map((b) => b.id)),
    asOf,
  );
  const items = calendarItems(
    blocks.filter((b) => b.date >= asOf),
    new Map([['any', 'PMP exam']]),
    [],
    labels,
    cancelled,
  );
  const parsed = new ICAL.Component(ICAL.parse(icsText(items)));
  return new Map(
    parsed.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      const status = v.getFirstPropertyValue('status');
      const out = {
        uid: e.uid,
        status: typeof status === 'string' ? status : null,
        sequence: e.sequence,
        start: e.startDate.toString(),
      };
      return [e.uid, out] as const;
    }),
  );
}

/** A plan laid on 22 November, then 3000 minutes studied (half the hours) and a re-plan on the 23rd. */
async function planThenReplan() {
  clockAt('2026-11-22T09:00:00Z');
  const r = await savePlan(store, draft, week, '2026-11-22');
  if (!r.ok) throw new Error('not saved');
  const first = await exportedEvents(store, '2026-11-23');
  const before = await listBlocks(store);
  clockAt('2026-11-23T08:00:00Z');
  for (const date of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']) {
    const logged = await addSession(
      store,
      { planId: r.plan.id, date, minutes: 600, topic: '' },
      '2026-11-22',
    );
    if (!logged.ok) throw new Error('not logged');
  }
  return { plan: r.plan, first, before };
}

describe('blocks a re-plan drops', () => {
  it('are remembered in the re-plan’s own transaction, with their day, time and length', async () => {
    const { plan, before } = await planThenReplan();
    await replanPlan(store, plan.id, week, '2026-11-23');
    const live = new Set((await listBlocks(store)).map((b) => b.id));
    const gone = before.filter((b) => !live.has(b.id));
    expect(gone.length).toBeGreaterThan(0);
    const remembered = await listDropped(store);
    expect(remembered.map((b) => b.id).sort()).toEqual(gone.map((b) => b.id).sort());
    for (const b of gone)
      expect(remembered.find((d) => d.id === b.id)).toEqual({
        id: b.id,
        planId: plan.id,
        date: b.date,
        start: b.start,
        minutes: b.minutes,
        updatedAt: b.updatedAt,
        droppedAt: '2026-11-23T08:00:00.000Z',
      });
  });

  it('are neither removed nor remembered when remembering fails: one transaction', async () => {
    const { plan, before } = await planThenReplan();
    const settings = store.db.table('settings');
    const refuse = () => {
      throw new Error('disk full');
    };
    settings.hook('creating', refuse);
    await expect(replanPlan(store, plan.id, week, '2026-11-23')).rejects.toThrow();
    settings.hook('creating').unsubscribe(refuse);
    expect(await listBlocks(store)).toEqual(before);
    expect(await listDropped(store)).toEqual([]);
  });

  it('are exported as cancelled events with their UID and a higher SEQUENCE; kept ones are not', async () => {
    const { plan, first } = await planThenReplan();
    await replanPlan(store, plan.id, week, '2026-11-23');
    const second = await exportedEvents(store, '2026-11-23');
    const live = new Set((await listBlocks(store)).map((b) => blockUid(b.id)));
    const cancelled = [...second.values()].filter((e) => e.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    // Exactly the events of the first export whose block is gone.
    expect(cancelled.map((e) => e.uid).sort()).toEqual(
      [...first.keys()].filter((uid) => !live.has(uid)).sort(),
    );
    for (const e of cancelled) {
      expect(e.sequence).toBeGreaterThan(first.get(e.uid)!.sequence);
      expect(e.start).toBe(first.get(e.uid)!.start);
    }
    // A block that stayed, or took over a dropped block's id, is never cancelled.
    for (const uid of live) if (second.has(uid)) expect(second.get(uid)!.status).toBeNull();
  });

  it('stop being cancelled four weeks after their day', async () => {
    const { plan } = await planThenReplan();
    await replanPlan(store, plan.id, week, '2026-11-23');
    const last = (await listDropped(store))
      .map((b) => b.date)
      .sort()
      .at(-1)!;
    const [y, m, d] = last.split('-').map(Number) as [number, number, number];
    const day = (n: number) => new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
    const cancelledOn = async (asOf: string) =>
      [...(await exportedEvents(store, asOf)).values()].filter((e) => e.status === 'CANCELLED');
    expect((await cancelledOn(day(28))).length).toBeGreaterThan(0);
    expect(await cancelledOn(day(29))).toEqual([]);
  });
});

describe('a deleted plan', () => {
  it('cancels its coming blocks in the next export, and Undo brings them back above the cancellation', async () => {
    clockAt('2026-11-22T09:00:00Z');
    const r = await savePlan(store, draft, week, '2026-11-22');
    if (!r.ok) throw new Error('not saved');
    const blocks = await listBlocks(store);
    const coming = blocks.filter((b) => b.date >= '2026-11-23');
    clockAt('2026-11-23T08:00:00Z');
    const deleted = await deletePlan(store, r.plan.id, '2026-11-23');
    // Earlier blocks stay in calendars as the record of what was planned.
    expect((await listDropped(store)).map((b) => b.id).sort()).toEqual(
      coming.map((b) => b.id).sort(),
    );
    const afterDelete = await exportedEvents(store, '2026-11-23');
    expect(afterDelete.size).toBe(coming.length);
    for (const e of afterDelete.values()) expect(e.status).toBe('CANCELLED');
    // That export saved: the calendar has seen the cancellations (cancellationExported).
    await rememberExportedDeadlines(store, [], new Date().toISOString());

    clockAt('2026-11-23T08:05:00Z');
    await restorePlan(store, deleted!);
    expect(await listDropped(store)).toEqual([]);
    const afterUndo = await exportedEvents(store, '2026-11-23');
    expect(afterUndo.size).toBe(coming.length);
    for (const e of afterUndo.values()) {
      expect(e.status).toBeNull();
      expect(e.sequence).toBeGreaterThan(afterDelete.get(e.uid)!.sequence);
    }
  });
});

describe('backups', () => {
  it('carry the remembered blocks, and one without them restores with nothing to cancel', async () => {
    const { plan } = await planThenReplan();
    const withNone = await exportBackup(store, { appVersion: '1', now: new Date() });
    await replanPlan(store, plan.id, week, '2026-11-23');
    const remembered = await listDropped(store);
    const withSome = await exportBackup(store, { appVersion: '1', now: new Date() });

    for (const [bytes, expected] of [
      [withSome.bytes, remembered],
      [withNone.bytes, []],
    ] as const) {
      const read = await readBackupFile(bytes);
      if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problems)}`);
      const target = await openStore(freshName('study-dropped-restore'));
      open.push(target);
      await restoreBackup(target, read.value);
      expect(await listDropped(target)).toEqual(expected);
    }
    expect(remembered.length).toBeGreaterThan(0);
    const row = await store.db.table('settings').get(DROPPED_ROW_ID);
    expect(row.blocks).toEqual(remembered);
  });
});
