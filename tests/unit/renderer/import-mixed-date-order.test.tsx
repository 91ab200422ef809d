// A file that writes dates both ways: the rows whose date reads both ways ("03/04/2025") are
// counted in the summary and say so in the preview, with the box to leave them out. They used to
// be imported in the order chosen without a word.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { freshName } from '../../db/helpers';
import { choose, previewRow, show, summary } from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-mixed-date-order'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const FILE = [
  'Date,Activity,Provider,Type,Hours',
  '13/02/2025,Negotiation basics,Chapter,Webinar,1.5',
  '02/14/2025,Leadership reading,Chapter,Book,2',
  '03/04/2025,Risk in Agile teams,Chapter,Webinar,1',
  '05/05/2025,Stakeholder maps,Chapter,Webinar,1',
].join('\n');

describe('a file that writes dates both ways', () => {
  it('points out the row whose date nothing in it decides', async () => {
    show(store);
    await choose(FILE);
    expect(summary()).toContain(
      '1 row has a date that can be day or month first in a file that writes dates both ways, so check it below or leave it out',
    );
    expect(previewRow(4).join(' ')).toContain(
      'Completion date: “03/04/2025” can be read day first or month first, and your file writes dates both ways',
    );
    expect(screen.queryByRole('checkbox', { name: 'Leave row 4 out' })).not.toBeNull();
    expect(
      screen.queryByText(/rows whose date fits both ways are pointed out below\.$/),
    ).not.toBeNull();
    // 5 May is the same day either way: nothing to point out.
    expect(previewRow(5).join(' ')).not.toContain('day first or month first');
  });
});
