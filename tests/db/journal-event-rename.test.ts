// The reviewer's case (issue 6: never silent changes): "PMO Summit" with the sessions Alpha
// (3 h, Ways of Working) and Beta (1 h, Power Skills), both credit entries confirmed; the event
// renamed "PMO Summit 2026" and saved with "Update them to match". Each entry must keep its own
// session's hours and area (before the fix, Alpha's entry ended with Beta's Power Skills).
import { afterEach, expect, it } from 'vitest';
import type { HeldCredential } from '../../shared/domain/credentials';
import { eventCredits, type EventSession, type JournalEvent } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities } from '../../renderer/src/db/repositories/activities';
import {
  confirmCredits,
  listSessions,
  saveEvent,
} from '../../renderer/src/db/repositories/journal';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
const derive = (e: JournalEvent, s: readonly EventSession[]) =>
  eventCredits(e, s, held, asOf).suggestions;
let store: Store;
afterEach(() => store?.db.close());

it('renaming an event keeps each session’s credit entry with its own hours and area', async () => {
  store = await openStore(freshName('event-rename'));
  const ev: Omit<JournalEvent, 'id'> = {
    name: 'PMO Summit',
    kind: 'conference',
    organiser: 'PMI',
    start: '2026-10-05',
    end: '2026-10-06',
    place: 'Utrecht',
    virtual: false,
    cost: null,
    link: '',
    notes: '',
    contactIds: [],
  };
  const sessions = [
    {
      id: 'b-alpha',
      title: 'Alpha',
      speaker: 'A',
      hours: 3,
      area: 'waysOfWorking' as const,
      givenByMe: false,
    },
    {
      id: 'a-beta',
      title: 'Beta',
      speaker: 'B',
      hours: 1,
      area: 'powerSkills' as const,
      givenByMe: false,
    },
  ];
  const saved = await saveEvent(store, ev, sessions, { asOf });
  if (!saved.ok) throw new Error('event not saved');
  const stored = await listSessions(store);
  const list = derive(saved.value, stored).map((s) => s.activity);
  expect((await confirmCredits(store, 'events', saved.value.id, list, asOf)).ok).toBe(true);

  const renamed = await saveEvent(store, { ...saved.value, name: 'PMO Summit 2026' }, stored, {
    asOf,
    creditsOf: derive,
    link: { action: 'update', fresh: [] },
  });
  expect(renamed.ok).toBe(true);

  const byTitle = Object.fromEntries((await listActivities(store)).map((a) => [a.title, a]));
  expect(Object.keys(byTitle).sort()).toEqual(['PMO Summit 2026: Alpha', 'PMO Summit 2026: Beta']);
  expect(byTitle['PMO Summit 2026: Alpha']).toMatchObject({
    amount: 3,
    split: { waysOfWorking: 3, powerSkills: 0, businessAcumen: 0 },
  });
  expect(byTitle['PMO Summit 2026: Beta']).toMatchObject({
    amount: 1,
    split: { waysOfWorking: 0, powerSkills: 1, businessAcumen: 0 },
  });
});
