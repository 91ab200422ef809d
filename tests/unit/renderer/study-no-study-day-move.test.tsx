import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type {
  StudyBlockRow,
  StudyPlanRow,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { BlockDialog } from '../../../renderer/src/features/study/BlockDialog';
import { WeekCalendar } from '../../../renderer/src/features/study/WeekCalendar';
import { freshName } from '../../db/helpers';

/**
 * A plan's days with no study hold none (checkBlockChange, Ascent rule from the study review):
 * Alt + arrow and the block's dialog refuse to put a block there and say what to do, where they
 * used to move it onto the holiday the person had listed.
 */
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('no-study-day-move'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

const stamp = { createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' };
// Today is Monday 23 Nov 2026; Wednesday 25 Nov is a day with no study.
const today = '2026-11-23';
const plan: StudyPlanRow = {
  id: 'p1',
  title: 'PMP exam',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: 20,
  start: '2026-11-02',
  deadline: '2027-01-25',
  availabilityOverride: {},
  blackouts: ['2026-11-25'],
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
const refusal =
  "That day is one of this plan's days with no study. Choose another day, or first take it off the plan's “Days with no study” (Edit plan).";

beforeEach(async () => {
  await store.db.table('studyPlans').put(plan);
  await store.db.table('studyBlocks').put(block);
});

describe('a block moved onto a day with no study', () => {
  it('with Alt + →: not moved, and the week says why', async () => {
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
    const button = screen.getByRole('button', { name: /PMP exam/ });
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowRight', altKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`Not moved. ${refusal}`),
    );
    expect((await store.db.table('studyBlocks').get('b1')).date).toBe('2026-11-24');
  });

  it('in the block’s dialog: nothing saved, and the dialog says why', async () => {
    let closed = false;
    render(
      <StoreProvider store={store}>
        <BlockDialog block={block} today={today} plan={plan} onClose={() => (closed = true)} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2026-11-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save block' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(refusal));
    expect(closed).toBe(false);
    expect((await store.db.table('studyBlocks').get('b1')).date).toBe('2026-11-24');
  });
});
