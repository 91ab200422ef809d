// Study › "Remove block", then Undo, with a calendar export before: the block comes back as it
// was. Only when an export made after the removal wrote its cancellation is it stamped as
// changed (so the next export puts it back above that cancellation); with no export between,
// the calendar app still shows it as it is, and the export button says nothing has changed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { removeBlock, restoreBlock } from '../../renderer/src/db/repositories/study-block-remove';
import { readCalendarExportSource } from '../../renderer/src/db/repositories/study-calendar-read';
import { rememberExportedDeadlines } from '../../renderer/src/db/repositories/study-exported-deadlines';
import { listBlocks, savePlan } from '../../renderer/src/db/repositories/study-plans';
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
  store = await openStore(freshName('study-block-undo-export'));
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

async function removedBlock() {
  const made = await savePlan(store, draft, week, '2026-11-16');
  if (!made.ok) throw new Error('plan not saved');
  const block = (await listBlocks(store)).find((b) => b.date === '2026-11-26')!;
  return block;
}

describe('Undo of "Remove block" after a calendar export', () => {
  it('with no export since the removal, puts the block back unchanged: nothing to export again', async () => {
    const block = await removedBlock();
    const exportedAt = await exportNow();
    const r = await removeBlock(store, block.id, TODAY, block);
    if (!r.ok) throw new Error('not removed');
    expect(await changedSince(exportedAt)).toEqual({ changed: 0, removed: 1 });

    expect(await restoreBlock(store, r.removed, TODAY)).toBe('RESTORED');
    const back = (await listBlocks(store)).find((b) => b.id === block.id);
    expect(back).toEqual(block);
    expect(await changedSince(exportedAt)).toBeNull();
  });

  it('with an export since the removal (its event cancelled), stamps it above that cancellation', async () => {
    const block = await removedBlock();
    const r = await removeBlock(store, block.id, TODAY, block);
    if (!r.ok) throw new Error('not removed');
    const exportedAt = await exportNow();

    expect(await restoreBlock(store, r.removed, TODAY)).toBe('RESTORED');
    const back = (await listBlocks(store)).find((b) => b.id === block.id)!;
    expect(back.updatedAt > exportedAt).toBe(true);
    expect(await changedSince(exportedAt)).toEqual({ changed: 1, removed: 0 });
  });
});
