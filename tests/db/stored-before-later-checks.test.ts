/**
 * Rows an older version let through and a later check now refuses: a ladder requirement asking
 * for more months of experience than its window (validate.ts, MONTHS_ABOVE_WINDOW), a
 * definition of your own whose category minimums pass its total (customCredentialSchema,
 * MIN_ABOVE_TOTAL). A backup holding them restores as it is; the ladder stays editable
 * (saveLadderPlan refuses only a new or changed such requirement), and the credential
 * judged by the definition keeps its rule (ruleFor).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupFile, restoreBackup } from '../../renderer/src/db/backup';
import type { Store } from '../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../renderer/src/db/repositories/career';
import { ruleFor } from '../../renderer/src/db/repositories/credential-rows';
import {
  listCustom,
  listHeld,
  saveHeld,
  updateCustom,
} from '../../renderer/src/db/repositories/credentials';
import {
  defaultLadderPlan,
  removeRequirement,
  type LadderPlan,
  type Requirement,
} from '../../shared/catalog/ladder-requirements';
import { storeWith } from './backup-fixtures';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(() => {
  for (const s of open.splice(0)) s.db.close();
});

/** The default ladder with PMO Manager's leading experience set to 60 months in the last 24. */
function impossiblePlan(): LadderPlan {
  const plan = defaultLadderPlan();
  return {
    ...plan,
    rungs: plan.rungs.map((r) =>
      r.id !== 'pmo-manager'
        ? r
        : {
            ...r,
            requirements: r.requirements.map((q) =>
              q.id === 'experience-leading'
                ? ({ ...q, months: 60, windowMonths: 24 } as Requirement)
                : q,
            ),
          },
    ),
  };
}

const ownDefinition = {
  id: 'custom-old',
  body: 'APM',
  acronym: 'OLD',
  name: 'Saved before the check',
  unit: 'CPD' as const,
  cycleMonths: 12,
  total: 20,
  categories: [{ id: 'category-1', name: 'Reflective practice', min: 30 }],
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

/** A store as an older version left it: the rows written without today's checks. */
async function olderStore(label: string) {
  const store = track(
    await storeWith(label, {
      ladderPlan: [{ ...impossiblePlan(), id: 'me', updatedAt: '2026-01-01T09:00:00.000Z' }],
      customCredentials: [ownDefinition],
    }),
  );
  const held = await saveHeld(
    store,
    { credentialId: 'custom-old', stage: 'earned', earnedDate: '2026-02-01' },
    '2026-11-22',
  );
  if (!held.ok) throw new Error(JSON.stringify(held.errors));
  return store;
}

describe('rows saved before a later check', () => {
  it('a backup holding them restores as it is', async () => {
    const source = await olderStore('later-checks-source');
    const { bytes } = await exportBackup(source, { appVersion: '0.3.0' });
    const read = await readBackupFile(bytes);
    expect(read.ok ? 'restores' : read.problems).toBe('restores');
    if (!read.ok) return;
    const target = track(await storeWith('later-checks-target', {}));
    await restoreBackup(target, read.value);
    expect((await getLadderPlan(target)).rungs).toEqual(impossiblePlan().rungs);
    expect((await listCustom(target)).map((c) => c.total)).toEqual([20]);
  });

  it('the credential judged by the definition keeps its rule', async () => {
    const store = await olderStore('later-checks-rule');
    const [held] = await listHeld(store);
    const rule = ruleFor(held!, await listCustom(store));
    expect(rule?.total?.value).toBe(20);
    expect(rule?.categories?.list[0]?.min?.value).toBe(30);
  });

  it('the ladder stays editable; the requirement itself, changed, is checked in full', async () => {
    const store = await olderStore('later-checks-ladder');
    const plan = impossiblePlan();
    const renamed = {
      ...plan,
      rungs: plan.rungs.map((r) => (r.id === 'pmo-director' ? { ...r, name: 'Head of PMO' } : r)),
    };
    const saved = await saveLadderPlan(store, renamed);
    expect(saved.ok ? 'saved' : saved.errors).toBe('saved');

    const widened = {
      ...renamed,
      rungs: renamed.rungs.map((r) =>
        r.id !== 'pmo-manager'
          ? r
          : {
              ...r,
              requirements: r.requirements.map((q) =>
                q.id === 'experience-leading' ? ({ ...q, windowMonths: 48 } as Requirement) : q,
              ),
            },
      ),
    };
    const refused = await saveLadderPlan(store, widened);
    expect(refused.ok ? [] : refused.errors).toEqual([
      {
        field: 'pmo-manager.experience-leading.months',
        code: 'MONTHS_ABOVE_WINDOW',
        expected: 48,
        actual: 60,
      },
    ]);
  });

  it('Undo of removing the requirement puts it back as it was stored', async () => {
    const store = await olderStore('later-checks-undo-removal');
    const stored = await getLadderPlan(store);
    const removed = removeRequirement(stored, 'pmo-manager', 'experience-leading');
    if (!removed.ok) throw new Error(JSON.stringify(removed.errors));
    const saved = await saveLadderPlan(store, removed.value);
    expect(saved.ok ? 'saved' : saved.errors).toBe('saved');

    // What the ladder screen's Undo does: the stored ladder saved back, kept as stored.
    const back = await saveLadderPlan(store, stored, { keptAsStored: stored });
    expect(back.ok ? 'put back' : back.errors).toBe('put back');
    expect((await getLadderPlan(store)).rungs).toEqual(impossiblePlan().rungs);
  });

  it('a ladder kept as stored does not let a changed requirement through', async () => {
    const store = await olderStore('later-checks-kept-changed');
    const stored = await getLadderPlan(store);
    const removed = removeRequirement(stored, 'pmo-manager', 'experience-leading');
    if (!removed.ok) throw new Error(JSON.stringify(removed.errors));
    await saveLadderPlan(store, removed.value);
    const changed: LadderPlan = {
      ...stored,
      rungs: stored.rungs.map((r) =>
        r.id !== 'pmo-manager'
          ? r
          : {
              ...r,
              requirements: r.requirements.map((q) =>
                q.id === 'experience-leading' ? ({ ...q, months: 70 } as Requirement) : q,
              ),
            },
      ),
    };
    const refused = await saveLadderPlan(store, changed, { keptAsStored: stored });
    expect(refused.ok ? [] : refused.errors.map((e) => e.code)).toEqual(['MONTHS_ABOVE_WINDOW']);
  });

  it('Undo of an edit to the definition puts back the total it was stored with', async () => {
    const store = await olderStore('later-checks-undo-definition');
    const { createdAt: _c, updatedAt: _u, ...old } = ownDefinition;
    const raised = await updateCustom(store, { ...old, total: 40 });
    expect(raised.ok ? 'saved' : raised.errors).toBe('saved');

    // What the Credentials screen's Undo does: the stored version put back while unchanged since.
    const back = await updateCustom(store, old, (stored) => stored.total === 40, {
      restoring: true,
    });
    expect(back.ok ? 'put back' : back.errors).toBe('put back');
    expect((await listCustom(store)).map((c) => c.total)).toEqual([20]);
  });

  it('saving the definition as it was stored, not as an Undo, is still checked in full', async () => {
    const store = await olderStore('later-checks-resave-definition');
    const { createdAt: _c, updatedAt: _u, ...old } = ownDefinition;
    const refused = await updateCustom(store, { ...old, name: 'Renamed' });
    expect(refused.ok ? [] : refused.errors.map((e) => e.code)).toEqual(['MIN_ABOVE_TOTAL']);
  });
});
