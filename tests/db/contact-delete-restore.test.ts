// Deleting a contact takes their interactions (with notes, reflections and follow-ups), the
// credit entries those earned as the user answered, and their place among an event's
// "contacts met"; Undo (restoreEntry) puts every row back exactly as it was — compared table by
// table, field by field. PMP earned 15 Jan 2025; today 22 Nov 2026.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldCredential } from '../../shared/domain/credentials';
import { interactionCredits, type Interaction } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listActivities, saveActivity } from '../../renderer/src/db/repositories/activities';
import {
  confirmCredits,
  restoreEntry,
  saveEvent,
} from '../../renderer/src/db/repositories/journal';
import {
  deleteContact,
  saveContact,
  saveInteraction,
} from '../../renderer/src/db/repositories/journal-network';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
const held: HeldCredential[] = [
  { id: 'h-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
];
let store: Store;
let minute = 0;
/** Every write a minute after the one before, so a changed `updatedAt` always shows. */
const tick = () => vi.setSystemTime(new Date(Date.UTC(2026, 10, 22, 9, minute++)));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  tick();
  store = await openStore(freshName('contact-delete'));
});
afterEach(async () => {
  vi.useRealTimers();
  await store.db.delete();
});

const person = (name: string) => ({
  name,
  organisation: 'Acme',
  role: 'PMO lead',
  howMet: 'PMO Summit',
  tags: ['pmo'],
  relation: 'mentor' as const,
  since: '2026-01-10',
  until: null,
  notes: 'Weekly calls',
});

/**
 * Morgan Ellis with three interactions — a mentoring session with a reflection, a credit entry
 * (with an evidence file) and a follow-up, a call that answers it, and a message — met at
 * an event between two other contacts; Sam Ortiz with an interaction of his own.
 */
async function morganWithInteractions() {
  const morgan = await saveContact(store, person('Morgan Ellis'), asOf);
  const sam = await saveContact(store, person('Sam Ortiz'), asOf);
  const kim = await saveContact(store, person('Kim Park'), asOf);
  if (!morgan.ok || !sam.ok || !kim.ok) throw new Error('contacts not saved');
  const talk = async (contactId: string, fields: Partial<Interaction>) => {
    tick();
    const saved = await saveInteraction(
      store,
      {
        contactId,
        date: '2026-11-10',
        kind: 'call',
        notes: '',
        hours: 0,
        area: 'powerSkills',
        followUp: null,
        ...fields,
      },
      { asOf },
    );
    if (!saved.ok) throw new Error('interaction not saved');
    return saved.value;
  };
  const mentoring = await talk(morgan.value.id, {
    kind: 'mentoring-received',
    hours: 1.5,
    notes: 'Portfolio reviews',
    followUp: '2026-11-27',
    reflection: { learned: 'Ask for the decision first.', apply: 'In the next steering group.' },
  });
  await talk(morgan.value.id, { date: '2026-11-22' });
  await talk(morgan.value.id, { kind: 'message', date: '2026-11-05' });
  await talk(sam.value.id, { date: '2026-11-12', followUp: '2026-12-01' });
  tick();
  const credits = interactionCredits(mentoring, 'Morgan Ellis', held).suggestions;
  const confirmed = await confirmCredits(
    store,
    'interactions',
    mentoring.id,
    credits.map((s) => s.activity),
    asOf,
  );
  if (!confirmed.ok || confirmed.value.length !== 1) throw new Error('credit not confirmed');
  tick();
  const entry = confirmed.value[0]!;
  const { createdAt: _c, updatedAt: _u, ...fields } = entry;
  const withFile = await saveActivity(store, fields, asOf, {
    addEvidence: [{ name: 'notes.pdf', mimeType: 'application/pdf', data: new Uint8Array([1, 2]) }],
  });
  if (!withFile.ok) throw new Error('evidence not saved');
  tick();
  const summit = await saveEvent(
    store,
    {
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
      contactIds: [sam.value.id, morgan.value.id, kim.value.id],
    },
    [],
    { asOf },
  );
  if (!summit.ok) throw new Error('event not saved');
  tick();
  return { morgan: morgan.value, mentoring };
}

describe('deleting a contact with interactions, then Undo', () => {
  it.each(['delete', 'unlink'] as const)(
    'credit entries answered "%s": the delete takes what it says, Undo puts every row back exactly',
    async (action) => {
      const { morgan, mentoring } = await morganWithInteractions();
      const before = await dumpTables(store.db);

      const removed = await deleteContact(store, morgan.id, action);
      const interactions = removed!.children.find((c) => c.table === 'interactions')!.rows;
      expect(interactions.map((i) => i.date).sort()).toEqual([
        '2026-11-05',
        '2026-11-10',
        '2026-11-22',
      ]);
      expect(await store.db.table('contacts').get(morgan.id)).toBeUndefined();
      expect(
        (await store.db.table('interactions').toArray()).map((i: Interaction) => i.contactId),
      ).not.toContain(morgan.id);
      const left = await listActivities(store);
      if (action === 'delete') expect(left).toEqual([]);
      else expect(left.map((a) => a.sourceId)).toEqual([undefined]);
      expect(await store.db.table('evidence').count()).toBe(action === 'delete' ? 0 : 1);
      const summit = (await store.db.table('events').toArray())[0] as { contactIds: string[] };
      expect(summit.contactIds).not.toContain(morgan.id);

      tick();
      await restoreEntry(store, removed!);
      expect(await dumpTables(store.db)).toEqual(before);
      expect((await listActivities(store)).map((a) => a.sourceId)).toEqual([mentoring.id]);
    },
  );
});

describe('Undo after the event was changed meanwhile', () => {
  it('keeps the change and puts the contact back among those met', async () => {
    const { morgan } = await morganWithInteractions();
    const removed = await deleteContact(store, morgan.id, 'delete');
    tick();
    const events = store.db.table<{
      id: string;
      contactIds: string[];
      notes: string;
      updatedAt: string;
    }>('events');
    const [summit] = await events.toArray();
    await events.update(summit!.id, { notes: 'Met two PMO leads.', updatedAt: 'later' });
    await restoreEntry(store, removed!);
    const after = (await events.get(summit!.id))!;
    expect(after.notes).toBe('Met two PMO leads.');
    expect(after.contactIds).toHaveLength(3);
    expect(after.contactIds.at(-1)).toBe(morgan.id);
  });
});
