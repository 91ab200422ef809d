// A finished study plan is archived rather than deleted (Study › "Archive plan"), so its blocks
// stay in the report's plan-against-actual history. Archiving, and making it active again (its
// Undo), is one write: the plan's status and `updatedAt`, nothing else; the blocks and sessions
// stay as they are. When it comes back, its blocks from today on are stamped again only if a
// calendar export saved since the archive cancelled them, so that calendar takes them back (a
// higher SEQUENCE); with no export between, they come back exactly as they were and the export
// button says nothing changed (cancellationExported). A plan that is gone is refused. The
// calendar export cancels an archived plan's blocks from today on (exportBlocks), as it does a
// deleted plan's, and writes them again once it is active.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { readCalendarExportSource } from '../../renderer/src/db/repositories/study-calendar-read';
import { rememberExportedDeadlines } from '../../renderer/src/db/repositories/study-exported-deadlines';
import { addSession, listSessions } from '../../renderer/src/db/repositories/study-log';
import {
  archivePlan,
  deletePlan,
  listBlocks,
  listPlans,
  savePlan,
  setPlanStatus,
  unarchivePlan,
} from '../../renderer/src/db/repositories/study-plans';
import { listDropped } from '../../renderer/src/db/repositories/study-dropped';
import { calendarFile, exportBlocks } from '../../renderer/src/features/study/calendar-export';
import { icsText } from '../../renderer/src/features/study/ics';
import { blockUid, changedSinceExport, type PlanDraft } from '../../shared/domain/study';
import { dumpTables, freshName } from './helpers';

const week = { mon: 2, tue: 2, wed: 2, thu: 2, fri: 2, sat: 0, sun: 0 };
const draft = (title: string): PlanDraft => ({
  title,
  target: 'exam:held-1',
  hoursNeeded: '40',
  start: '2026-11-16',
  deadline: '2027-01-25',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
});

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-plan-archive'));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});
function clockAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

/** A plan laid on 16 November (blocks from then on), with a session logged on the 17th. */
async function planWithHistory(title = 'PMP exam') {
  clockAt('2026-11-16T09:00:00Z');
  const r = await savePlan(store, draft(title), week, '2026-11-16');
  if (!r.ok) throw new Error('not saved');
  const s = await addSession(
    store,
    { planId: r.plan.id, date: '2026-11-17', minutes: 60, topic: 'Risk' },
    '2026-11-17',
  );
  if (!s.ok) throw new Error('not logged');
  return r.plan;
}

/** A calendar export saved now, as the export button records it; returns its stamp. */
async function exportNow(): Promise<string> {
  const at = new Date().toISOString();
  await rememberExportedDeadlines(store, [], at);
  return at;
}

/** What the export button says has changed since the export at `at` (null: nothing). */
async function changedSince(at: string, today: string) {
  const source = await readCalendarExportSource(store);
  const written = exportBlocks(source.plans, source.blocks, source.dropped, today);
  return changedSinceExport(written.blocks, written.cancelled, at, today);
}

describe('archivePlan', () => {
  it('sets the status and updatedAt in one transaction; blocks and sessions stay', async () => {
    const plan = await planWithHistory();
    const blocks = await listBlocks(store);
    const sessions = await listSessions(store);
    expect(blocks.length).toBeGreaterThan(0);
    clockAt('2026-12-01T10:00:00Z');
    const transaction = vi.spyOn(store.db, 'transaction');

    expect(await archivePlan(store, plan.id)).toBe(true);

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(await listPlans(store)).toEqual([
      { ...plan, status: 'archived', updatedAt: '2026-12-01T10:00:00.000Z' },
    ]);
    expect(await listBlocks(store)).toEqual(blocks);
    expect(await listSessions(store)).toEqual(sessions);
    // Nothing is remembered as dropped: the blocks are still there (the export cancels them).
    expect(await listDropped(store)).toEqual([]);
  });

  it('refuses a plan that is gone, and writes nothing', async () => {
    const plan = await planWithHistory();
    await deletePlan(store, plan.id, '2026-11-16');
    const before = await dumpTables(store.db);
    expect(await archivePlan(store, plan.id)).toBe(false);
    expect(await unarchivePlan(store, plan.id, '2026-12-01')).toBe(false);
    expect(await setPlanStatus(store, 'no-such-plan', 'archived')).toBe(false);
    expect(await dumpTables(store.db)).toEqual(before);
  });
});

describe('unarchivePlan (Make active again, and Undo of Archive)', () => {
  it('with no export since the archive, puts its blocks back exactly as they were', async () => {
    const plan = await planWithHistory();
    clockAt('2026-11-30T09:00:00Z');
    const exportedAt = await exportNow();
    const blocks = await listBlocks(store);
    clockAt('2026-12-01T10:00:00Z');
    await archivePlan(store, plan.id);
    const ahead = blocks.filter((b) => b.date >= '2026-12-02').length;
    expect(ahead).toBeGreaterThan(0);
    expect(await changedSince(exportedAt, '2026-12-02')).toEqual({ changed: 0, removed: ahead });
    clockAt('2026-12-02T08:00:00Z');
    const transaction = vi.spyOn(store.db, 'transaction');

    expect(await unarchivePlan(store, plan.id, '2026-12-02')).toBe(true);

    expect(transaction).toHaveBeenCalledTimes(1);
    const [back] = await listPlans(store);
    expect(back).toEqual({ ...plan, status: 'active', updatedAt: '2026-12-02T08:00:00.000Z' });
    expect(await listBlocks(store)).toEqual(blocks);
    // The calendar still shows them as they were: nothing "added or moved" to export.
    expect(await changedSince(exportedAt, '2026-12-02')).toBeNull();
  });

  it('with an export since the archive, stamps its blocks from today on, in one transaction', async () => {
    const plan = await planWithHistory();
    clockAt('2026-12-01T10:00:00Z');
    await archivePlan(store, plan.id);
    const archived = await listBlocks(store);
    clockAt('2026-12-01T12:00:00Z');
    const exportedAt = await exportNow();
    clockAt('2026-12-02T08:00:00Z');
    const transaction = vi.spyOn(store.db, 'transaction');

    expect(await unarchivePlan(store, plan.id, '2026-12-02')).toBe(true);

    expect(transaction).toHaveBeenCalledTimes(1);
    const [back] = await listPlans(store);
    expect(back).toEqual({ ...plan, status: 'active', updatedAt: '2026-12-02T08:00:00.000Z' });
    const now = await listBlocks(store);
    expect(now.map((b) => b.id)).toEqual(archived.map((b) => b.id));
    for (const [i, b] of now.entries()) {
      const was = archived[i]!;
      expect(b).toEqual(
        b.date >= '2026-12-02' ? { ...was, updatedAt: '2026-12-02T08:00:00.000Z' } : was,
      );
    }
    expect(now.some((b) => b.date < '2026-12-02')).toBe(true);
    const ahead = now.filter((b) => b.date >= '2026-12-02').length;
    expect(await changedSince(exportedAt, '2026-12-02')).toEqual({ changed: ahead, removed: 0 });
  });

  it('leaves the plan archived when the blocks cannot be written (all or nothing)', async () => {
    const plan = await planWithHistory();
    await archivePlan(store, plan.id);
    // An export since the archive: its blocks are to be stamped again.
    await exportNow();
    const before = await dumpTables(store.db);
    const refuse = () => {
      throw new Error('disk full');
    };
    store.db.table('studyBlocks').hook('updating', refuse);
    await expect(unarchivePlan(store, plan.id, '2026-12-02')).rejects.toThrow();
    store.db.table('studyBlocks').hook('updating').unsubscribe(refuse);
    expect(await dumpTables(store.db)).toEqual(before);
  });
});

interface Event {
  status: string | null;
  sequence: number;
}

/**
 * Exports as Study › "Export calendar (.ics)" does on `today`, recording the saved file as it
 * does, read back with ical.js.
 */
async function exported(today: string): Promise<Map<string, Event>> {
  const plans = await listPlans(store);
  const written = exportBlocks(plans, await listBlocks(store), await listDropped(store), today);
  const file = calendarFile(
    {
      blocks: written.blocks,
      planTitles: new Map(plans.map((p) => [p.id, p.title])),
      deadlines: [],
      cancelled: written.cancelled,
      today,
      reminderLeadDays: 14,
    },
    [],
    new Date().toISOString(),
  );
  await rememberExportedDeadlines(store, file.remember, new Date().toISOString());
  const parsed = new ICAL.Component(ICAL.parse(icsText(file.items)));
  return new Map(
    parsed.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      const status = v.getFirstPropertyValue('status');
      return [e.uid, { status: typeof status === 'string' ? status : null, sequence: e.sequence }];
    }),
  );
}

describe('the calendar export and an archived plan', () => {
  it('cancels its blocks from today on, above the sequence they were exported with', async () => {
    const plan = await planWithHistory('PMP exam');
    const other = await savePlan(store, draft('PMI-ACP'), week, '2026-11-16');
    if (!other.ok) throw new Error('not saved');
    clockAt('2026-11-30T09:00:00Z');
    const first = await exported('2026-11-30');
    const blocks = await listBlocks(store);
    const own = blocks.filter((b) => b.planId === plan.id);
    const ahead = own.filter((b) => b.date >= '2026-12-01');
    const past = own.filter((b) => b.date < '2026-12-01');
    expect(ahead.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);

    clockAt('2026-12-01T10:00:00Z');
    await archivePlan(store, plan.id);
    const next = await exported('2026-12-01');
    for (const b of ahead) {
      const e = next.get(blockUid(b.id));
      expect(e?.status).toBe('CANCELLED');
      expect(e!.sequence).toBeGreaterThan(first.get(blockUid(b.id))!.sequence);
    }
    // The days before stay in the calendar as the record of what was planned: not in the file.
    for (const b of past) expect(next.has(blockUid(b.id))).toBe(false);
    // The other plan is untouched.
    for (const b of blocks.filter((x) => x.planId === other.plan.id && x.date >= '2026-12-01'))
      expect(next.get(blockUid(b.id))).toEqual({ status: null, sequence: expect.any(Number) });

    // Made active again: its blocks are written again, above their cancellation.
    clockAt('2026-12-02T10:00:00Z');
    await unarchivePlan(store, plan.id, '2026-12-02');
    const again = await exported('2026-12-02');
    for (const b of ahead.filter((x) => x.date >= '2026-12-02')) {
      const e = again.get(blockUid(b.id));
      expect(e?.status).toBeNull();
      expect(e!.sequence).toBeGreaterThan(next.get(blockUid(b.id))!.sequence);
    }
  });
});
