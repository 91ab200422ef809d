// Study › Delete plan, then Undo, with a calendar export before: the plan's blocks come back as
// they were. Only those whose cancellation an export made after the delete wrote are stamped as
// changed (so the next export puts them back above it); with no export between, the calendar
// app still shows them as they are, and the export button says nothing has changed
// (cancellationExported, the rule of Undo of "Remove block").
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { readCalendarExportSource } from '../../renderer/src/db/repositories/study-calendar-read';
import { rememberExportedDeadlines } from '../../renderer/src/db/repositories/study-exported-deadlines';
import {
  deletePlan,
  listBlocks,
  restorePlan,
  savePlan,
} from '../../renderer/src/db/repositories/study-plans';
import { exportBlocks } from '../../renderer/src/features/study/calendar-export';
import { changedSinceExport, type PlanDraft } from '../../shared/domain/study';
import { freshName } from './helpers';

const week = { mon: 0, tue: 1, wed: 0, thu: 1, fri: 0, sat: 2, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '6',
  start: '2026-11-16',
  deadline: '2026-12-01',
  sessionMinutes: '60',
  bufferDays: '0',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const TODAY = '2026-11-18';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-plan-undo-export'));
});
afterEach(async () => {
  await store.db.delete();
});

/** A moment later on the real clock, so stamps written before and after compare strictly. */
const tick = () => new Promise((r) => setTimeout(r, 5));

/** A calendar export saved now, as the export button records it; returns its stamp. */
async function exportNow(): Promise<string> {
  await tick();
  const at = new Date().toISOString();
  await rememberExportedDeadlines(store, [], at);
  await tick();
  return at;
}

/** What the export button says has changed since the export at `at` (null: nothing). */
async function changedSince(at: string) {
  const source = await readCalendarExportSource(store);
  const written = exportBlocks(source.plans, source.blocks, source.dropped, TODAY);
  return changedSinceExport(written.blocks, written.cancelled, at, TODAY);
}

async function planned() {
  const made = await savePlan(store, draft, week, '2026-11-16');
  if (!made.ok) throw new Error('plan not saved');
  return { planId: made.plan.id, blocks: await listBlocks(store) };
}

describe('Undo of Delete plan after a calendar export', () => {
  it('with no export since the delete, puts every block back unchanged: nothing to export again', async () => {
    const { planId, blocks } = await planned();
    const exportedAt = await exportNow();
    const deleted = await deletePlan(store, planId, TODAY);
    if (!deleted) throw new Error('not deleted');
    const ahead = blocks.filter((b) => b.date >= TODAY).length;
    expect(ahead).toBeGreaterThan(1);
    expect(await changedSince(exportedAt)).toEqual({ changed: 0, removed: ahead });

    await restorePlan(store, deleted);
    expect(await listBlocks(store)).toEqual(blocks);
    expect(await changedSince(exportedAt)).toBeNull();
  });

  it('with an export since the delete (their events cancelled), stamps the cancelled ones above it', async () => {
    const { planId, blocks } = await planned();
    const deleted = await deletePlan(store, planId, TODAY);
    if (!deleted) throw new Error('not deleted');
    const exportedAt = await exportNow();

    await restorePlan(store, deleted);
    const back = await listBlocks(store);
    expect(back.map((b) => b.id)).toEqual(blocks.map((b) => b.id));
    const ahead = back.filter((b) => b.date >= TODAY);
    expect(ahead.every((b) => b.updatedAt > exportedAt)).toBe(true);
    // Days already gone were never cancelled: they come back as they were.
    expect(back.filter((b) => b.date < TODAY)).toEqual(blocks.filter((b) => b.date < TODAY));
    expect(await changedSince(exportedAt)).toEqual({ changed: ahead.length, removed: 0 });
  });
});
