import { cleanup, render } from '@testing-library/react';
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
 * A re-plan made in the morning of a day already studied laid that day's evening block around
 * the morning's study: the week does not count that study for the block, as the plan card's
 * "behind" check does not (missedBlocks with the plans, loggedBeforeRelay).
 */
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('week-missed-relay'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const today = '2026-11-25'; // a Wednesday
const early = { createdAt: '2026-11-02T10:00:00.000Z', updatedAt: '2026-11-02T10:00:00.000Z' };
const relaidAt = new Date(2026, 10, 25, 11, 0).toISOString();
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
  replannedOn: today,
  createdAt: early.createdAt,
  updatedAt: relaidAt,
};
const block: StudyBlockRow = {
  id: 'wed',
  planId: 'p1',
  date: today,
  start: '18:00',
  minutes: 60,
  edited: false,
  createdAt: relaidAt,
  updatedAt: relaidAt,
};
const session = (id: string, loggedAt: Date): StudySessionRow => ({
  id,
  planId: 'p1',
  date: today,
  minutes: 60,
  topic: '',
  source: 'manual',
  activityId: null,
  createdAt: loggedAt.toISOString(),
  updatedAt: loggedAt.toISOString(),
});

function showWeek(sessions: StudySessionRow[]) {
  render(
    <StoreProvider store={store}>
      <WeekCalendar
        today={today}
        weekStart="monday"
        clock="24h"
        plans={[plan]}
        blocks={[block]}
        sessions={sessions}
        deadlines={[]}
      />
    </StoreProvider>,
  );
  return document.querySelector('[data-block-id="wed"]')?.textContent;
}

describe('missed study blocks after a re-plan the same day', () => {
  it('says "Missed" when the only study that day was logged before the re-plan, not after', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 19, 30));
    expect(showWeek([session('morning', new Date(2026, 10, 25, 9, 0))])).toBe(
      '18:00 · 1 h · PMP exam · Missed',
    );
    cleanup();
    expect(showWeek([session('evening', new Date(2026, 10, 25, 19, 5))])).toBe(
      '18:00 · 1 h · PMP exam',
    );
  });
});
