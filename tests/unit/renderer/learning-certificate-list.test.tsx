// The courses list shows which courses have a certificate and saves a copy of it without
// opening the course (issue 6 part 1). (jsdom joins a button's hidden words without a space,
// so names are matched by their first word.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../../shared/domain/journal';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveCourse } from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-03-10';
const course = (title: string): Omit<Course, 'id'> => ({
  title,
  provider: 'Acme',
  format: 'virtual',
  status: 'planned',
  start: '2026-04-01',
  end: null,
  contactHours: 21,
  cost: null,
  link: '',
  topic: 'agile',
  split: null,
  notes: '',
});
const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255, 7]);
const file = { name: 'agile certificate.pdf', mimeType: 'application/pdf', data: bytes };
const SLOW = { timeout: 5000 };

let store: Store;
afterEach(() => {
  cleanup();
  store?.db.close();
});

/** Two courses, the first with its certificate; the list rendered with `saveFile`. */
async function listWithOneCertificate(saveFile: Platform['saveFile']) {
  store = await openStore(freshName('certificate-list'));
  const agile = await saveCourse(store, course('Leading agile teams'), { asOf, certificate: file });
  const risk = await saveCourse(store, course('Risk basics'), { asOf });
  if (!agile.ok || !risk.ok) throw new Error('courses not saved');
  const platform: Platform = { ...fakePlatform(null), saveFile };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <LearningScreen rest={['courses']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const table = await screen.findByRole('table', { name: 'Your courses' }, SLOW);
  const row = (title: string) =>
    within(table).getByRole('rowheader', { name: title }).closest('tr')!;
  await within(row('Leading agile teams')).findByRole('button', { name: /^Save a copy/ }, SLOW);
  return { agile: agile.value, row };
}

describe('certificates in the courses list', { timeout: 20_000 }, () => {
  it('has a Certificate column: a “Save a copy” button where one is kept, "None" elsewhere', async () => {
    const { row } = await listWithOneCertificate(() => Promise.resolve({ saved: false }));
    expect(screen.queryByRole('columnheader', { name: 'Certificate' })).not.toBeNull();
    const button = within(row('Leading agile teams')).getByRole('button', { name: /^Save a copy/ });
    expect(button.textContent).toBe('Save a copy of the certificate of Leading agile teams');
    expect(within(row('Risk basics')).queryByRole('button', { name: /^Save a copy/ })).toBeNull();
    expect(within(row('Risk basics')).queryByText('None')).not.toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('saves a copy with the file’s own name, type and bytes, without opening the course', async () => {
    const saved: SaveRequest[] = [];
    const { row } = await listWithOneCertificate(async (req) => {
      saved.push(req);
      return { saved: true, fileName: req.suggestedName };
    });
    fireEvent.click(
      within(row('Leading agile teams')).getByRole('button', { name: /^Save a copy/ }),
    );
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe('agile certificate.pdf');
    expect(saved[0]?.mimeType).toBe('application/pdf');
    expect([...(saved[0]?.content as Uint8Array)]).toEqual([...bytes]);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows the course: a certificate removed elsewhere turns the cell to "None"', async () => {
    const { agile, row } = await listWithOneCertificate(() => Promise.resolve({ saved: false }));
    const result = await saveCourse(store, agile, { asOf, removeCertificate: true });
    expect(result.ok).toBe(true);
    await waitFor(
      () => expect(within(row('Leading agile teams')).queryByText('None')).not.toBeNull(),
      SLOW,
    );
    expect(
      within(row('Leading agile teams')).queryByRole('button', { name: /^Save a copy/ }),
    ).toBeNull();
  });

  it('says so when the copy cannot be saved', async () => {
    const { row } = await listWithOneCertificate(() =>
      Promise.reject(new Error('the folder is not writable')),
    );
    fireEvent.click(
      within(row('Leading agile teams')).getByRole('button', { name: /^Save a copy/ }),
    );
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toBe(
      'The copy of agile certificate.pdf was not saved: the file could not be written there. Choose another folder, or check there is space on the disk, and try again.',
    );
  });
});
