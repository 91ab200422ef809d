// The printed report names the user's own credentials as the Goals screen does. A goal "Hold
// PMOX", measured by a credential of the user's own (acronym PMOX), read "Credentials held:
// PMOX" on its card but "Credentials held: a credential of your own" in the report; a goal
// aimed at a ladder requirement naming it read as vaguely; and once its definition was
// deleted, the card said "a deleted credential of your own" while the report still said "a
// credential of your own". The report waits for the definitions, so the vaguer words are never
// drawn, even for a moment (the PDF is printed as soon as the report is on the page).
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan, type Requirement } from '../../../shared/catalog/ladder-requirements';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveGoal, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { deleteCustom, saveCustom } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };
const ASOF = '2026-11-22';
/** Words the report used for a credential of the user's own, whatever it was. */
const VAGUE = 'a credential of your own';

let store: Store;
let pmoxId: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('report-own-credential-names'));
  const profile = await saveProfile(store, {
    name: 'Sam Rivera',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  if (!profile.ok) throw new Error('profile not saved');
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
  pmoxId = own.value.id;
  // A ladder requirement of the director's rung naming it, and a goal aimed at each.
  const base = defaultLadderPlan();
  const requirement = {
    id: 'hold-pmox',
    kind: 'credential',
    anyOf: [pmoxId],
    count: 1,
    standing: 'good',
    priority: 'essential',
    basis: { source: 'Added by you' },
    origin: 'user',
  } as Requirement;
  const plan = {
    ...base,
    rungs: base.rungs.map((r) =>
      r.id === 'pmo-director' ? { ...r, requirements: [...r.requirements, requirement] } : r,
    ),
  };
  await saveLadderPlan(store, plan);
  const common = {
    startDate: '2026-01-01',
    targetDate: null,
    milestones: [],
    status: 'active' as const,
  };
  const held = await saveGoal(
    store,
    {
      ...common,
      title: 'Hold PMOX',
      kind: 'credential',
      target: {
        type: 'number',
        value: 1,
        unit: 'count',
        measure: { source: 'credentials', anyOf: [pmoxId] },
      },
    },
    ASOF,
    plan,
  );
  const aimed = await saveGoal(
    store,
    {
      ...common,
      title: 'Meet the PMOX requirement',
      kind: 'credential',
      target: { type: 'requirement', rungId: 'pmo-director', requirementId: 'hold-pmox' },
    },
    ASOF,
    plan,
  );
  if (!held.ok || !aimed.ok) throw new Error('goals not saved');
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** Every text the page has shown since `start`, so a word shown for a moment is caught too. */
function watchTexts() {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  return {
    seen,
    stop: () => {
      seen.push(...observer.takeRecords().map(() => document.body.textContent ?? ''));
      observer.disconnect();
    },
  };
}

function show(ui: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{ui}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const report = () => screen.findByRole('article', { name: 'Progress report: Sam Rivera' }, SLOW);
const goalsPart = () => screen.getByRole('region', { name: 'Goals and milestones' });

/** The line saying what a goal measures, in the report's goals part. */
const reportMeasure = (title: string) => {
  const heading = within(goalsPart()).getByRole('heading', {
    name: new RegExp(`^${title} \\(`),
  });
  return heading.nextElementSibling?.textContent;
};

/** The same line on the goal's card (Goals screen). */
const cardMeasure = (title: string) => {
  const card = screen.getByRole('region', { name: title });
  return within(card)
    .getAllByText(/^(Credentials held|Ladder requirement):/)
    .map((p) => p.textContent)[0];
};

describe('the report names the user’s own credentials as the goal cards do', TEST, () => {
  it('by acronym, from its first drawing on', async () => {
    const watch = watchTexts();
    show(<ReportsScreen />);
    await report();
    watch.stop();
    expect(reportMeasure('Hold PMOX')).toBe('Credentials held: PMOX');
    expect(reportMeasure('Meet the PMOX requirement')).toBe(
      'Ladder requirement: Hold PMOX (PMO Director)',
    );
    expect(watch.seen.filter((t) => t.includes(VAGUE))).toEqual([]);
    expect(goalsPart().textContent).not.toContain(VAGUE);
  });

  it('word for word as the Goals screen, and a deleted one as deleted', async () => {
    show(
      <>
        <GoalsScreen />
        <ReportsScreen />
      </>,
    );
    await report();
    await screen.findByRole('region', { name: 'Hold PMOX' }, SLOW);
    const same = (title: string) =>
      waitFor(() => expect(reportMeasure(title)).toBe(cardMeasure(title)), SLOW);
    await same('Hold PMOX');
    await same('Meet the PMOX requirement');
    expect(cardMeasure('Hold PMOX')).toBe('Credentials held: PMOX');

    expect((await deleteCustom(store, pmoxId)).ok).toBe(true);
    await waitFor(
      () =>
        expect(reportMeasure('Hold PMOX')).toBe(
          'Credentials held: a deleted credential of your own',
        ),
      SLOW,
    );
    await same('Hold PMOX');
    await same('Meet the PMOX requirement');
    expect(reportMeasure('Meet the PMOX requirement')).toBe(
      'Ladder requirement: Hold a deleted credential of your own (PMO Director)',
    );
    expect(goalsPart().textContent).not.toContain(VAGUE);
  });
});
