// An interaction's credit entries when it is edited (review A15, as for courses): an edit that
// changes nothing they come from (the notes) saves without asking and leaves them exactly as
// they were; a change of hours asks first. PMP earned 15 Jan 2025; today 22 Nov 2026.
import { afterEach, describe, expect, it } from 'vitest';
import type { HeldCredential } from '../../shared/domain/credentials';
import { interactionCredits, type Interaction } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { confirmCredits, linkedActivities } from '../../renderer/src/db/repositories/journal';
import {
  saveContact,
  saveInteraction,
  type InteractionRow,
} from '../../renderer/src/db/repositories/journal-network';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
const creditsOf = (i: Interaction) => interactionCredits(i, 'Morgan Ellis', held).suggestions;
let store: Store;
afterEach(() => store?.db.close());

/** A mentoring session received, its credit entry confirmed. */
async function mentoringWithCredit(): Promise<InteractionRow> {
  store = await openStore(freshName('interaction-answers'));
  const contact = await saveContact(
    store,
    {
      name: 'Morgan Ellis',
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'mentor',
      since: '2026-01-01',
      until: null,
      notes: '',
    },
    asOf,
  );
  if (!contact.ok) throw new Error('contact not saved');
  const saved = await saveInteraction(
    store,
    {
      contactId: contact.value.id,
      date: '2026-11-10',
      kind: 'mentoring-received',
      notes: '',
      hours: 2,
      area: 'powerSkills',
      followUp: null,
    },
    { asOf },
  );
  if (!saved.ok) throw new Error('interaction not saved');
  const proposed = creditsOf(saved.value);
  expect(proposed.length).toBeGreaterThan(0);
  const confirmed = await confirmCredits(
    store,
    'interactions',
    saved.value.id,
    proposed.map((p) => p.activity),
    asOf,
  );
  if (!confirmed.ok) throw new Error('credit entry not confirmed');
  return saved.value;
}

describe('editing an interaction with credit entries', () => {
  it('saves its notes without asking and leaves the credit entries exactly as they were', async () => {
    const i = await mentoringWithCredit();
    const before = await linkedActivities(store, i.id);
    const saved = await saveInteraction(
      store,
      { ...i, notes: 'Talked about stakeholder maps.' },
      { asOf, creditsOf },
    );
    expect(saved.ok).toBe(true);
    expect((await store.db.table('interactions').get(i.id)).notes).toBe(
      'Talked about stakeholder maps.',
    );
    expect(await linkedActivities(store, i.id)).toEqual(before);
  });

  it('asks first when its hours change, and writes nothing until answered', async () => {
    const i = await mentoringWithCredit();
    const asked = await saveInteraction(store, { ...i, hours: 3 }, { asOf, creditsOf });
    expect(asked.ok).toBe(false);
    expect(!asked.ok && asked.question).toMatchObject({ table: 'interactions', linked: 1 });
    expect((await store.db.table('interactions').get(i.id)).hours).toBe(2);
  });
});
