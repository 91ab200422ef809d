import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { StudySessionRow } from '../../../renderer/src/db/repositories/study-log';
import type {
  StudyBlockRow,
  StudyPlanRow,
} from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { WeekCalendar } from '../../../renderer/src/features/study/WeekCalendar';
import { freshName } from '../../db/helpers';

/**
 * The week says which blocks were missed: ended, with no study logged for their plan that day
 * (missedBlocks). In words on the block ("Missed"), so it is seen without colour and read as
 * part of the block's name; judged by the clock's minute, so a sitting becomes missed when it
 * ends with the screen left open.
 */
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('week-missed'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const stamp = { createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' };
const today = '2026-11-25'; // a Wednesday
const plan: StudyPlanRow = {
  id: 'p1',
  title: 'PMP exam',
  target: { kind: 'exam', heldId: 'h1' },
  hoursNeeded: 20,
  start: '2026-11-02',
  deadline: '2026-12-20',
  availabilityOverride: {},
  blackouts: [],
  sessionMinutes: 60,
  bufferDays: 0,
  dayStart: '18:00',
  status: 'active',
  ...stamp,
};
const block = (id: string, date: string, start: string): StudyBlockRow => ({
  id,
  planId: 'p1',
  date,
  start,
  minutes: 60,
  edited: false,
  ...stamp,
});
const session = (id: string, date: string, planId: string | null): StudySessionRow =>
  ({
    id,
    planId,
    date,
    minutes: 60,
    topic: '',
    source: 'manual',
    activityId: null,
    ...stamp,
  }) as StudySessionRow;

function showWeek() {
  render(
    <StoreProvider store={store}>
      <WeekCalendar
        today={today}
        weekStart="monday"
        clock="24h"
        plans={[plan]}
        blocks={[
          block('mon', '2026-11-23', '18:00'),
          block('tue', '2026-11-24', '18:00'),
          block('wed-early', today, '18:00'),
          block('wed-late', today, '20:00'),
          block('thu', '2026-11-26', '18:00'),
        ]}
        sessions={[session('s1', '2026-11-24', 'p1'), session('s2', '2026-11-23', null)]}
        deadlines={[]}
      />
    </StoreProvider>,
  );
}
const names = () =>
  [...document.querySelectorAll<HTMLElement>('[data-block-id]')].map((b) => [
    b.dataset.blockId,
    b.textContent,
  ]);

describe('missed study blocks in the week', () => {
  it('says "Missed" on ended blocks with no study logged for them, and only on those', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 19, 30));
    showWeek();
    expect(names()).toEqual([
      // Study logged that day, but for no plan: the block is still missed.
      ['mon', '18:00 · 1 h · PMP exam · Missed'],
      ['tue', '18:00 · 1 h · PMP exam'],
      ['wed-early', '18:00 · 1 h · PMP exam · Missed'],
      ['wed-late', '20:00 · 1 h · PMP exam'],
      ['thu', '18:00 · 1 h · PMP exam'],
    ]);
    // Read by a screen reader as part of the block's name, and shown, not hidden.
    expect(screen.getAllByRole('button', { name: /Missed$/ })).toHaveLength(2);
    const word = document.querySelector('[data-block-id="mon"] .study-block-missed');
    expect(word?.closest('.visually-hidden')).toBeNull();
  });

  it('marks a sitting missed the minute it ends, with the week left open', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(new Date(2026, 10, 25, 20, 59, 30));
    showWeek();
    const late = () => document.querySelector('[data-block-id="wed-late"]')?.textContent;
    expect(late()).toBe('20:00 · 1 h · PMP exam');
    act(() => void vi.advanceTimersByTime(31_000));
    expect(late()).toBe('20:00 · 1 h · PMP exam · Missed');
  });
});
