// The sample career told two stories: its credit log had "Regional PMO conference" (PMO forum,
// 5 Nov 2026), yet the journal had no past event, so the dashboard and the ladder first
// suggested attending a conference. The conference is now a past event in the journal, its
// credit entry linked to it as confirming the event's credit links it, and the suggestion is
// gone from the next best actions.
import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import {
  linkedActivities,
  listEvents,
  listSessions,
} from '../../../renderer/src/db/repositories/journal';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { ReadinessSummary } from '../../../renderer/src/features/ladder/ReadinessSummary';
import { seedSample } from '../../../renderer/src/features/sample/seed-sample';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const TODAY = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  store = await openStore(freshName('sample-conference'));
  await seedSample(store, TODAY);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show(ui: ReactElement) {
  render(
    <StoreProvider store={store}>
      <UndoProvider>{ui}</UndoProvider>
    </StoreProvider>,
  );
}

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');

describe('the sample’s regional PMO conference', { timeout: 30_000 }, () => {
  it('is a past event in the journal, linked to its credit entry', async () => {
    const events = await listEvents(store);
    const past = events.filter((e) => e.kind === 'conference' && e.end <= TODAY);
    expect(past.map((e) => [e.name, e.organiser, e.start, e.end])).toEqual([
      ['Regional PMO conference', 'PMO forum', '2026-11-05', '2026-11-05'],
    ]);
    const event = past[0]!;
    const sessions = (await listSessions(store)).filter((s) => s.eventId === event.id);
    expect(sessions.reduce((sum, s) => sum + s.hours, 0)).toBe(9);

    const linked = await linkedActivities(store, event.id);
    expect(linked.map((a) => [a.title, a.provider, a.date, a.amount])).toEqual([
      ['Regional PMO conference', 'PMO forum', '2026-11-05', 9],
    ]);
    // The credit log holds it once: the linked entry is the one Recent activity shows.
    const all = await listActivities(store);
    expect(all.filter((a) => a.title === 'Regional PMO conference')).toHaveLength(1);
  });

  it('is counted by readiness: no next best action asks to attend a conference', async () => {
    show(<LadderScreen rest={[]} />);
    const list = await screen.findByRole(
      'list',
      { name: 'Next best actions for PMO Manager' },
      SLOW,
    );
    const actions = items(list);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((a) => /conference/i.test(a))).toEqual([]);
    cleanup();

    show(<ReadinessSummary />);
    const top = await screen.findByRole('list', { name: 'Top next best actions' }, SLOW);
    expect(items(top).filter((a) => /conference/i.test(a))).toEqual([]);
  });
});
