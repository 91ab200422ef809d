// A user rates Leadership 3, sees the mistake and saves 4 the same day. The form said
// "Leadership rated 4", but the level now (gap table, the rung's skill requirement, readiness,
// goals) could stay at 3: the store reads ratings of one day in primary-key order, a random
// UUID, and the domain took the later one in the list as the later save. Lost in about half
// of the runs, so each case here runs 30 times with fresh data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentSkills, latestAssessment } from '../../shared/domain/skills';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteAssessment,
  listAssessments,
  restoreAssessment,
  saveAssessment,
} from '../../renderer/src/db/repositories/career';
import { freshName } from './helpers';

const asOf = '2026-11-12';
const RUNS = 30;
let store: Store | undefined;

afterEach(async () => {
  vi.useRealTimers();
  if (store) await store.db.delete();
  store = undefined;
});

async function rate(level: 3 | 4, date = asOf) {
  const saved = await saveAssessment(store!, { skill: 'leadership', level, date }, asOf);
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value;
}

async function levelNow() {
  const rows = await listAssessments(store!);
  return {
    current: currentSkills(rows, asOf)[0]?.level,
    latest: latestAssessment(rows, 'leadership', asOf)?.level,
    history: rows.map((r) => r.level),
  };
}

describe('two ratings of one skill saved the same day', { timeout: 60_000 }, () => {
  it('the second is the level now, every time', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      store = await openStore(freshName(`same-day-${run}`));
      await rate(3);
      await rate(4);
      expect(await levelNow(), `run ${run}`).toEqual({ current: 4, latest: 4, history: [3, 4] });
      await store.db.delete();
      store = undefined;
    }
  });

  it('the second is the level now even when the clock reads the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 12, 9, 0));
    for (let run = 0; run < RUNS; run += 1) {
      store = await openStore(freshName(`same-ms-${run}`));
      const first = await rate(3);
      const second = await rate(4);
      expect(second.createdAt > first.createdAt, `run ${run}`).toBe(true);
      expect(await levelNow(), `run ${run}`).toEqual({ current: 4, latest: 4, history: [3, 4] });
      await store.db.delete();
      store = undefined;
    }
  });

  it('the second wins over an old row stored without a save time', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      store = await openStore(freshName(`old-row-${run}`));
      await store.db
        .table('skillAssessments')
        .put({ id: crypto.randomUUID(), skill: 'leadership', level: 3, date: asOf });
      await rate(4);
      expect(await levelNow(), `run ${run}`).toEqual({ current: 4, latest: 4, history: [3, 4] });
      await store.db.delete();
      store = undefined;
    }
  });

  it('deleting the second goes back to the first; Undo brings the second back as the level', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      store = await openStore(freshName(`same-day-undo-${run}`));
      await rate(3);
      const second = await rate(4);
      const removed = await deleteAssessment(store, second.id);
      expect(removed).toEqual(second);
      expect((await levelNow()).current, `run ${run}`).toBe(3);
      expect(await restoreAssessment(store, removed!)).toBe(true);
      expect(await levelNow(), `run ${run}`).toEqual({ current: 4, latest: 4, history: [3, 4] });
      // Never over the same rating saved again since: the stored one is kept.
      expect(await restoreAssessment(store, { ...removed!, level: 3 })).toBe(false);
      expect((await levelNow()).current).toBe(4);
      await store.db.delete();
      store = undefined;
    }
  });
});
