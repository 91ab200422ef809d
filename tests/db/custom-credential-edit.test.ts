// Editing a credential definition of the user's own (updateCustom's doc comment): changed in
// place under the same id, with the same validation as adding; a definition deleted meanwhile
// is not brought back. Held credentials name the definition by id, so their cycles and
// requirement follow the edited rule (ruleFor builds it whenever they are read).
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleOverrides } from '../../shared/catalog/credentials';
import { cyclesFor } from '../../shared/domain/credentials';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteCustom,
  listCustom,
  listHeld,
  listHeldUsing,
  saveCustom,
  saveHeld,
  updateCustom,
  withRules,
  type CustomRow,
} from '../../renderer/src/db/repositories/credentials';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(() => store?.db.close());

const chpp = {
  body: 'APM',
  acronym: 'ChPP',
  name: 'Chartered Project Professional',
  unit: 'CPD' as const,
  cycleMonths: 12,
  total: 35,
  categories: [
    { id: 'category-1', name: 'Reflective practice', min: 5 },
    { id: 'category-2', name: 'Formal learning', cap: 20 },
  ],
};

async function defineChpp(): Promise<CustomRow> {
  const saved = await saveCustom(store, chpp);
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value;
}

async function hold(credentialId: string, overrides?: RuleOverrides) {
  const held = await saveHeld(
    store,
    { credentialId, stage: 'earned', earnedDate: '2025-06-01', ...(overrides && { overrides }) },
    asOf,
  );
  if (!held.ok) throw new Error(JSON.stringify(held.errors));
  return held.value;
}

async function judged(heldId: string) {
  const h = withRules(await listHeld(store), await listCustom(store)).find(
    (w) => w.credential.id === heldId,
  );
  if (!h) throw new Error('held credential has no rule');
  return h;
}

describe('editing a credential definition of your own', () => {
  it('changes it in place, and a held credential using it is judged by the new rule', async () => {
    store = await openStore(freshName('custom-edit'));
    const before = await defineChpp();
    const held = await hold(before.id);
    const old = await judged(held.id);
    expect(cyclesFor(old.credential, old.rule, asOf)[0]?.end).toBe('2026-05-31');

    const result = await updateCustom(store, {
      ...chpp,
      id: before.id,
      acronym: 'ChPP+',
      name: 'Chartered Project Professional (renewed scheme)',
      cycleMonths: 24,
      total: 50,
    });

    expect(result.ok).toBe(true);
    const rows = await listCustom(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: before.id, acronym: 'ChPP+', total: 50, cycleMonths: 24 });
    expect(rows[0]!.createdAt).toBe(before.createdAt);
    const now = await judged(held.id);
    expect(now.rule.acronym).toBe('ChPP+');
    expect(now.rule.name).toBe('Chartered Project Professional (renewed scheme)');
    expect(now.rule.total?.value).toBe(50);
    // Two-year cycles now: the first runs to the day before the second anniversary.
    expect(cyclesFor(now.credential, now.rule, asOf)[0]?.end).toBe('2027-05-31');
    // The held record itself is untouched: its dates and numbers are the user's.
    expect(await listHeld(store)).toEqual([held]);
  });

  it('refuses bad input with the same codes as adding, and writes nothing', async () => {
    store = await openStore(freshName('custom-edit-bad'));
    const before = await defineChpp();
    const tables = await dumpTables(store.db);

    const result = await updateCustom(store, {
      ...chpp,
      id: before.id,
      name: '  ',
      total: -3,
      cycleMonths: 1.5,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'REQUIRED' },
        { field: 'total', code: 'NEGATIVE' },
        { field: 'cycleMonths', code: 'NOT_WHOLE' },
      ]),
    );
    const capped = await updateCustom(store, {
      ...chpp,
      id: before.id,
      categories: [{ id: 'category-1', name: 'Reflective practice', min: 30, cap: 10 }],
    });
    expect(capped).toEqual({
      ok: false,
      errors: [{ field: 'categories.0.min', code: 'MIN_ABOVE_CAP' }],
    });
    expect(await dumpTables(store.db)).toEqual(tables);
  });

  it('says so when the definition was deleted meanwhile, and does not bring it back', async () => {
    store = await openStore(freshName('custom-edit-gone'));
    const before = await defineChpp();
    // Another window deletes it while this one has the form open.
    await deleteCustom(store, before.id);
    const tables = await dumpTables(store.db);

    const result = await updateCustom(store, { ...chpp, id: before.id, total: 40 });

    expect(result).toEqual({ ok: false, errors: [{ field: 'id', code: 'NOT_FOUND' }] });
    expect(await dumpTables(store.db)).toEqual(tables);
    expect(await listCustom(store)).toEqual([]);
  });

  it('with a check, changes only a definition that passes it, in the same transaction', async () => {
    store = await openStore(freshName('custom-edit-if-still'));
    const before = await defineChpp();
    const tables = await dumpTables(store.db);

    const refused = await updateCustom(store, { ...chpp, id: before.id, total: 40 }, () => false);
    expect(refused).toEqual({ ok: false, errors: [{ field: 'id', code: 'CHANGED' }] });
    expect(await dumpTables(store.db)).toEqual(tables);

    const seen: number[] = [];
    const done = await updateCustom(store, { ...chpp, id: before.id, total: 40 }, (stored) => {
      seen.push(stored.total);
      return stored.total === before.total;
    });
    expect(done.ok).toBe(true);
    expect(seen).toEqual([before.total]);
    expect((await listCustom(store))[0]?.total).toBe(40);
  });

  it('lists the held credentials that use a definition', async () => {
    store = await openStore(freshName('custom-edit-using'));
    const before = await defineChpp();
    const a = await hold(before.id);
    await hold('pmp');
    const b = await hold(before.id);

    const using = await listHeldUsing(store, before.id);
    expect(using.map((h) => h.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('a category removed drops only the held credential’s numbers for it', async () => {
    store = await openStore(freshName('custom-edit-overrides'));
    const before = await defineChpp();
    const held = await hold(before.id, { total: 30, categoryCaps: { 'category-2': 15 } });
    expect((await judged(held.id)).rule.categories?.list[1]?.cap?.value).toBe(15);

    const result = await updateCustom(store, {
      ...chpp,
      id: before.id,
      categories: [chpp.categories[0]!],
    });

    expect(result.ok).toBe(true);
    const now = await judged(held.id);
    // The user's own total still applies; the cap of the removed category is gone with it.
    expect(now.rule.total?.value).toBe(30);
    expect(now.rule.categories?.list.map((c) => c.id)).toEqual(['category-1']);
  });

  it('writes nothing in read-only mode', async () => {
    store = await openStore(freshName('custom-edit-read-only'));
    const before = await defineChpp();
    const readOnly: Store = { ...store, mode: 'read-only' };
    await expect(
      updateCustom(readOnly, { ...chpp, id: before.id, total: 10 }),
    ).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect((await listCustom(store))[0]?.total).toBe(35);
  });
});
