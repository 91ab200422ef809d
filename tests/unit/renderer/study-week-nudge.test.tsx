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

function week(on: string) {
  return (
    <StoreProvider store={store}>
      <WeekCalendar
        today={on}
        weekStart="monday"
        clock="24h"
        plans={[plan]}
        blocks={[block]}
        sessions={[]}
        deadlines={[]}
      />
    </StoreProvider>
  );
}

function showWeek() {
  render(week(today));
  return screen.getByRole('button', { name: /PMP exam/ });
}

/** The line the week shows a refused move on: the status, unless hidden inside it. */
const shownNote = () => {
  const status = screen.getByRole('status');
  return status.querySelector('.visually-hidden') ? '' : status.textContent;
};

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

  // Review: the refusal was only in a visually-hidden status, so a sighted keyboard user saw
  // nothing. It is shown on the week's note line, and goes once the focus moves on.
  it('refused: the words are shown, not only announced, until the focus moves on', async () => {
    await store.db.table('studyPlans').put(plan);
    await store.db.table('studyBlocks').put(block);
    const button = showWeek();
    const line = screen.getByRole('status').parentElement!;
    expect(line.textContent).toBe('\u00a0');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowRight', altKey: true });
    const words = `Not moved. Pick a day before the exam on ${formatDate('2026-11-25')}: no study is planned on or after it.`;
    await waitFor(() => expect(shownNote()).toBe(words));
    expect(line.textContent).toBe(words);
    expect(screen.getByRole('status').closest('.visually-hidden')).toBeNull();
    expect(document.activeElement).toBe(button);
    // The focus goes to another day's heading: the refusal is no longer shown or said.
    fireEvent.keyDown(button, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).not.toBe(button));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  it('refused, then moved: the refusal gives way to the move, said only', async () => {
    await store.db.table('studyPlans').put(plan);
    await store.db.table('studyBlocks').put(block);
    const button = showWeek();
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(shownNote()).toMatch(/^Not moved\. /));
    fireEvent.keyDown(button, { key: 'ArrowLeft', altKey: true });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Block moved to ${formatDate('2026-11-23')}.`,
      ),
    );
    expect(shownNote()).toBe('');
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

describe('the week left open past midnight', () => {
  // Review: open over Sunday midnight, the week went on showing last week until "This week"
  // was pressed. The week on screen follows today, unless another week was chosen.
  const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

  it('moves on to the new week when it was showing the week of the day before', () => {
    const view = render(week('2026-11-29')); // a Sunday
    expect(heading()).toBe(`Week of ${formatDate('2026-11-23')}`);
    view.rerender(week('2026-11-30'));
    expect(heading()).toBe(`Week of ${formatDate('2026-11-30')}`);
  });

  it('stays on a week the user chose', () => {
    const view = render(week('2026-11-29'));
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(heading()).toBe(`Week of ${formatDate('2026-11-16')}`);
    view.rerender(week('2026-11-30'));
    expect(heading()).toBe(`Week of ${formatDate('2026-11-16')}`);
  });

  it('stays put when the day changes within the week', () => {
    const view = render(week('2026-11-24'));
    view.rerender(week('2026-11-25'));
    expect(heading()).toBe(`Week of ${formatDate('2026-11-23')}`);
  });
});
