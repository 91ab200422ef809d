// A goal whose target is reached while it is still active (rule: the goal card offers to mark it
// achieved; a reminder's link `#/goals/<id>` puts the focus on that goal). jsdom joins a
// button's hidden words without a space, so buttons are found by their first words.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
const goal = (id: string, title: string, current: number) => ({
  id,
  title,
  kind: 'custom',
  target: {
    type: 'number',
    value: 12,
    unit: 'custom',
    unitLabel: 'books',
    measure: { source: 'manual', current },
  },
  startDate: '2026-01-01',
  targetDate: '2026-11-30',
  milestones: [],
  status: 'active',
  ...stamps,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-met'));
  await store.db
    .table('goals')
    .bulkPut([goal('books', 'Read twelve PM books', 12), goal('talks', 'Give twelve talks', 4)]);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show(rest: string[] = []) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <GoalsScreen rest={rest} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const card = (title: string) => screen.getByRole('region', { name: title });
const markButton = (title: string) =>
  within(card(title)).queryByRole('button', { name: /^Mark as achieved/ });

describe('a goal that has reached its target', { timeout: 20_000 }, () => {
  it('is offered to be marked achieved; a goal still short is not', async () => {
    show();
    await screen.findByRole('heading', { name: 'Read twelve PM books' }, SLOW);
    expect(
      within(card('Read twelve PM books')).queryByText(
        'Target reached: mark the goal as achieved when you are ready.',
      ),
    ).not.toBeNull();
    expect(markButton('Read twelve PM books')).not.toBeNull();
    expect(markButton('Give twelve talks')).toBeNull();
  });

  it('is marked achieved with one button, keeps the focus on the card, and can be undone', async () => {
    show();
    await screen.findByRole('heading', { name: 'Read twelve PM books' }, SLOW);
    fireEvent.click(markButton('Read twelve PM books')!);
    await waitFor(() => expect(markButton('Read twelve PM books')).toBeNull(), SLOW);
    expect(within(card('Read twelve PM books')).queryByText('Achieved')).not.toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Read twelve PM books' }),
    );
    expect(((await store.db.table('goals').get('books')) as { status: string }).status).toBe(
      'achieved',
    );
    await screen.findByText('Marked “Read twelve PM books” as achieved.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(markButton('Read twelve PM books')).not.toBeNull(), SLOW);
  });

  it('takes the focus when opened from a reminder’s link', async () => {
    show(['books']);
    const heading = await screen.findByRole('heading', { name: 'Read twelve PM books' }, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
