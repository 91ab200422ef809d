/**
 * Study › "Export calendar (.ics)" while exploring sample data (review: it saved the made-up
 * career's exam, follow-ups and study blocks for the person's own calendar, where they stayed
 * after leaving the sample, and nothing could take them back out: what an export wrote is
 * remembered in the sample database, which leaving deletes). As a backup export, nothing is
 * saved, and the status line says why and what to do.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../../shared/domain/study';
import type { Platform } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { SAMPLE_DATABASE_NAME } from '../../../renderer/src/features/sample/sample-mode';
import { CalendarExportButton } from '../../../renderer/src/features/study/CalendarExportButton';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';

const deadlines: Deadline[] = [
  { id: 'exam:pmocp', kind: 'exam', date: '2027-04-07', title: 'PMI-PMOCP' },
];

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 9, 0)); // 7 Dec 2026
  store = await openStore(SAMPLE_DATABASE_NAME);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

describe('Export calendar (.ics) in sample data', () => {
  it('saves nothing for the person’s calendar and says to leave the sample first', async () => {
    const saveFile = vi.fn<Platform['saveFile']>(async (req) => ({
      saved: true,
      fileName: req.suggestedName,
    }));
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={{ ...fakePlatform(null), saveFile }}>
          <CalendarExportButton
            plans={[]}
            blocks={[]}
            deadlines={deadlines}
            today="2026-12-07"
            reminderLeadDays={14}
          />
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('sample'));
    expect(screen.getByRole('status').textContent).toContain('Leave the sample data first');
    expect(saveFile).not.toHaveBeenCalled();
  });
});
