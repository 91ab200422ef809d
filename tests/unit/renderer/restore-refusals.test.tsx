/**
 * Settings → Backups → "Restore from a backup file…" with a file it cannot restore, as the
 * user reads the refusal:
 * - a spreadsheet (by its name, or by a first line of CSV headers) is said to be one, with
 *   the way to the credit log's import, instead of "not an Ascent backup, or damaged";
 * - a backup from a newer Ascent gets one sentence however it is newer, naming the file's
 *   version and this one's, and the way on: update, or an earlier backup.
 * Nothing is changed in either case.
 */
import { strToU8 } from 'fflate';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../../shared/platform';
import { App } from '../../../renderer/src/app/App';
import type { Store } from '../../../renderer/src/db/database';
import { newerText, problemText } from '../../../renderer/src/features/backup/messages';
import { spreadsheetKind } from '../../../renderer/src/features/backup/spreadsheet-file';
import { craftFile, craftedFrom, fixtureRows, storeWith } from '../../db/backup-fixtures';
import { fakePlatform } from '../../db/backup-fakes';
import { dumpTables } from '../../db/helpers';

let stores: Store[] = [];
beforeEach(() => {
  window.location.hash = '#/settings';
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(() => {
  cleanup();
  for (const s of stores) s.db.close();
  stores = [];
});
const SLOW = { timeout: 5000 };

const CSV = 'Date,Title,Provider,Hours\n2025-12-13,Session 69,PMI,1\n';
const OLD_NOT_A_BACKUP =
  'This is not an Ascent backup file, or it is damaged: it cannot be opened as one.';

/** Picks `fileName` with `content` under Settings → Backups; returns the refusal's dialog. */
async function restoreFrom(fileName: string, content: Uint8Array, version = '0.3.0') {
  const store = await storeWith('restore-refusal', fixtureRows());
  stores.push(store);
  const platform: Platform = {
    ...fakePlatform(null, version),
    openFile: async () => ({ opened: true, fileName, content }),
  };
  const before = await dumpTables(store.db);
  render(<App store={store} platform={platform} />);
  const section = await screen.findByRole('region', { name: 'Backups' }, SLOW);
  fireEvent.click(
    await within(section).findByRole('button', { name: 'Restore from a backup file…' }, SLOW),
  );
  const dialog = await screen.findByRole('dialog', { name: 'This file cannot be restored' }, SLOW);
  const paragraphs = [...dialog.querySelectorAll('p, li')].map((p) => p.textContent);
  return { dialog, paragraphs, unchanged: async () => dumpTables(store.db), before };
}

describe('a spreadsheet chosen as a backup', { timeout: 20_000 }, () => {
  it('says it is a spreadsheet and leads to Credit log › Import from a spreadsheet', async () => {
    const r = await restoreFrom('activities.csv', strToU8(CSV));
    expect(r.paragraphs).toEqual([
      'Nothing was changed: “activities.csv” looks like a spreadsheet, not an Ascent backup file.',
      'To add its activities to your credit log, use Import from a spreadsheet in the Credit log.',
      'Choose another backup file instead, such as an earlier export.',
    ]);
    expect(r.dialog.textContent).not.toContain(OLD_NOT_A_BACKUP);
    expect(await r.unchanged()).toEqual(r.before);

    const link = within(r.dialog).getByRole('link', { name: 'Import from a spreadsheet' });
    expect(link.getAttribute('href')).toBe('#/credit-log/import');
    fireEvent.click(link);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(
      (await screen.findByRole('heading', { level: 1, name: 'Import from a spreadsheet' }, SLOW))
        .textContent,
    ).toBe('Import from a spreadsheet');
  });

  it('knows a CSV without its name by a first line of headers', async () => {
    const r = await restoreFrom('export', strToU8(`\uFEFF${CSV.replace(/,/g, ';')}`));
    expect(r.paragraphs[0]).toBe(
      'Nothing was changed: “export” looks like a spreadsheet, not an Ascent backup file.',
    );
  });

  it('asks for a workbook to be saved as CSV first', async () => {
    const r = await restoreFrom('pdus.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(r.paragraphs[1]).toBe(
      'To add its activities to your credit log, save it as CSV first, then use Import from a spreadsheet in the Credit log.',
    );
  });

  it('still calls any other file not a backup', async () => {
    const r = await restoreFrom('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1]));
    expect(r.paragraphs).toContain(OLD_NOT_A_BACKUP);
    expect(r.dialog.textContent).not.toContain('spreadsheet');
  });
});

describe('a backup from a newer Ascent', { timeout: 20_000 }, () => {
  const newer = (patch: Record<string, unknown>) => {
    const crafted = craftedFrom(fixtureRows());
    crafted.manifest = { ...crafted.manifest, appVersion: '2.4.0', ...patch };
    return craftFile(crafted);
  };
  const SENTENCE =
    'This backup was made by Ascent 2.4.0; this is Ascent 0.3.0. Update Ascent to restore it, or choose an earlier backup.';

  it.each([
    ['a newer file format', { formatVersion: 2 }],
    ['newer data', { schemaVersion: 999 }],
  ])('names both versions and both ways on, the same for %s', async (_, patch) => {
    const r = await restoreFrom('ascent-2026.ascent-backup', await newer(patch));
    expect(r.paragraphs).toEqual([
      'Nothing was changed. What is wrong with “ascent-2026.ascent-backup”:',
      SENTENCE,
    ]);
    expect(await r.unchanged()).toEqual(r.before);
  });

  it('says what it knows when a version is not given', () => {
    expect(newerText(undefined, '0.3.0')).toBe(
      'This backup was made by a newer version of Ascent; this is Ascent 0.3.0. Update Ascent to restore it, or choose an earlier backup.',
    );
    expect(newerText('2.4.0')).toBe(
      'This backup was made by Ascent 2.4.0, a newer version than this one. Update Ascent to restore it, or choose an earlier backup.',
    );
    expect(problemText({ code: 'NEWER_SCHEMA' })).toBe(problemText({ code: 'NEWER_FORMAT' }));
  });
});

describe('what reads as a spreadsheet', () => {
  it.each([
    ['activities.CSV', '', 'csv'],
    ['log.tsv', '', 'csv'],
    ['book.xlsx', '', 'workbook'],
    ['export.txt', 'Date\tTitle\tHours\n2025-01-01\tCourse\t2\n', 'csv'],
    ['export.txt', '"Completion date","Title"\n', 'csv'],
    ['notes.txt', 'A letter to myself\nwith two lines\n', null],
    ['numbers.txt', '2025-01-01,12\n', null],
    ['backup.ascent-backup', 'PK\u0003\u0004\u0000\u0001', null],
  ] as const)('%s %j: %s', (name, text, kind) => {
    expect(spreadsheetKind(name, strToU8(text))).toBe(kind);
  });
});
