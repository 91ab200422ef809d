// Removing a rung that goals are linked to took it away at once: the goals lost the requirement
// that measured them with no word before (a reset says it; PRODUCT.md: no silent loss). The
// removal now asks first and says what the goals lose. The question of a rung of the user's own
// no longer offers a reset to bring it back (a reset never does).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../../shared/domain/goals';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
} from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  getLadderPlan,
  saveGoal,
  saveLadderPlan,
} from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-12-05';

const linked = (title: string, rungId: string, requirementId: string): Omit<Goal, 'id'> => ({
  title,
  kind: 'custom',
  target: { type: 'requirement', rungId, requirementId },
  startDate: '2026-11-01',
  targetDate: '2027-06-30',
  milestones: [],
  status: 'active',
});

let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 9, 0)); // 5 Dec 2026
  store = await openStore(freshName('remove-rung-goals'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung: 'project-support',
    targetRung: 'pmo-analyst',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function renderLadder() {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LadderScreen rest={[]} />
      </UndoProvider>
    </StoreProvider>,
  );
}

describe('removing a rung goals are linked to', { timeout: 30_000 }, () => {
  it('asks first, says what the goals lose, and Cancel keeps the rung', async () => {
    const goal = await saveGoal(
      store,
      linked('Run a PMO for 3 years', 'pmo-director', 'experience-pmo'),
      ASOF,
    );
    if (!goal.ok) throw new Error(JSON.stringify(goal.errors));
    renderLadder();
    const remove = await screen.findByRole('button', { name: 'Remove PMO Director' }, SLOW);
    await new Promise((done) => setTimeout(done, 300)); // the goals are read after the ladder
    fireEvent.click(remove);
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove PMO Director?' });
    expect(dialog.textContent).toContain(
      '1 goal is linked to one of its requirements: it stays, with no requirement to measure it by.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((await getLadderPlan(store)).rungs.map((r) => r.id)).toContain('pmo-director');
  });

  it('of a rung of your own, never offers a reset to bring it back', async () => {
    const added = addRung(defaultLadderPlan(), newUserRung('own-senior', 'Senior PMO Analyst'), 2);
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    await saveLadderPlan(store, added.value);
    await saveProfile(store, {
      ...emptyProfileDraft(),
      name: 'Dana',
      currentRung: 'project-support',
      targetRung: 'own-senior',
      education: 'bachelor',
    });
    renderLadder();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Senior PMO Analyst' }, SLOW));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Senior PMO Analyst?' });
    expect(dialog.textContent).toContain('Senior PMO Analyst is your target rung.');
    expect(dialog.textContent).toContain('use Undo right after to put it back');
    expect(dialog.textContent).not.toContain('reset');
  });

  it('removing a requirement a goal is linked to says what the goal loses', async () => {
    const goal = await saveGoal(
      store,
      linked('Two years of PMO work', 'pmo-analyst', 'experience-pmo'),
      ASOF,
    );
    if (!goal.ok) throw new Error(JSON.stringify(goal.errors));
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LadderScreen rest={['pmo-analyst']} />
        </UndoProvider>
      </StoreProvider>,
    );
    const remove = await screen.findByRole('button', { name: /^Remove 1 year/ }, SLOW);
    await new Promise((done) => setTimeout(done, 300)); // the goals are read after the ladder
    fireEvent.click(remove);
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        '1 goal linked to it has no requirement to measure it by; Undo puts it back.',
      ),
    );
  });
});
