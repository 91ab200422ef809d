// Goals → Add a goal: a ladder requirement picked for one kind of goal is let go when the kind
// changes to one it does not fit (reviewer's finding: the list said "Choose a requirement" yet
// Save refused "This target does not fit the kind of goal"); one that still fits is kept.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listGoals } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { getSummary, summaryText } from './error-summary-helpers';

const SLOW = { timeout: 5000 };
const MISFIT = 'This target does not fit the kind of goal; choose another measure or kind.';
const NO_TARGET =
  'Give the goal a measurable target: a number above zero, or a requirement on your ladder.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-kind-link'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function openForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <GoalsScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }, SLOW));
  return screen.getByRole('form', { name: 'Add a goal' });
}

const pick = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const kindOption = (form: HTMLElement, label: string) =>
  [...within(form).getByLabelText<HTMLSelectElement>('Kind').options].find(
    (o) => o.textContent === label,
  )!.value;
const requirement = (form: HTMLElement) =>
  within(form).getByLabelText<HTMLSelectElement>('Ladder requirement');

/** The default ladder's first requirement of months of experience, as the list's value. */
function experienceLink(): string {
  for (const rung of defaultLadderPlan().rungs) {
    const q = rung.requirements.find((r) => r.kind === 'experience');
    if (q) return `${rung.id}|${q.id}`;
  }
  throw new Error('The default ladder has no experience requirement.');
}

/** A custom goal linked to an experience requirement of the ladder. */
function linkExperience(form: HTMLElement): string {
  const link = experienceLink();
  pick(form, 'Goal', 'Lead more projects');
  pick(form, 'Kind', kindOption(form, 'Custom'));
  fireEvent.click(within(form).getByLabelText('A requirement on my ladder'));
  pick(form, 'Ladder requirement', link);
  expect(requirement(form).value).toBe(link);
  return link;
}

describe('changing the kind of a goal linked to a ladder requirement', { timeout: 20_000 }, () => {
  it('to one the requirement does not fit lets it go, so Save asks for a target', async () => {
    const form = await openForm();
    linkExperience(form);
    pick(form, 'Kind', kindOption(form, 'Network'));
    const select = requirement(form);
    expect(select.value).toBe('');
    expect(select.selectedOptions[0]?.textContent).toBe('Choose a requirement');
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    const { links } = summaryText(await waitFor(() => getSummary(form)));
    expect(links.join(' ')).toContain(NO_TARGET);
    expect(links.join(' ')).not.toContain(MISFIT);
    expect(await listGoals(store)).toEqual([]);
  });

  it('to one the requirement fits keeps it, and the goal saves linked to it', async () => {
    const form = await openForm();
    const link = linkExperience(form);
    pick(form, 'Kind', kindOption(form, 'Experience'));
    expect(requirement(form).value).toBe(link);
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    const [rungId, requirementId] = link.split('|');
    await waitFor(async () =>
      expect((await listGoals(store)).map((g) => g.target)).toEqual([
        { type: 'requirement', rungId, requirementId },
      ]),
    );
  });
});
