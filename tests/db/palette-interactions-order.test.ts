// The command palette put interactions of one day in the order of their stored ids, which are
// random, while the Network screen lists them latest first with, on one day, the one logged
// later first (compareInteractions). The palette now does as the Network screen does, and when
// more of one day match than it shows, it keeps the ones logged last.
import { afterEach, describe, expect, it } from 'vitest';
import { findRecords, RECORDS_PER_KIND } from '../../renderer/src/app/command-palette/records';
import { openStore, type Store } from '../../renderer/src/db/database';
import { listInteractions } from '../../renderer/src/db/repositories/journal-network';
import { freshName } from './helpers';

let store: Store;
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

const interaction = (id: string, date: string, loggedAt: string) => ({
  id,
  contactId: 'c1',
  date,
  kind: 'call',
  notes: '',
  hours: 0,
  area: 'powerSkills',
  followUp: null,
  createdAt: loggedAt,
  updatedAt: loggedAt,
});

async function seed(rows: ReturnType<typeof interaction>[]) {
  store = await openStore(freshName('palette-interactions-order'));
  await store.db.table('contacts').add({
    id: 'c1',
    name: 'Priya Raman',
    organisation: '',
    role: '',
    howMet: '',
    tags: [],
    relation: 'contact',
    since: null,
    until: null,
    notes: '',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
  });
  await store.db.table('interactions').bulkPut(rows);
}

/** The interactions the palette offers for "priya", by id, in its order. */
const offered = async () =>
  (await findRecords(store, 'priya', '2026-11-22'))
    .filter((c) => c.label.startsWith('Interaction:'))
    .map((c) => c.id.replace(/^open-/, ''));

describe('interactions in the command palette', () => {
  it('on one day, the one logged later first, as the Network screen lists them', async () => {
    await seed([
      interaction('i-a', '2026-11-13', '2026-11-13T16:00:00.000Z'),
      interaction('i-b', '2026-11-13', '2026-11-13T09:00:00.000Z'),
      interaction('i-c', '2026-11-13', '2026-11-13T12:00:00.000Z'),
      interaction('i-0', '2026-11-14', '2026-11-14T08:00:00.000Z'),
      interaction('i-z', '2026-11-01', '2026-11-01T08:00:00.000Z'),
    ]);
    expect(await offered()).toEqual(['i-0', 'i-a', 'i-c', 'i-b', 'i-z']);
    expect(await offered()).toEqual((await listInteractions(store)).map((i) => i.id));
  });

  it('of more on one day than it shows, the ones logged last', async () => {
    // Logged in the reverse of their ids' order: i6 first, i1 last.
    const day = Array.from({ length: RECORDS_PER_KIND + 1 }, (_, k) =>
      interaction(
        `i${k + 1}`,
        '2026-11-13',
        `2026-11-13T${String(20 - k).padStart(2, '0')}:00:00.000Z`,
      ),
    );
    await seed([...day, interaction('i-z', '2026-11-01', '2026-11-01T08:00:00.000Z')]);
    expect(await offered()).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });
});
