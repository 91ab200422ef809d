/**
 * Leaving the sample counts what the user really changed (review: Study → Delete plan → Undo,
 * then "Leave sample data…" said "changed 66 sample records" when the only net change was one
 * logged session). A record put back by Undo exactly as it was is not a change; a real edit is.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { sampleChanges } from '../../renderer/src/db/repositories/sample-loaded';
import { addSession } from '../../renderer/src/db/repositories/study-log';
import {
  deletePlan,
  listBlocks,
  restorePlan,
  updateBlock,
} from '../../renderer/src/db/repositories/study-plans';
import { changesText } from '../../renderer/src/features/sample/messages';
import { SAMPLE_DATABASE_NAME } from '../../renderer/src/features/sample/sample-mode';
import { seedSample } from '../../renderer/src/features/sample/seed-sample';

const TODAY = '2026-11-22';
const open: Store[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.db.close();
  await Dexie.delete(SAMPLE_DATABASE_NAME);
});

async function sampleStore(): Promise<Store> {
  const store = await openStore(SAMPLE_DATABASE_NAME);
  open.push(store);
  await seedSample(store, TODAY);
  // Later writes get a later timestamp than the sample's load.
  await new Promise((r) => setTimeout(r, 5));
  return store;
}

/** Deletes the sample's study plan and undoes it, as Study → Delete plan → Undo does. */
async function deleteAndUndo(store: Store) {
  const blocks = await listBlocks(store);
  const planId = blocks[0]!.planId;
  const deleted = await deletePlan(store, planId, TODAY);
  if (!deleted) throw new Error('the sample plan was not deleted');
  await restorePlan(store, deleted);
  // Undo put every block back exactly as it was: no calendar export was saved between, so
  // none is stamped anew (cancellationExported), the ones from today on included.
  expect(await listBlocks(store)).toEqual(blocks);
  expect(deleted.blocks.some((b) => b.date >= TODAY)).toBe(true);
  return planId;
}

describe('leaving the sample after a delete and its undo', () => {
  it('counts only the session logged, not the plan Undo put back', async () => {
    const store = await sampleStore();
    const planId = await deleteAndUndo(store);
    const logged = await addSession(
      store,
      { planId, date: TODAY, minutes: 25, topic: 'Timer session' },
      TODAY,
    );
    expect(logged.ok).toBe(true);

    const changes = await sampleChanges(store);
    expect(changes).toEqual({ known: true, added: { studySessions: 1 }, changed: 0 });
    expect(changesText(changes)).toBe(
      'While exploring you added 1 record (Logged study sessions: 1). It is removed too.',
    );
  });

  it('with nothing else done, says nothing was changed', async () => {
    const store = await sampleStore();
    await deleteAndUndo(store);
    expect(changesText(await sampleChanges(store))).toBe(
      'You have not added or changed anything while exploring.',
    );
  });

  it('still counts a block the user really moved', async () => {
    const store = await sampleStore();
    await deleteAndUndo(store);
    const future = (await listBlocks(store)).find((b) => b.date > TODAY)!;
    const moved = await updateBlock(
      store,
      future.id,
      { date: future.date, start: '06:30', minutes: future.minutes },
      TODAY,
    );
    expect(moved).toEqual({ ok: true });
    expect(changesText(await sampleChanges(store))).toBe(
      'While exploring you changed 1 sample record. It is removed too.',
    );
  });

  it('a sample loaded before content was kept still counts saves after the load', async () => {
    const store = await sampleStore();
    const settings = store.db.table('settings');
    const row = await settings.get('sample-loaded');
    await settings.put({ ...row, fingerprints: undefined });
    const future = (await listBlocks(store)).find((b) => b.date > TODAY)!;
    await updateBlock(
      store,
      future.id,
      { date: future.date, start: '06:30', minutes: future.minutes },
      TODAY,
    );
    expect(await sampleChanges(store)).toEqual({ known: true, added: {}, changed: 1 });
  });
});
