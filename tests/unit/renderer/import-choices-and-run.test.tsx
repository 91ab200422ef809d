// The import's choices follow the file, and a running import holds still: the amount's unit
// follows whichever column is mapped as the amount (and a column in minutes is read as
// minutes); steps 1–3 are switched off while the import runs, and the finished screen speaks
// of the file imported; Stop leaves the focus on what it says; the corrected file chosen again
// keeps the date order and unit the person chose.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveRequest } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { ImportScreen } from '../../../renderer/src/features/import/ImportScreen';
import { localeDateOrder } from '../../../renderer/src/features/import/locale';
import { freshName } from '../../db/helpers';
import { fakePlatform } from '../../db/backup-fakes';
import {
  asOf,
  choose,
  headerRowSelect,
  previewRow,
  renderInApp,
  show,
  shownOption,
  SLOW,
} from './import-screen-harness';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-choices-run'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const UNIT = 'The amount column counts';
const LONG = 240_000;
/** Waiting on a large file or a running import, on a busy machine. */
const WAIT = { timeout: 120_000 };
vi.setConfig({ testTimeout: LONG });

/** Picks a file in step 1 and waits until it is the one chosen (the summary may be up already). */
async function chooseAgain(text: string, name: string) {
  const input = await screen.findByLabelText('Spreadsheet file (CSV)', {}, SLOW);
  const file = { name, arrayBuffer: async () => new TextEncoder().encode(text).buffer };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await screen.findByText(`Chosen: ${name}`, {}, SLOW);
}

/** Presses Import once the rows are read (it is switched off while they are read again). */
async function pressImport(name: RegExp | string) {
  const button = await screen.findByRole<HTMLButtonElement>('button', { name }, WAIT);
  await waitFor(() => expect(button.disabled).toBe(false), WAIT);
  fireEvent.click(button);
}

describe('the amount’s unit follows the column mapped as the amount', () => {
  const FILE = ['Date,Title,Provider,Type,Hours,CEUs', '2025-03-01,Risk course,Acme,Course,15,1.5'];

  it('CEUs mapped as the amount instead of Hours: counted and stored in CEU', async () => {
    show(store);
    await choose(FILE.join('\n'), 'ceus.csv');
    expect(shownOption(UNIT)).toBe('Hours');
    fireEvent.change(screen.getByLabelText('Import column “CEUs” as'), {
      target: { value: 'amount' },
    });
    expect(shownOption(UNIT)).toBe('CEU (1 CEU = 10 hours)');
    await pressImport(/^Import 1 activity$/);
    await screen.findByRole('heading', { name: 'Import finished' }, WAIT);
    const [saved] = await listActivities(store);
    expect(saved).toMatchObject({ title: 'Risk course', amount: 1.5, unit: 'ceu' });
  });

  it('a unit the person chose stays when another column becomes the amount', async () => {
    show(store);
    await choose(FILE.join('\n'), 'ceus.csv');
    fireEvent.change(screen.getByLabelText(UNIT), { target: { value: 'body-unit' } });
    fireEvent.change(screen.getByLabelText('Import column “CEUs” as'), {
      target: { value: 'amount' },
    });
    expect(shownOption(UNIT)).toBe('PDUs or other credits (1 = 1 hour)');
  });
});

describe('an amount column in minutes', () => {
  it.each(['Duration (minutes)', 'Duration (min)', 'Minutes', 'Dauer (Minuten)'])(
    '“%s”: 45 is 45 minutes, shown as such and imported as 0.75 hours',
    async (header) => {
      show(store);
      await choose(
        [`Date,Title,Provider,Type,${header}`, '2025-03-01,Risk webinar,Acme,Course,45'].join('\n'),
        'webinars.csv',
      );
      expect(shownOption(UNIT)).toBe('Minutes (imported as hours)');
      expect(previewRow(2)).toContain('45 min → 0.75 h');
      await pressImport(/^Import 1 activity$/);
      await screen.findByRole('heading', { name: 'Import finished' }, WAIT);
      const [saved] = await listActivities(store);
      expect(saved).toMatchObject({ title: 'Risk webinar', amount: 0.75, unit: 'hours' });
    },
    LONG,
  );

  it('50 minutes is rounded down to the quarter hour, and the row says so', async () => {
    show(store);
    await choose(
      ['Date,Title,Provider,Type,Minutes', '2025-03-01,Risk webinar,Acme,Course,50'].join('\n'),
      'webinars.csv',
    );
    expect(previewRow(2)).toContain('50 min → 0.75 h');
    expect(
      screen.getByText(
        'Amount: “50” minutes is not a whole number of quarter hours: imported as 0.75 hours, rounded down to the quarter hour.',
      ),
    ).toBeDefined();
  });
});

/** 260 courses and a row without a date: written in two steps, long enough to press Stop in. */
const MANY = [
  'Date,Title,Provider,Type,PDUs',
  ...Array.from({ length: 260 }, (_, i) => `2025-03-01,Course ${i + 1},Acme,Course,1`),
  ',No date,Acme,Course,1',
].join('\n');

describe('while an import runs', () => {
  it(
    'steps 1–3 are switched off, and the finished screen speaks of the file imported',
    async () => {
      const saved: SaveRequest[] = [];
      renderInApp(store, <ImportScreen activities={[]} today={asOf} />, {
        ...fakePlatform(null),
        saveFile: async (req: SaveRequest) => {
          saved.push(req);
          return { saved: true as const, fileName: req.suggestedName };
        },
      });
      await chooseAgain(MANY, 'many.csv');
      await pressImport('Import 260 activities');
      await screen.findByRole('button', { name: 'Stop' }, WAIT);
      const input = screen.getByLabelText('Spreadsheet file (CSV)');
      expect(input.matches(':disabled')).toBe(true);
      expect(headerRowSelect().matches(':disabled')).toBe(true);
      expect(screen.getByLabelText('Import column “Title” as').matches(':disabled')).toBe(true);
      expect(screen.getByLabelText(UNIT).matches(':disabled')).toBe(true);
      // Another file handed over all the same (a drop, a script): the import's own file stays.
      const other = {
        name: 'other.csv',
        arrayBuffer: async () =>
          new TextEncoder().encode('Date,Title,Type,Hours\n,Other,Course,x\n').buffer,
      };
      Object.defineProperty(input, 'files', { value: [other], configurable: true });
      fireEvent.change(input);
      await screen.findByRole('heading', { name: 'Import finished' }, WAIT);
      fireEvent.click(screen.getByRole('button', { name: 'Save the skipped rows as CSV' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(saved[0]!.suggestedName).toBe('many-skipped-rows.csv');
      expect(saved[0]!.content).toContain(',No date,Acme,Course,1,');
      expect(await listActivities(store)).toHaveLength(260);
    },
    LONG,
  );

  it(
    'Stop leaves the focus on the message saying nothing was written',
    async () => {
      show(store);
      await chooseAgain(MANY, 'many.csv');
      await pressImport('Import 260 activities');
      const stop = await screen.findByRole('button', { name: 'Stop' }, WAIT);
      stop.focus();
      fireEvent.click(stop);
      const message = await screen.findByText(
        'Import stopped: nothing was written. You can import again.',
        {},
        WAIT,
      );
      await waitFor(() => expect(document.activeElement).toBe(message), SLOW);
      expect(await listActivities(store)).toEqual([]);
    },
    LONG,
  );
});

describe('the corrected file chosen again', () => {
  const other = localeDateOrder() === 'dmy' ? 'mdy' : 'dmy';
  const LABELS = {
    dmy: 'Day first: 03/04/2026 is 3 April 2026',
    mdy: 'Month first: 03/04/2026 is March 4, 2026',
  };
  const checked = (order: 'dmy' | 'mdy') =>
    screen.getByLabelText<HTMLInputElement>(LABELS[order]).checked;
  const FIRST = ['Date,Title,Provider,Type,PDUs', '03/04/2026,Risk,Acme,Course,x'].join('\n');
  const CORRECTED = ['Date,Title,Provider,Type,PDUs', '03/04/2026,Risk,Acme,Course,2'].join('\n');

  it('keeps the date order and unit chosen when its columns are the same', async () => {
    show(store);
    await choose(FIRST, 'log.csv');
    fireEvent.click(screen.getByLabelText(LABELS[other]));
    fireEvent.change(screen.getByLabelText(UNIT), { target: { value: 'hours' } });
    expect(checked(other)).toBe(true);
    await chooseAgain(CORRECTED, 'log-corrected.csv');
    expect(checked(other)).toBe(true);
    expect(shownOption(UNIT)).toBe('Hours');
    expect(screen.queryByText(/set back to what this file suggests/)).toBeNull();
  });

  it('sets them back when its columns differ, and says so beside the date order', async () => {
    show(store);
    await choose(FIRST, 'log.csv');
    fireEvent.click(screen.getByLabelText(LABELS[other]));
    fireEvent.change(screen.getByLabelText(UNIT), { target: { value: 'hours' } });
    await chooseAgain(
      ['Completion date,Title,Provider,Type,PDUs', '03/04/2026,Risk,Acme,Course,2'].join('\n'),
      'another.csv',
    );
    expect(checked(other)).toBe(false);
    expect(shownOption(UNIT)).toBe('PDUs or other credits (1 = 1 hour)');
    expect(
      screen.getByText(
        'This file’s columns differ from the previous file’s, so the date order and the amount’s unit you chose were set back to what this file suggests. Check them again.',
      ),
    ).toBeDefined();
  });
});
