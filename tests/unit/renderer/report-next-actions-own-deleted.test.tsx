// The report's next actions are the Dashboard's. A target rung asking for "PMOX or CAPM",
// where PMOX was a credential of the user's own since deleted: the Dashboard and the Ladder,
// knowing the user's own credentials, skip the deleted one and say "Complete 23 hours of
// general project management training: a step towards CAPM"; the report, given readiness
// without them, ranked the deleted one first and said "Choose another credential in place of
// a deleted one of your own".
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan, type Requirement } from '../../../shared/catalog/ladder-requirements';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveContactHours, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { deleteCustom, saveCustom } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ReadinessSummary } from '../../../renderer/src/features/ladder/ReadinessSummary';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('report-next-actions-own-deleted'));
  const profile = await saveProfile(store, {
    name: 'Sam Rivera',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  if (!profile.ok) throw new Error('profile not saved');
  // No PM education yet: CAPM asks for 23 hours of it (domain-facts §2).
  const hours = await saveContactHours(store, { hours: 0, courses: [] }, '2026-11-22');
  if (!hours.ok) throw new Error('contact hours not saved');
  const own = await saveCustom(store, {
    body: 'PMO Institute',
    acronym: 'PMOX',
    name: 'PMO Expert',
    unit: 'CPD',
    cycleMonths: 12,
    total: 20,
    categories: [],
  });
  if (!own.ok) throw new Error('custom credential not saved');
  // The target rung asks for one thing only: PMOX or CAPM.
  const requirement = {
    id: 'hold-pmox-or-capm',
    kind: 'credential',
    anyOf: [own.value.id, 'capm'],
    count: 1,
    standing: 'good',
    priority: 'essential',
    basis: { source: 'Added by you' },
    origin: 'user',
  } as Requirement;
  const base = defaultLadderPlan();
  await saveLadderPlan(store, {
    ...base,
    rungs: base.rungs.map((r) =>
      r.id === 'pmo-director' ? { ...r, requirements: [requirement] } : r,
    ),
  });
  expect((await deleteCustom(store, own.value.id)).ok).toBe(true);
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the report’s next actions, with a requirement naming a deleted credential', TEST, () => {
  it('are the Dashboard’s: the deleted credential is not ranked first', async () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <ReadinessSummary />
            <ReportsScreen />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const dashboard = await screen.findByRole('list', { name: 'Top next best actions' }, SLOW);
    const report = await screen.findByRole('list', { name: 'Next actions' }, SLOW);
    expect(items(dashboard)[0]).toMatch(/^Complete 23 hours of .*training.*CAPM/);
    await waitFor(() => expect(items(report)).toEqual(items(dashboard)), SLOW);
    expect(report.textContent).not.toContain('deleted');
  });
});
