// The Dashboard's "Events and follow-ups" card reads the memberships it can list by the renewal
// index (upcomingSources): a renewal that has passed is still owed, listed as overdue for as
// long as the reminders remind it (OVERDUE_DAYS, shared/domain/study/reminders.ts), so the read
// reaches back that far. Example: renewal day 21 Nov 2026, today 22 Nov 2026: "Renew PMI" stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import { upcomingSources } from '../../renderer/src/db/repositories/journal-due';
import { saveMembership } from '../../renderer/src/db/repositories/journal-network';
import { journalSources } from '../../renderer/src/db/study-hooks';
import type { LocalDate } from '../../shared/dates';
import { upcomingItems, type Membership } from '../../shared/domain/journal';
import { collectDeadlines, dueReminders } from '../../shared/domain/study';
import { freshName } from './helpers';

const asOf: LocalDate = '2026-11-22';
const DAYS = 60;
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('journal-due-renewals'));
});
afterEach(async () => {
  await store.db.delete();
});

const memberships: [string, Partial<Membership>][] = [
  ['PMI', { renewal: '2026-11-21' }],
  ['Ninety days ago', { renewal: '2026-08-24' }],
  ['Ninety-one days ago', { renewal: '2026-08-23' }],
  ['Ended', { renewal: '2026-11-21', endedOn: '2026-11-01' }],
  ['Today', { renewal: asOf }],
  ['Window end', { renewal: '2027-01-21' }],
  ['After the window', { renewal: '2027-01-22' }],
  ['No renewal', { renewal: null }],
];

async function saveAll() {
  for (const [organisation, over] of memberships) {
    const saved = await saveMembership(
      store,
      {
        organisation,
        since: '2024-02-01',
        renewal: null,
        endedOn: null,
        cost: null,
        notes: '',
        ...over,
      },
      asOf,
    );
    if (!saved.ok) throw new Error(`${organisation} not saved`);
  }
}

describe('upcomingSources: membership renewals', () => {
  it('reads a renewal that has passed, back to the reminders’ limit, and none beyond the window', async () => {
    await saveAll();
    const { memberships: read } = await upcomingSources(store, asOf, DAYS);
    expect(read.map((m) => m.organisation).sort()).toEqual(
      ['Ended', 'Ninety days ago', 'PMI', 'Today', 'Window end'].sort(),
    );
  });

  it('the card then lists the passed renewal as overdue, as the reminders do', async () => {
    await saveAll();
    const sources = await upcomingSources(store, asOf, DAYS);
    const card = upcomingItems(sources, asOf, DAYS).flatMap((i) =>
      i.kind === 'renewal' ? [[i.organisation, i.date, i.overdue]] : [],
    );
    expect(card).toEqual([
      ['Ninety days ago', '2026-08-24', true],
      ['PMI', '2026-11-21', true],
      ['Today', asOf, false],
      ['Window end', '2027-01-21', false],
    ]);
    const journal = await journalSources(store);
    const reminded = dueReminders(
      collectDeadlines({ cycles: [], exams: [], goals: [], ...journal }),
      asOf,
      DAYS,
    ).map((r) => [r.deadline.title, r.deadline.date, r.overdue]);
    expect(card).toEqual(reminded);
  });
});
