// Deleting a credential definition of the user's own (README, "Your own credentials are ladder
// credentials too"; the rule is deleteCustom's doc comment): one that is still held is refused
// and names the held credentials to delete first; otherwise it goes, and Undo puts it back.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  deleteCustom,
  deleteHeld,
  listCustom,
  listHeld,
  restoreCustom,
  saveCustom,
  saveHeld,
  withRules,
} from '../../renderer/src/db/repositories/credentials';
import { dumpTables, freshName } from './helpers';

const asOf = '2026-11-22';
let store: Store;
afterEach(() => store?.db.close());

async function defineChpp(): Promise<string> {
  const saved = await saveCustom(store, {
    body: 'APM',
    acronym: 'ChPP',
    name: 'Chartered Project Professional',
    unit: 'CPD',
    cycleMonths: 12,
    total: 35,
    categories: [{ id: 'category-1', name: 'Reflective practice', min: 5 }],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value.id;
}

async function holdChpp(id: string): Promise<string> {
  const held = await saveHeld(
    store,
    { credentialId: id, stage: 'earned', earnedDate: '2026-06-01', overrides: { total: 30 } },
    asOf,
  );
  if (!held.ok) throw new Error(JSON.stringify(held.errors));
  return held.value.id;
}

describe('deleting a credential definition of your own', () => {
  it('deletes one nobody holds, and Undo puts back exactly that row', async () => {
    store = await openStore(freshName('custom-delete'));
    const id = await defineChpp();
    const before = await listCustom(store);

    const result = await deleteCustom(store, id);
    expect(result).toEqual({ ok: true, removed: before[0] });
    expect(await listCustom(store)).toEqual([]);

    if (!result.ok) throw new Error('not deleted');
    await restoreCustom(store, result.removed);
    expect(await listCustom(store)).toEqual(before);
  });

  it('refuses one still held, naming the held credential, and changes nothing', async () => {
    store = await openStore(freshName('custom-held'));
    const id = await defineChpp();
    const heldId = await holdChpp(id);
    await saveHeld(store, { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' }, asOf);
    const before = await dumpTables(store.db);

    const result = await deleteCustom(store, id);
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== 'STILL_HELD') throw new Error('not refused as held');
    expect(result.held.map((h) => h.id)).toEqual([heldId]);
    expect(await dumpTables(store.db)).toEqual(before);
    // The held credential is still judged by its rule, overrides and all.
    const [judged] = withRules(await listHeld(store), await listCustom(store)).filter(
      (h) => h.credential.id === heldId,
    );
    expect(judged?.rule.total?.value).toBe(30);
  });

  it('once the held credential is deleted first, the definition can go', async () => {
    store = await openStore(freshName('custom-after-held'));
    const id = await defineChpp();
    const heldId = await holdChpp(id);
    await deleteHeld(store, heldId);

    const result = await deleteCustom(store, id);
    expect(result.ok).toBe(true);
    expect(await listCustom(store)).toEqual([]);
    expect(await listHeld(store)).toEqual([]);
  });

  it('says so when the definition is already gone, writing nothing', async () => {
    store = await openStore(freshName('custom-missing'));
    const id = await defineChpp();
    await deleteCustom(store, id);
    expect(await deleteCustom(store, id)).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it('writes nothing in read-only mode', async () => {
    store = await openStore(freshName('custom-read-only'));
    const id = await defineChpp();
    const readOnly: Store = { ...store, mode: 'read-only' };
    await expect(deleteCustom(readOnly, id)).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(await listCustom(store)).toHaveLength(1);
  });
});
