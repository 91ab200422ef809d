// A ladder stored before the months-versus-window check holds "60 months in the last 24". The
// user removed that requirement in the rung editor, pressed Undo, and was told "The earlier
// ladder could not be saved.": the requirement was lost. Undo now puts back the ladder as it
// was stored, whatever check was added since.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultLadderPlan,
  type LadderPlan,
  type Requirement,
} from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 60_000 };

/** The default ladder with PMO Manager's leading experience set to 60 months in the last 24. */
function olderPlan(): LadderPlan {
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

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('ladder-undo-stored-before-check'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
  // Written as an older version wrote it: without today's checks.
  await store.db
    .table('ladderPlan')
    .put({ ...olderPlan(), id: 'me', updatedAt: '2026-01-01T09:00:00.000Z' });
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

const editorList = () => screen.getByRole('list', { name: /^Requirements you can change/ });
const titles = () =>
  within(editorList())
    .queryAllByRole('button', { name: /^Edit / })
    .map((b) => b.textContent!.replace(/^Edit /, ''));

describe('Undo of removing a requirement stored before a later check', TEST, () => {
  it('puts the requirement back as it was stored', async () => {
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <main>
            <LadderScreen rest={['pmo-manager']} />
          </main>
        </UndoProvider>
      </StoreProvider>,
    );
    await screen.findByRole('list', { name: /^Requirements you can change/ }, SLOW);
    const before = titles();
    const leading = '5 years of leading projects in the last 2 years';
    expect(before).toContain(leading);

    fireEvent.click(within(editorList()).getByRole('button', { name: `Remove ${leading}` }));
    await waitFor(() => expect(titles()).not.toContain(leading), SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(titles()).toEqual(before), SLOW);
    expect(screen.queryByText(/could not be saved/)).toBeNull();
    expect((await getLadderPlan(store)).rungs).toEqual(olderPlan().rungs);
  });
});
