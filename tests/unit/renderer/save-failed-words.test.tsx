// A file the user chose a place for that could not be written (the disk is full, a read-only
// folder, the file open in another program, a name too long) is said in words that tell what
// to do, wherever a file is saved — not "The operation failed. Please try again." in brackets.
// A report whose PDF could not be saved was made: only the saving failed.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/credits';
import { writeFailureText } from '../../../shared/files/write-failure';
import type { Platform } from '../../../shared/platform';
import {
  copyFailedText,
  fileWriteProblem,
  notSavedText,
} from '../../../renderer/src/components/storage-messages';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ExportController } from '../../../renderer/src/features/backup/export-controller';
import { AuditPacks } from '../../../renderer/src/features/reports/AuditPacks';
import { ReportsScreen } from '../../../renderer/src/features/reports/ReportsScreen';
import { CalendarExportButton } from '../../../renderer/src/features/study/CalendarExportButton';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { earned } from '../domain/eligibility/fixtures';

const asOf = '2026-11-22';
/** As the desktop platform throws main's answer (desktop.ts unwrap). */
const mainSaid = (message: string) => new Error(message);
const full = writeFailureText.DISK_FULL;
const generic = 'The operation failed. Please try again.';

let store: Store | undefined;
afterEach(async () => {
  cleanup();
  if (store) {
    store.db.close();
    await deleteStore(store.db.name);
    store = undefined;
  }
});

function failingPlatform(error: Error): Platform {
  return {
    ...fakePlatform(null),
    kind: 'desktop',
    saveFile: async () => {
      throw error;
    },
    printReport: async () => {
      throw error;
    },
  };
}

function withProviders(platform: Platform, open: Store, children: React.ReactNode) {
  return render(
    <StoreProvider store={open}>
      <PlatformProvider platform={platform}>{children}</PlatformProvider>
    </StoreProvider>,
  );
}

describe('fileWriteProblem', () => {
  it.each(Object.values(writeFailureText))('knows main’s words: %s', (text) => {
    expect(fileWriteProblem(mainSaid(text))).toBe(text);
  });

  it.each([generic, 'suggestedName: a plain file name', ''])('not other words: %j', (text) => {
    expect(fileWriteProblem(mainSaid(text))).toBeNull();
  });

  it('not what is not an error', () => {
    expect(fileWriteProblem(full)).toBeNull();
  });
});

describe('any other file the user saves (a cycle’s claim CSV, the skipped rows)', () => {
  it('says why once, and what to do, without a second "Try again"', () => {
    expect(notSavedText('The file', mainSaid(full))).toBe(`The file was not saved. ${full}`);
    expect(notSavedText('The file', mainSaid(full))).not.toMatch(/Try again\.$/);
  });

  it('keeps its words for a failure of no known cause', () => {
    expect(notSavedText('The file', mainSaid(generic))).toBe(
      `The file was not saved (${generic}). Try again.`,
    );
  });
});

describe('a copy of a kept file', () => {
  it('says why it was not saved, and what to do', () => {
    expect(copyFailedText('attendance.pdf', mainSaid(writeFailureText.IN_USE))).toBe(
      'The copy of attendance.pdf was not saved. The file is open in another program. Close it there, or choose another name, then try again.',
    );
  });

  it('keeps its words for a failure of no known cause', () => {
    expect(copyFailedText('attendance.pdf', mainSaid(generic))).toBe(
      'The copy of attendance.pdf was not saved: the file could not be written there. Choose another folder, or check there is space on the disk, and try again.',
    );
  });
});

describe('the progress report', () => {
  it('says it was made, and why its PDF was not saved', async () => {
    store = await openStore(freshName('save-failed-report'));
    await saveProfile(store, {
      name: 'Sam Rivera',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
    });
    withProviders(
      failingPlatform(mainSaid(writeFailureText.NOT_ALLOWED)),
      store,
      <ReportsScreen />,
    );
    await screen.findByRole('article', { name: 'Progress report: Sam Rivera' });
    fireEvent.click(screen.getByRole('button', { name: 'Print report…' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `The report was made, but its PDF was not saved. ${writeFailureText.NOT_ALLOWED}`,
      ),
    );
  });
});

describe('the calendar export', () => {
  it('says why it was not saved', async () => {
    store = await openStore(freshName('save-failed-calendar'));
    withProviders(
      failingPlatform(mainSaid(full)),
      store,
      <CalendarExportButton
        plans={[]}
        blocks={[]}
        deadlines={[{ id: 'exam:acp', kind: 'exam', date: '2099-02-10', title: 'PMI-ACP' }]}
        today={asOf}
        reminderLeadDays={14}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export calendar (.ics)' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(`The calendar was not saved. ${full}`),
    );
  });
});

describe('the audit pack', () => {
  it('says why it was not saved', async () => {
    store = await openStore(freshName('save-failed-audit-pack'));
    const activity = {
      id: 'a1',
      date: '2026-03-01',
      title: 'Reading a1',
      type: 'read',
      amount: 2,
      unit: 'hours',
      status: 'earned',
      split: { waysOfWorking: 0, powerSkills: 2, businessAcumen: 0 },
    } as Activity;
    expect((await saveActivity(store, activity, asOf)).ok).toBe(true);
    withProviders(
      failingPlatform(mainSaid(writeFailureText.NAME_TOO_LONG)),
      store,
      <AuditPacks held={[earned('pmp', '2025-01-15')]} activities={[activity]} asOf={asOf} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Save audit pack for PMP/ }));
    await waitFor(() =>
      expect(screen.getByText(/^The audit pack was not saved/).textContent).toBe(
        `The audit pack was not saved. ${writeFailureText.NAME_TOO_LONG}`,
      ),
    );
  });
});

describe('a backup exported by hand', () => {
  it('says why it was not saved', async () => {
    store = await openStore(freshName('save-failed-export'));
    const controller = new ExportController(store, failingPlatform(mainSaid(full)));
    await controller.run();
    expect(controller.getState()).toEqual({
      kind: 'failed',
      message: `No backup was saved. ${full}`,
    });
  });

  it('keeps its words for a failure of no known cause', async () => {
    store = await openStore(freshName('save-failed-export-other'));
    const controller = new ExportController(store, failingPlatform(mainSaid(generic)));
    await controller.run();
    expect(controller.getState()).toEqual({
      kind: 'failed',
      message: `The backup could not be made: ${generic}`,
    });
  });
});
