// "Reset the whole ladder?" said only that changed rungs, requirements and names go back to the
// default; it never said that the rungs (and requirements) the user added are removed, that
// goals linked to them lose their link, nor that a profile rung among them must be chosen again.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
  type LadderPlan,
  type Requirement,
} from '../../../shared/catalog/ladder-requirements';
import type { Goal, GoalTarget } from '../../../shared/domain/goals';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveGoal, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { resetLossText } from '../../../renderer/src/features/ladder/edit-messages';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { ladderResetLoss } from '../../../shared/domain/ladder/reset-loss';
import { freshName } from '../../db/helpers';

const own = (id: string, title: string): Requirement => ({
  id,
  kind: 'custom',
  title,
  done: false,
  priority: 'essential',
  basis: { source: 'Added by you' },
  origin: 'user',
});

/** Rungs added after the first rung, each with one requirement of the user's own. */
function withRungs(...names: string[]): LadderPlan {
  let plan = defaultLadderPlan();
  names.forEach((name, i) => {
    const added = addRung(plan, newUserRung(`own-${i}`, name), 2 + i);
    if (!added.ok) throw new Error('rung not added');
    plan = {
      ...added.value,
      rungs: added.value.rungs.map((r) =>
        r.id === `own-${i}` ? { ...r, requirements: [own(`q-${i}`, `Own ${i}`)] } : r,
      ),
    };
  });
  return plan;
}

/** `plan` with a requirement of the user's own added to PMO Director. */
const withOwnOnDirector = (plan: LadderPlan): LadderPlan => ({
  ...plan,
  rungs: plan.rungs.map((r) =>
    r.id === 'pmo-director'
      ? { ...r, requirements: [...r.requirements, own('mine', 'Run a PMO maturity review')] }
      : r,
  ),
});

const linkedTo = (rungId: string, requirementId: string): Pick<Goal, 'target'> => ({
  target: { type: 'requirement', rungId, requirementId },
});
const manual: Pick<Goal, 'target'> = {
  target: {
    type: 'number',
    value: 1,
    unit: 'custom',
    unitLabel: 'talks',
    measure: { source: 'manual', current: 0 },
  },
};
const shipped = defaultLadderPlan();
const directorQ = shipped.rungs.find((r) => r.id === 'pmo-director')!.requirements[0]!.id;

describe('ladderResetLoss', () => {
  it('finds nothing of the user’s own on the shipped ladder, numbers changed or not', () => {
    const goals = [linkedTo('pmo-director', directorQ), manual];
    expect(ladderResetLoss(shipped, defaultLadderPlan(), goals)).toEqual({
      addedRungs: [],
      addedRequirements: 0,
      unlinkedGoals: 0,
      profileRungs: {},
    });
    expect(resetLossText(ladderResetLoss(shipped, defaultLadderPlan(), goals))).toEqual([]);
  });

  it('names the rungs added, counts requirements added and the goals linked to any of them', () => {
    const plan = withOwnOnDirector(withRungs('Senior PMO Analyst', 'Head of Delivery'));
    const goals = [
      linkedTo('own-0', 'q-0'),
      linkedTo('pmo-director', 'mine'),
      linkedTo('pmo-director', directorQ), // kept by the reset
      linkedTo('gone-before', 'q'), // already unlinked: nothing to lose
      manual,
    ];
    const loss = ladderResetLoss(plan, shipped, goals, {
      currentRung: 'own-0',
      targetRung: 'pmo-director',
    });
    expect(loss).toEqual({
      addedRungs: ['Senior PMO Analyst', 'Head of Delivery'],
      addedRequirements: 1,
      unlinkedGoals: 2,
      profileRungs: { current: 'Senior PMO Analyst' },
    });
    expect(resetLossText(loss)).toEqual([
      'The 2 rungs you added, Senior PMO Analyst and Head of Delivery, are removed with their requirements.',
      'The requirement you added to a default rung is removed.',
      '2 goals linked to them lose their link: they stay, with no requirement to measure them by.',
      'Your current rung, Senior PMO Analyst, is one you added: choose another in your profile.',
    ]);
  });

  it.each([
    [
      'one rung, one goal, the target rung',
      {
        addedRungs: ['Senior PMO Analyst'],
        addedRequirements: 0,
        unlinkedGoals: 1,
        profileRungs: { target: 'Senior PMO Analyst' },
      },
      [
        'The rung you added, Senior PMO Analyst, is removed with its requirements.',
        '1 goal linked to them loses its link: it stays, with no requirement to measure it by.',
        'Your target rung, Senior PMO Analyst, is one you added: choose another in your profile.',
      ],
    ],
    [
      'requirements only, both profile rungs',
      {
        addedRungs: [],
        addedRequirements: 3,
        unlinkedGoals: 0,
        profileRungs: { current: 'A', target: 'B' },
      },
      [
        'The 3 requirements you added to default rungs are removed.',
        'Your current rung, A, and your target rung, B, are ones you added: choose others in your profile.',
      ],
    ],
  ])('in words: %s', (_, loss, words) => {
    expect(resetLossText(loss)).toEqual(words);
  });

  it('says it in general while the goals are not known yet', () => {
    expect(resetLossText(null)).toEqual([
      'Rungs and requirements you added are removed, and goals linked to them lose their link.',
    ]);
  });
});

describe('the "Reset the whole ladder?" question', () => {
  let store: Store;
  beforeEach(async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    store = await openStore(freshName('reset-ladder-loss'));
  });
  afterEach(() => {
    cleanup();
    store?.db.close();
  });

  async function ask() {
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LadderScreen rest={[]} />
        </UndoProvider>
      </StoreProvider>,
    );
    const reset = await screen.findByRole(
      'button',
      { name: 'Reset the whole ladder to the default' },
      { timeout: 5000 },
    );
    fireEvent.click(reset);
    return screen.findByRole('alertdialog', { name: 'Reset the whole ladder?' });
  }

  it('says which rungs go and how many linked goals lose their link', async () => {
    const plan = withRungs('Senior PMO Analyst');
    await saveLadderPlan(store, plan);
    await saveProfile(store, {
      ...emptyProfileDraft(),
      currentRung: 'pmo-analyst',
      targetRung: 'own-0',
      education: 'bachelor',
    });
    const target: GoalTarget = { type: 'requirement', rungId: 'own-0', requirementId: 'q-0' };
    const goal = {
      title: 'Own 0',
      kind: 'custom' as const,
      target,
      startDate: '2026-01-01',
      targetDate: null,
      milestones: [],
      status: 'active' as const,
    };
    expect((await saveGoal(store, goal, '2026-01-01', plan)).ok).toBe(true);

    const question = await ask();
    await screen.findByText(/goal linked to them/, undefined, { timeout: 5000 });
    const text = question.textContent ?? '';
    expect(text).toContain(
      'Every rung, requirement and name you changed goes back to the default.',
    );
    expect(text).toContain(
      'The rung you added, Senior PMO Analyst, is removed with its requirements.',
    );
    expect(text).toContain(
      '1 goal linked to them loses its link: it stays, with no requirement to measure it by.',
    );
    expect(text).toContain(
      'Your target rung, Senior PMO Analyst, is one you added: choose another in your profile.',
    );
    expect(text).toContain('Right after, Undo can still bring your edited ladder back.');
  }, 30_000);

  it('says nothing more when nothing of the user’s own would go', async () => {
    const question = await ask();
    // Once the goals are read (before, it says in general what a reset would remove).
    await waitFor(() => expect(question.textContent).not.toContain('you added'));
    expect(question.querySelector('ul')).toBeNull();
  }, 30_000);
});
