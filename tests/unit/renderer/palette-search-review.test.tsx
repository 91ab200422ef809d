/**
 * Review of the command palette's record search and its results (and the search every list
 * shares, searchFold):
 * - letters that carry their accent in the letter itself (ø, ł, đ, æ, ß, ı) are found typed
 *   plainly, as "muller" finds "Müller": "soren" found nothing for "Søren Ødegaard";
 * - a word after a slash or inside quotation marks is a word: "issue" found nothing for
 *   "Risk/Issue clinic", nor "making" for the book “Making Things Happen”;
 * - a membership says what its tab says: one whose renewal day has passed is lapsed (it read
 *   "renews" a past day), one left on a day still to come ends then (it read "ended").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findRecords, recordMatcher } from '../../../renderer/src/app/command-palette/records';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { matches } from '../../../renderer/src/features/learning/EntryTable';
import { searchFold } from '../../../shared/text/search';
import { freshName } from '../../db/helpers';

const found = (query: string, text: string) => recordMatcher(query)!(text);

describe('letters whose accent is part of the letter', () => {
  it.each([
    ['soren odegaard', 'Søren Ødegaard'],
    ['lukasz', 'Łukasz Wałęsa'],
    ['lodz', 'PMI Łódź chapter'],
    ['dorde', 'Đorđe Petrović'],
    ['aeroskobing', 'Ærøskøbing meetup'],
    ['grosse', 'Große PMO-Konferenz'],
    ['isik', 'Işık Yılmaz'],
    ['oeuvre', 'Œuvre complète'],
  ])('the palette finds “%s” in “%s”', (query, text) => {
    expect(found(query, text)).toBe(true);
  });

  it('the Learning and Network tabs find them too, typed either way', () => {
    expect(matches('soren', 'Søren Ødegaard')).toBe(true);
    expect(matches('Søren', 'Soren Odegaard')).toBe(true);
    expect(matches('lukasz', 'Łukasz')).toBe(true);
    expect(searchFold('Straße')).toBe('strasse');
  });

  it('still tells different names apart', () => {
    expect(found('sam', 'Søren Ødegaard')).toBe(false);
    expect(matches('lukas', 'Łódź')).toBe(false);
  });
});

describe('words after a slash or inside quotation marks', () => {
  it.each([
    ['issue', 'Risk/Issue clinic'],
    ['making things', '“Making Things Happen” (book)'],
    ['agile', 'Webinar "Agile PMO" recording'],
    ['draft', '[Draft] PMO charter'],
    ['brien', 'Aoife O’Brien'],
  ])('the palette finds “%s” in “%s”', (query, text) => {
    expect(found(query, text)).toBe(true);
  });

  it('still matches only the start of a word', () => {
    expect(found('ssue', 'Risk/Issue clinic')).toBe(false);
  });
});

describe('a membership’s result says what its tab says', () => {
  let store: Store;
  afterEach(async () => {
    store.db.close();
    await store.db.delete();
  });

  const stamp = { createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' };
  const membership = (id: string, organisation: string, more: object) => ({
    ...stamp,
    id,
    organisation,
    since: '2024-03-01',
    renewal: null,
    endedOn: null,
    cost: null,
    link: '',
    notes: '',
    ...more,
  });

  it('lapsed once its renewal day has passed, ending on a leaving day still to come, starting later', async () => {
    store = await openStore(freshName('palette-membership'));
    await store.db.table('memberships').bulkAdd([
      membership('lapsed', 'IPMA Lapsed Chapter', { renewal: '2026-11-01' }),
      membership('leaving', 'IPMA Leaving Chapter', {
        renewal: '2027-03-01',
        endedOn: '2027-01-31',
      }),
      membership('left', 'IPMA Left Chapter', { renewal: null, endedOn: '2026-06-30' }),
      membership('current', 'IPMA Current Chapter', { renewal: '2027-03-01' }),
      membership('starting', 'IPMA Starting Chapter', {
        since: '2027-01-01',
        renewal: '2028-01-01',
      }),
    ]);
    const labels = (await findRecords(store, 'ipma', '2026-12-07')).map((c) => c.label);
    expect(labels.sort()).toEqual(
      [
        `Membership: IPMA Current Chapter — renews ${formatDate('2027-03-01')}`,
        `Membership: IPMA Lapsed Chapter — lapsed: renewal date ${formatDate('2026-11-01')} passed`,
        `Membership: IPMA Leaving Chapter — ends ${formatDate('2027-01-31')}`,
        `Membership: IPMA Left Chapter — ended ${formatDate('2026-06-30')}`,
        `Membership: IPMA Starting Chapter — starts ${formatDate('2027-01-01')}`,
      ].sort(),
    );
  });
});
