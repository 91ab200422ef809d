import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type {
  StudyBlockRow,
  StudyPlanRow,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { WeekCalendar } from '../../../renderer/src/features/study/WeekCalendar';
import { freshName } from '../../db/helpers';

/**
 * Alt + arrow on a block of the week moves it a day (WeekCalendar, nudge). Rule (study
 * planner): no study is planned on or after the exam day, so a block is not moved there; the
 * week says why in the words of the block's dialog, naming the exam's day.
 */
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('week-nudge'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

const stamp = { createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' };
// Today is Monday 23 Nov 2026; the exam is on Wednesday 25 Nov, in the same week.
const today = '2026-11-23';
const plan: StudyPlanRow = {
  id: 'p1',
  title: 'PMP exam',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: 20,
  start: '2026-11-02',
  deadline: '2026-11-25',
  availabilityOverride: {},
  blackouts: [],
  sessionMinutes: 60,
  bufferDays: 0,
  dayStart: '18:00',
  status: 'active',
  ...stamp,
};
const block: StudyBlockRow = {
  id: 'b1',
  planId: 'p1',
  date: '2026-11-24',
  start: '18:00',
  minutes: 60,
  edited: false,
  ...stamp,
};

function showWeek() {
  render(
    <StoreProvider store={store}>
      <WeekCalendar
        today={today}
        weekStart="monday"
        clock="24h"
        plans={[plan]}
        blocks={[block]}
        sessions={[]}
        deadlines={[]}
      />
    </StoreProvider>,
  );
  return screen.getByRole('button', { name: /PMP exam/ });
}

describe('moving a block with Alt + arrow', () => {
  it('onto the exam day: not moved, and the words name the exam’s day', async () => {
    await store.db.table('studyPlans').put(plan);
    await store.db.table('studyBlocks').put(block);
    const button = showWeek();
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowRight', altKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Not moved. Pick a day before the exam on ${formatDate('2026-11-25')}: no study is planned on or after it.`,
      ),
    );
    expect(await store.db.table('studyBlocks').get('b1')).toEqual(block);
  });

  it('onto today, before the exam: moved', async () => {
    await store.db.table('studyPlans').put(plan);
    await store.db.table('studyBlocks').put(block);
    const button = showWeek();
    fireEvent.keyDown(button, { key: 'ArrowLeft', altKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Block moved to ${formatDate('2026-11-23')}.`,
      ),
    );
    expect(await store.db.table('studyBlocks').get('b1')).toMatchObject({
      date: '2026-11-23',
      edited: true,
    });
  });
});
