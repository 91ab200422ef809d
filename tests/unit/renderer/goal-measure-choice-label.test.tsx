// Goals → Add a goal: the measure's choice is labelled by what is chosen ("Which credential",
// "Which kind of experience"…), not "Which" alone, which told a screen reader nothing.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { goalSummaryItems } from '../../../renderer/src/features/goals/goal-summary';
import { emptyGoalDraft } from '../../../renderer/src/features/goals/goal-draft';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-choice-label'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

describe('the choice that goes with a measure', { timeout: 20_000 }, () => {
  it('is named by what it chooses, for every measure that has one', async () => {
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
    const form = screen.getByRole('form', { name: 'Add a goal' });
    const measure = within(form).getByLabelText('Measured by');
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'custom' } });
    for (const [source, label] of [
      ['credentials', 'Which credential'],
      ['experience', 'Which kind of experience'],
      ['contact-hours', 'Which topic'],
      ['learning-credits', 'Which area'],
      ['skill', 'Which skill'],
    ] as const) {
      fireEvent.change(measure, { target: { value: source } });
      expect(within(form).getByRole('combobox', { name: label }).tagName).toBe('SELECT');
    }
    expect(within(form).queryByLabelText('Which')).toBeNull();
  });

  it('is named the same in the error summary', () => {
    const d = { ...emptyGoalDraft('2026-11-22'), source: 'credentials' as const, param: '' };
    const [item] = goalSummaryItems({ 'target.param': 'Choose the credential to earn.' }, d);
    expect(item?.label).toBe('Which credential');
  });
});
