// A rung of your own, just added, has no requirements. It was shown as "100% of the way there
// · no essential requirements yet." with a full bar on its card, "Readiness: 100% … 0 of 0"
// above an empty table on its page, and the printed report could say 100% too. Now there is
// no percentage and no bar: the words say to add requirements, and the page says how.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
} from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import type { SummarySection } from '../../../shared/domain/report';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { ReadinessSummary } from '../../../renderer/src/features/ladder/ReadinessSummary';
import { SummaryPart } from '../../../renderer/src/features/reports/CareerSections';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };
const NONE = 'No requirements yet: add some to measure how ready you are.';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('rung-no-requirements'));
  const added = addRung(defaultLadderPlan(), newUserRung('mine', 'Senior PMO Analyst'), 2);
  if (!added.ok || !(await saveLadderPlan(store, added.value)).ok) throw new Error('no rung');
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'mine',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

const inStore = (ui: React.ReactNode) =>
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <main>{ui}</main>
      </UndoProvider>
    </StoreProvider>,
  );

describe('a rung with no requirements', TEST, () => {
  it('its card on the Ladder: no percentage and no bar, words that say what to do', async () => {
    inStore(<LadderScreen rest={[]} />);
    const list = await screen.findByRole('list', { name: 'Your ladder, top rung first' }, SLOW);
    const card = within(list)
      .getAllByRole('listitem')
      .find((li) => li.querySelector('h2')?.textContent?.startsWith('Senior PMO Analyst'))!;
    expect(within(card).getByText(NONE)).toBeDefined();
    expect(card.textContent).not.toMatch(/%|of the way there/);
    expect(within(card).queryByRole('img', { name: /readiness/ })).toBeNull();
    // The other rungs keep their percentage and bar.
    const director = within(list).getAllByRole('listitem')[0]!;
    expect(director.textContent).toMatch(/\d+% of the way there/);
    expect(
      within(director).getByRole('img', { name: /^PMO Director: readiness \d+ out of 100$/ }),
    ).toBeDefined();
    // Its next best actions (it is the target) do not say every requirement is met.
    const next = screen.getByRole('region', { name: 'Next best actions for Senior PMO Analyst' });
    expect(next.textContent).toBe(
      'Next best actions for Senior PMO AnalystNo next actions yet: this rung has no essential requirements. Add some on its page to see what to do next.',
    );
  });

  it('its page: the same words, no bar, and a sentence in place of an empty table', async () => {
    inStore(<LadderScreen rest={['mine']} />);
    await screen.findByRole('heading', { level: 1, name: 'Senior PMO Analyst' }, SLOW);
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(within(header).getByText(NONE)).toBeDefined();
    expect(header.textContent).not.toMatch(/%|Readiness:|0 of 0/);
    expect(within(header).queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(
      screen.getByText(
        'Senior PMO Analyst has no requirements yet. Add the first one under “Add a requirement” below; the essential ones measure how ready you are.',
      ),
    ).toBeDefined();
    expect(screen.getByRole('form', { name: 'Add a requirement' })).toBeDefined();
  });

  it('the Dashboard’s readiness card, for it as the target: no percentage, bar or “met”', async () => {
    inStore(<ReadinessSummary />);
    const card = await screen.findByRole(
      'region',
      { name: 'Readiness for Senior PMO Analyst' },
      SLOW,
    );
    expect(within(card).getByText(NONE)).toBeDefined();
    expect(card.textContent).not.toMatch(/%|every requirement is met/);
    expect(within(card).queryByRole('img')).toBeNull();
    expect(card.textContent).toContain(
      'No next actions yet: this rung has no essential requirements. Add some on its page to see what to do next.',
    );
  });

  it('the printed report does not print 100% for it', () => {
    const summary: SummarySection = {
      currentRung: { id: 'pmo-analyst', name: 'PMO Analyst' },
      targetRung: { id: 'mine', name: 'Senior PMO Analyst' },
      readiness: { score: null, ready: false, met: 0, total: 0 },
      actions: [],
    };
    inStore(<SummaryPart s={summary} />);
    const section = screen.getByRole('region', { name: 'Summary' });
    expect(section.textContent).toContain(
      'Readiness for Senior PMO Analyst: not measured, as no essential requirements are set for this rung.',
    );
    expect(section.textContent).toContain(
      'No next actions: no essential requirements are set for this rung.',
    );
    expect(section.textContent).not.toMatch(/100%|of the way there|every requirement is met/);
  });
});
