// Ladder → Skills: a rating saved by mistake can be deleted from the skill's history, and
// the delete undone, as degrees and roles can. Rated Leadership 3, then 4 the same day: the
// level now is 4 (the one saved last, not whichever the store happened to read last);
// deleting the 4 gives back the 3; Undo brings the 4 back. Each Delete names its rating, and
// focus is handed on as for every other delete.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listAssessments, saveAssessment } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { SkillsScreen } from '../../../renderer/src/features/ladder/SkillsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-12';
const on = formatDate(asOf);
const SLOW = { timeout: 5000 };
const NAME = 'Leadership and management';
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // The clock stands still: both ratings are saved in the same millisecond.
  vi.setSystemTime(new Date(2026, 10, 12, 10, 0));
  store = await openStore(freshName('skill-rating-delete'));
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
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function rate(level: 3 | 4) {
  const saved = await saveAssessment(store, { skill: 'leadership', level, date: asOf }, asOf);
  if (!saved.ok) throw new Error('rating not saved');
}

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <SkillsScreen />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** The levels in Leadership's history table, oldest first. */
const history = () =>
  within(screen.getByRole('table', { name: `History of ${NAME}` }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent);

/** Leadership's level now, from the table of now against the target rung. */
const levelNow = () =>
  within(screen.getByRole('row', { name: new RegExp(`^${NAME}`) })).getAllByRole('cell')[0]
    ?.textContent;

function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}

function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

describe('a skill rating’s Delete', { timeout: 30_000 }, () => {
  it('two the same day: the later is the level; delete it and undo', async () => {
    await rate(3);
    await rate(4);
    show();
    await screen.findByRole('table', { name: `History of ${NAME}` }, SLOW);
    expect(history()).toEqual(['3', '4']);
    expect(levelNow()).toBe('4');

    press(`Delete ${NAME} level 4 rating of ${on}`);
    await waitFor(() => expect(history()).toEqual(['3']), SLOW);
    expect(levelNow()).toBe('3');
    expect((await listAssessments(store)).map((a) => a.level)).toEqual([3]);
    // Focus goes on to the rating left (the one before, as the last row went).
    await waitFor(
      () => expect(focused()).toBe(`button: Delete ${NAME} level 3 rating of ${on}`),
      SLOW,
    );
    screen.getByText(`Deleted the ${NAME} level 4 rating of ${on}.`);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await waitFor(() => expect(history()).toEqual(['3', '4']), SLOW);
    expect(levelNow()).toBe('4');
    await waitFor(
      () => expect(focused()).toBe(`button: Delete ${NAME} level 4 rating of ${on}`),
      SLOW,
    );
  });

  it('the only rating: focus goes to the skill’s heading, and the skill reads not rated', async () => {
    await rate(3);
    show();
    await screen.findByRole('table', { name: `History of ${NAME}` }, SLOW);
    press(`Delete ${NAME} level 3 rating of ${on}`);
    await waitFor(
      () => expect(screen.queryByRole('table', { name: `History of ${NAME}` })).toBeNull(),
      SLOW,
    );
    expect(levelNow()).toBe('Not rated');
    await waitFor(() => expect(focused()).toBe(`h2: ${NAME}`), SLOW);
    expect(await listAssessments(store)).toEqual([]);
  });
});
