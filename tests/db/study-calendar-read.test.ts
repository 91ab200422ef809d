// What the calendar export writes from is read at the moment of the export, in one read
// transaction (readCalendarExportSource): a plan archived just before is written as archived.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { readCalendarExportSource } from '../../renderer/src/db/repositories/study-calendar-read';
import { rememberExportedDeadlines } from '../../renderer/src/db/repositories/study-exported-deadlines';
import {
  archivePlan,
  listBlocks,
  replanPlan,
  savePlan,
} from '../../renderer/src/db/repositories/study-plans';
import { addSession } from '../../renderer/src/db/repositories/study-log';
import { exportBlocks } from '../../renderer/src/features/study/calendar-export';
import type { PlanDraft } from '../../shared/domain/study';
import { freshName } from './helpers';

const week = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 0, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:held-1',
  hoursNeeded: '8',
  start: '2026-12-07',
  deadline: '2026-12-20',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: { mon: '', tue: '', wed: '', thu: '', fri: '', sat: '', sun: '' },
  blackouts: '',
};
const TODAY = '2026-12-07';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-calendar-read'));
});
afterEach(async () => {
  await store.db.delete();
});

describe('readCalendarExportSource', () => {
  it('reads a plan archived the moment before as archived, so its blocks are cancelled', async () => {
    const made = await savePlan(store, draft, week, TODAY);
    if (!made.ok) throw new Error('plan not saved');
    const blocks = await listBlocks(store);
    await archivePlan(store, made.plan.id);
    const source = await readCalendarExportSource(store);
    expect(source.plans.map((p) => p.status)).toEqual(['archived']);
    const written = exportBlocks(source.plans, source.blocks, source.dropped, TODAY);
    expect(written.blocks).toEqual([]);
    expect(written.cancelled.map((b) => b.id).sort()).toEqual(blocks.map((b) => b.id).sort());
  });

  it('reads the blocks, the dropped ones and the last export as they are now', async () => {
    const made = await savePlan(store, draft, week, TODAY);
    if (!made.ok) throw new Error('plan not saved');
    await rememberExportedDeadlines(
      store,
      [{ uid: 'exam-1@ascent', date: '2026-12-20', title: 'PMP exam', sequence: 3 }],
      '2026-12-07T08:00:00.000Z',
    );
    // Study logged ahead: a re-plan drops a sitting, remembered to be cancelled.
    await addSession(store, { planId: made.plan.id, date: TODAY, minutes: 240, topic: '' }, TODAY);
    await replanPlan(store, made.plan.id, week, TODAY);
    const source = await readCalendarExportSource(store);
    expect(source.blocks).toEqual(await listBlocks(store));
    expect(source.dropped.length).toBeGreaterThan(0);
    expect(source.exported.map((d) => d.uid)).toEqual(['exam-1@ascent']);
  });
});
