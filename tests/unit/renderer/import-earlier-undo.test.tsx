// After importing two files and taking the second back from the Last import panel, the first
// could no longer be taken back: the panel went quiet. It now offers the import before it.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { importActivities } from '../../../renderer/src/db/repositories/import';
import { CreditLogScreen } from '../../../renderer/src/features/credit-log/CreditLogScreen';
import type { Activity } from '../../../shared/domain/credits';
import { freshName } from '../../db/helpers';
import { asOf, choose, renderInApp, SLOW } from './import-screen-harness';

const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  // The clock held still, as in the end-to-end runs: both imports carry the same time.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-earlier-undo'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const course = (title: string): Omit<Activity, 'id'> => ({
  date: '2025-02-03',
  title,
  type: 'course-or-training',
  amount: 2,
  unit: 'hours',
  split: { waysOfWorking: 1, powerSkills: 1, businessAcumen: 0 },
  status: 'earned',
});

async function imported(fileName: string, ...titles: string[]) {
  const result = await importActivities(store, titles.map(course), asOf, { fileName });
  if (!result.ok) throw new Error('not imported');
}

async function undoShownImport(remove: string) {
  const last = await screen.findByRole('region', { name: 'Last import' }, SLOW);
  fireEvent.click(await within(last).findByRole('button', { name: 'Undo that import' }, SLOW));
  const dialog = await screen.findByRole('alertdialog', { name: 'Undo the last import?' });
  fireEvent.click(within(dialog).getByRole('button', { name: remove }));
  return last;
}

describe('the Last import panel after an undo', () => {
  it('offers the import before it, and takes that back too', TEST, async () => {
    await imported('march.csv', 'March talk', 'March course');
    await imported('april.csv', 'April webinar');
    renderInApp(store, <CreditLogScreen rest={['import']} />);

    const last = await undoShownImport('Remove 1 activity');
    const before = await within(last).findByText(/^The import before it: /, {}, SLOW);
    expect(before.textContent).toContain('2 activities from march.csv');
    expect((await listActivities(store)).map((a) => a.title).sort()).toEqual([
      'March course',
      'March talk',
    ]);

    await undoShownImport('Remove 2 activities');
    expect(
      await within(last).findByText(/^2 imported activities were removed/, {}, SLOW),
    ).not.toBeNull();
    expect(await listActivities(store)).toEqual([]);
    expect(within(last).queryByRole('button', { name: 'Undo that import' })).toBeNull();
  });
});

describe('the Last import panel, read again', () => {
  it(
    'names an import made since in another window as the last, not the one before',
    TEST,
    async () => {
      await imported('march.csv', 'March talk');
      await imported('april.csv', 'April webinar');
      renderInApp(store, <CreditLogScreen rest={['import']} />);
      const last = await undoShownImport('Remove 1 activity');
      await within(last).findByText(/^The import before it: /, {}, SLOW);

      // Another window imports a file a minute later.
      vi.setSystemTime(new Date(2026, 10, 22, 10, 1));
      await imported('may.csv', 'May course');
      const now = await within(last).findByText(/from may\.csv/, {}, SLOW);
      expect(now.textContent).not.toMatch(/^The import before it/);
    },
  );

  it('forgets what an earlier undo said once another import runs', TEST, async () => {
    await imported('march.csv', 'March talk');
    await imported('april.csv', 'April webinar');
    renderInApp(store, <CreditLogScreen rest={['import']} />);
    const last = await undoShownImport('Remove 1 activity');
    await within(last).findByText(/^1 imported activity was removed/, {}, SLOW);

    await choose(FILE, 'june.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 activity' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo this import' }, SLOW));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Change the choices and import again' }, SLOW),
    );
    const card = await screen.findByRole('region', { name: 'Last import' }, SLOW);
    await within(card).findByText(/from march\.csv/, {}, SLOW);
    expect(card.textContent).not.toMatch(/was removed/);
  });
});

const FILE = [
  'Date,Activity,Provider,Type,PDUs,Power Skills',
  '2025-06-03,June negotiation,Chapter,Webinar,1.5,1.5',
].join('\n');
