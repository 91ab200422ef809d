// Next best actions for the user's own requirements never said which one: with two of them the
// Ladder and the Dashboard read "Complete your own requirement (readiness +50%)." twice, and the
// printed report "Complete a requirement set for this rung." twice. Each now names its title.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
  type LadderPlan,
  type Requirement,
} from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { nextBestActions } from '../../../shared/domain/readiness';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { actionText } from '../../../renderer/src/features/ladder/action-messages';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { reportActionWords } from '../../../renderer/src/features/reports/report-words';
import { freshName } from '../../db/helpers';
import { readinessInput } from '../domain/eligibility/fixtures';

const REVIEW = 'Run a PMO maturity review';
const PRESENT = 'Present to the steering committee';

const own = (id: string, title: string): Requirement => ({
  id,
  kind: 'custom',
  title,
  done: false,
  priority: 'essential',
  basis: { source: 'Added by you' },
  origin: 'user',
});

/** The default ladder with "Senior PMO Analyst" added, holding only two requirements of the user's own. */
function planWithSenior(): LadderPlan {
  const added = addRung(defaultLadderPlan(), newUserRung('senior', 'Senior PMO Analyst'), 2);
  if (!added.ok) throw new Error('rung not added');
  return {
    ...added.value,
    rungs: added.value.rungs.map((r) =>
      r.id === 'senior' ? { ...r, requirements: [own('a', REVIEW), own('b', PRESENT)] } : r,
    ),
  };
}

describe('next best actions for requirements of the user’s own', () => {
  const actions = nextBestActions(planWithSenior(), 'senior', readinessInput());

  it('carry the title of the requirement they close', () => {
    expect(actions.map((a) => (a.code === 'COMPLETE_CUSTOM' ? a.title : a.code))).toEqual([
      REVIEW,
      PRESENT,
    ]);
  });

  it('name it on the screen', () => {
    expect(actions.map((a) => actionText(a))).toEqual([
      `Complete your own requirement “${REVIEW}” (readiness +50%).`,
      `Complete your own requirement “${PRESENT}” (readiness +50%).`,
    ]);
  });

  it('name it in the printed report', () => {
    expect(actions.map((a) => actionText(a, [], reportActionWords))).toEqual([
      `Complete “${REVIEW}”, a requirement set for this rung (readiness +50%).`,
      `Complete “${PRESENT}”, a requirement set for this rung (readiness +50%).`,
    ]);
  });
});

describe('the Ladder’s next best actions', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshName('own-requirement-actions'));
    await saveLadderPlan(store, planWithSenior());
    await saveProfile(store, {
      ...emptyProfileDraft(),
      currentRung: 'pmo-analyst',
      targetRung: 'senior',
      education: 'bachelor',
    });
  });
  afterEach(() => {
    cleanup();
    store?.db.close();
  });

  it('say which requirement each action is for', async () => {
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LadderScreen rest={[]} />
        </UndoProvider>
      </StoreProvider>,
    );
    const list = await screen.findByRole(
      'list',
      { name: 'Next best actions for Senior PMO Analyst' },
      { timeout: 5000 },
    );
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Complete your own requirement “${REVIEW}” (readiness +50%).`,
      `Complete your own requirement “${PRESENT}” (readiness +50%).`,
    ]);
  }, 30_000);
});
