// A tracker as Excel saves it: a "sep=;" first line naming the separator, durations written as
// times (1:30), and template rows below the last activity whose formulas give 0. The preview
// reads the times as hours and minutes, counts the template rows with the blank ones left out
// rather than as rows with errors, and numbers the rows as the spreadsheet does.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { freshName } from '../../db/helpers';
import { choose, previewRow, show, summary } from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-habits'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const TRACKER = [
  'sep=;',
  'Date;Title;Type;Hours;Running total',
  '2026-03-10;Risk, cost and time;Webinar;1:30;1.5',
  '2026-03-12;Stakeholder mapping;Webinar;01:45:00;3.25',
  ';;;0;3.25',
  ';;;0;3.25',
  ';;Webinar;;3.25',
].join('\r\n');

describe('a tracker saved by Excel', () => {
  it('reads its times as hours, and leaves its template rows out as blank', async () => {
    show(store);
    await choose(TRACKER, 'tracker.csv');
    expect(summary()).toEqual([
      '2 ready to import',
      '0 with errors (not imported)',
      '0 likely duplicates (skipped unless you keep them)',
      '3 rows blank or totals, left out',
      '2 rows without a Talent Triangle split: PMI needs one before they count',
    ]);
    expect(previewRow(2).join(' ')).toContain('Risk, cost and time');
    expect(previewRow(2).join(' ')).toContain('1.5 h');
    expect(previewRow(3).join(' ')).toContain('1.75 h');
  });
});
