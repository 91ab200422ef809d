// Events that start on one day, and follow-ups due on one day, in a fixed order: the Events table
// and a contact's "How we met" list events latest first, and of two starting on one day the one
// logged later first (compareEvents), not in the order of their stored ids, a random string, so
// a new event landed above or below its neighbour by chance. The Follow-ups list puts the soonest
// due first, and those due on one day as their interactions are listed (compareFollowUps),
// whatever order the tab is handed them in (before, it kept the order it was given). The ids
// are chosen against the logging order, so the old order shows. Today is 22 Nov 2026.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalEvent } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { useCreditData } from '../../../renderer/src/db/credit-hooks';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useJournal } from '../../../renderer/src/db/journal-hooks';
import { saveEvent } from '../../../renderer/src/db/repositories/journal';
import {
  saveContact,
  saveInteraction,
} from '../../../renderer/src/db/repositories/journal-network';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { InteractionsTab } from '../../../renderer/src/features/network/InteractionsTab';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  store = await openStore(freshName('journal-same-day-events'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** Logged at `hour` on 22 Nov 2026. */
const at = (hour: number) => vi.setSystemTime(new Date(2026, 10, 22, hour, 0));

function show(element: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function rowTitles(caption: string): Promise<string[]> {
  const table = await screen.findByRole('table', { name: caption }, SLOW);
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

async function contact(id: string, name: string) {
  const saved = await saveContact(
    store,
    {
      id,
      name,
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'contact',
      since: null,
      until: null,
      notes: '',
    },
    asOf,
  );
  if (!saved.ok) throw new Error('contact not saved');
}

async function event(id: string, name: string, start: string, end: string, met: string[] = []) {
  const input: JournalEvent = {
    id,
    name,
    kind: 'conference',
    organiser: '',
    start,
    end,
    place: '',
    virtual: false,
    cost: null,
    link: '',
    notes: '',
    contactIds: met,
  };
  const saved = await saveEvent(store, input, [], { asOf });
  if (!saved.ok) throw new Error('event not saved');
}

async function call(id: string, contactId: string, date: string, followUp: string) {
  const saved = await saveInteraction(
    store,
    {
      id,
      contactId,
      date,
      kind: 'call',
      notes: '',
      hours: 0,
      area: 'powerSkills',
      followUp,
    },
    { asOf },
  );
  if (!saved.ok) throw new Error('interaction not saved');
}

describe('events starting on one day', () => {
  it('the Events table: the one logged later first, the later start before both', async () => {
    at(9);
    await event('a', 'Logged first', '2026-11-10', '2026-11-12');
    at(10);
    await event('z', 'Logged second', '2026-11-10', '2026-11-10');
    at(11);
    await event('m', 'Starts later', '2026-11-11', '2026-11-11');
    show(<LearningScreen rest={['events']} />);
    expect(await rowTitles('Your events')).toEqual([
      'Starts later',
      'Logged second',
      'Logged first',
    ]);
  });

  it('a contact’s “How we met”: in the same order', async () => {
    await contact('c1', 'Ana Lima');
    at(9);
    await event('a', 'Summit', '2026-11-10', '2026-11-12', ['c1']);
    at(10);
    await event('z', 'Chapter meeting', '2026-11-10', '2026-11-10', ['c1']);
    at(11);
    await event('m', 'Meetup', '2026-09-01', '2026-09-01', ['c1']);
    show(<NetworkScreen rest={['contacts']} />);
    const table = await screen.findByRole('table', { name: 'Your contacts' }, SLOW);
    const row = within(table).getByRole('rowheader', { name: 'Ana Lima' }).closest('tr')!;
    expect(row.textContent).toContain('Chapter meeting, Summit, Meetup');
  });
});

describe('follow-ups due on one day', () => {
  /** The Interactions tab, handed the interactions in the order the table stores them (by id). */
  function ByStoredId() {
    const journal = useJournal();
    const credit = useCreditData();
    if (!journal || !credit) return null;
    const interactions = [...journal.interactions].sort((x, y) => (x.id < y.id ? -1 : 1));
    return (
      <InteractionsTab
        journal={{ ...journal, interactions }}
        credit={credit}
        asOf={asOf}
        linked={new Map()}
        query=""
        clearSearch={() => undefined}
        onPending={() => undefined}
        startNew={false}
      />
    );
  }

  it('the soonest first; on one day the later interaction first, then the one logged later', async () => {
    await contact('c1', 'Ana Lima');
    await contact('c2', 'Bram Jansen');
    await contact('c3', 'Chen Wei');
    await contact('c4', 'Dana Cole');
    at(9);
    await call('a', 'c1', '2026-11-20', '2026-12-01'); // logged first
    at(10);
    await call('b', 'c2', '2026-11-20', '2026-12-01'); // the same day, logged later
    await call('c', 'c3', '2026-11-21', '2026-12-01'); // a later interaction
    await call('z', 'c4', '2026-11-01', '2026-11-30'); // due sooner
    show(<ByStoredId />);
    const list = await screen.findByRole('list', { name: 'Follow-ups' }, SLOW);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(4));
    const names = within(list)
      .getAllByRole('listitem')
      .map((li) => /: ([A-Za-z ]+?)\s*Done/.exec(li.textContent ?? '')?.[1]);
    expect(names).toEqual(['Dana Cole', 'Chen Wei', 'Bram Jansen', 'Ana Lima']);
  });
});
