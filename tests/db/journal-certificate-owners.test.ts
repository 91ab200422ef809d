// The courses list knows which courses have a certificate from the attachments' owner index
// alone (issue 6 part 1): hundreds of courses never load a certificate's bytes.
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../shared/domain/journal';
import { openStore, type Store } from '../../renderer/src/db/database';
import {
  attachmentOwners,
  readCertificate,
  saveCourse,
} from '../../renderer/src/db/repositories/journal';
import { freshName } from './helpers';

const asOf = '2026-11-22';
const course = (title: string): Omit<Course, 'id'> => ({
  title,
  provider: '',
  format: 'virtual',
  status: 'planned',
  start: '2026-12-01',
  end: null,
  contactHours: 7,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
});
const file = (n: number) => ({
  name: `certificate-${n}.pdf`,
  mimeType: 'application/pdf',
  data: new Uint8Array([0x25, 0x50, 0x44, 0x46, n]),
});

let store: Store;
afterEach(() => store?.db.close());

describe('which courses have a certificate', () => {
  it('is read without any certificate row, and follows adding and removing one', async () => {
    store = await openStore(freshName('certificate-owners'));
    const ids: string[] = [];
    for (let n = 0; n < 30; n++) {
      const saved = await saveCourse(store, course(`Course ${n}`), {
        asOf,
        ...(n % 3 === 0 ? { certificate: file(n) } : {}),
      });
      if (!saved.ok) throw new Error('course not saved');
      ids.push(saved.value.id);
    }
    let rowsRead = 0;
    const count = () => void rowsRead++;
    store.db.table('attachments').hook('reading', count);
    const owners = await attachmentOwners(store);
    store.db.table('attachments').hook('reading').unsubscribe(count);
    expect(rowsRead).toBe(0);
    expect([...owners].sort()).toEqual(ids.filter((_, n) => n % 3 === 0).sort());

    const first = (await readCertificate(store, ids[0]!))!;
    expect([first.name, [...first.data]]).toEqual(['certificate-0.pdf', [...file(0).data]]);
    expect(await readCertificate(store, ids[1]!)).toBeUndefined();

    const c0 = await store.db.table('courses').get(ids[0]!);
    expect((await saveCourse(store, c0, { asOf, removeCertificate: true })).ok).toBe(true);
    expect((await attachmentOwners(store)).has(ids[0]!)).toBe(false);
    expect((await attachmentOwners(store)).size).toBe(9);
  });
});
