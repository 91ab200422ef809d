// Evidence picked a second time is not added (shared/files/duplicate-evidence.ts): saved twice
// it was kept twice and counted twice against the evidence budget. A new file is known by its
// name, size and last-modified time; a kept one by its name and size (nothing else is stored).
import { describe, expect, it } from 'vitest';
import { duplicateEvidence, type PickedFile } from '../../../shared/files/duplicate-evidence';

const file = (name: string, size = 100, lastModified = 1_700_000_000_000): PickedFile => ({
  name,
  size,
  lastModified,
});

describe('duplicateEvidence', () => {
  it.each([
    ['the same file again, waiting', [file('a.pdf')], [file('a.pdf')], [], ['WAITING']],
    ['another size', [file('a.pdf', 101)], [file('a.pdf')], [], [null]],
    ['another last-modified time', [file('a.pdf', 100, 1)], [file('a.pdf')], [], [null]],
    ['another name', [file('b.pdf')], [file('a.pdf')], [], [null]],
    ['kept with the activity', [file('a.pdf')], [], [{ name: 'a.pdf', size: 100 }], ['KEPT']],
    ['kept, another size', [file('a.pdf')], [], [{ name: 'a.pdf', size: 99 }], [null]],
    ['twice in one pick', [file('a.pdf'), file('a.pdf')], [], [], [null, 'WAITING']],
    ['two files in one pick', [file('a.pdf'), file('b.pdf')], [], [], [null, null]],
    ['nothing there yet', [file('a.pdf')], [], [], [null]],
  ] as [string, PickedFile[], PickedFile[], { name: string; size: number }[], unknown[]][])(
    '%s',
    (_, picked, waiting, kept, reasons) => {
      expect(duplicateEvidence(picked, waiting, kept)).toEqual(reasons);
    },
  );

  it('a file refused as waiting is not itself counted as waiting', () => {
    const reasons = duplicateEvidence([file('a.pdf'), file('a.pdf')], [file('a.pdf')], []);
    expect(reasons).toEqual(['WAITING', 'WAITING']);
  });
});
