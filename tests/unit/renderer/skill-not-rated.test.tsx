// A skill never rated is judged as level 0 (readiness: no progress), and the rung's page read
// "Not met" beside "level 0" — a level no one chose, and no word on what to do. It now says
// the skill is not rated yet and where to rate it; a rated skill keeps its level.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveAssessment } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-12-05';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 9, 0)); // 5 Dec 2026
  store = await openStore(freshName('skill-not-rated'));
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

/** Status, you have, needed, gap: the cells after the priority. */
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .slice(1, 5)
    .map((c) => c.textContent);

describe('a skill requirement on a rung’s page', { timeout: 30_000 }, () => {
  it('never rated: says so and where to rate it, not "Not met" at level 0', async () => {
    // Project Support asks for Communication at level 2 (the default ladder).
    const rated = await saveAssessment(
      store,
      { skill: 'organisational', level: 1, date: '2026-11-01' },
      ASOF,
    );
    if (!rated.ok) throw new Error('assessment not saved');
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <LadderScreen rest={['project-support']} />
        </UndoProvider>
      </StoreProvider>,
    );
    const unrated = await screen.findByRole('row', { name: /^Communication at level 2/ }, SLOW);
    expect(cellsOf(unrated)).toEqual([
      'Not rated yet — rate it under Skills',
      'Not rated yet',
      'level 2',
      '2 levels',
    ]);
    expect(unrated.textContent).not.toContain('level 0');
    // A rated skill below its level is not met, at the level rated.
    const below = screen.getByRole('row', { name: /^Organisation at level 2/ });
    expect(cellsOf(below)).toEqual(['Not met', 'level 1', 'level 2', '1 level']);
  });
});
