// Focus keeps the user's place after more actions (WCAG 2.4.3 focus order): a form that closes
// gives the focus back to the button that opened it, a dialog to the control that started it
// (or the page's heading when that control went), a new study plan's card takes it. Never to
// the page itself, where the next Tab would start from the top.
// (jsdom joins a button's hidden words without a space, so names are matched by their start.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { listPlans } from '../../../renderer/src/db/repositories/study-plans';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routeFromHash } from '../../../renderer/src/app/routes';
import { useRoute } from '../../../renderer/src/app/use-route';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { exportBackup } from '../../../renderer/src/db/backup';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld, type HeldRow } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { BackupNotices } from '../../../renderer/src/features/backup/BackupNotices';
import { RestorePanel } from '../../../renderer/src/features/backup/RestorePanel';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { Platform } from '../../../shared/platform';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };

let store: Store;
let extra: Store[] = [];
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('focus-more'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  window.location.hash = '';
  vi.useRealTimers();
  for (const s of [store, ...extra]) await s.db.delete();
  extra = [];
});

/** As in the app's shell: the page's heading is the one in <main>. */
function show(el: ReactElement, platform: Platform = fakePlatform(null)) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <main>{el}</main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** What has the focus, in words: its text (or its label's, for a field). */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
  return `${el.tagName.toLowerCase()}: ${(label ?? el).textContent?.trim()}`;
}

async function held(draft: Pick<HeldRow, 'stage'> & Partial<HeldRow>): Promise<HeldRow> {
  const saved = await saveHeld(store, { credentialId: 'pmp', renewals: [], ...draft }, asOf);
  if (!saved.ok) throw new Error(`credential not saved: ${JSON.stringify(saved)}`);
  return saved.value;
}

describe('a credential’s page', { timeout: 20_000 }, () => {
  it('Edit stage and dates: Cancel and Save changes give the focus back to the button', async () => {
    const pmp = await held({ stage: 'exam-booked', examDate: '2027-02-10' });
    show(<CredentialDetail heldId={pmp.id} />);
    const edit = await screen.findByRole('button', { name: 'Edit stage and dates' }, SLOW);
    press(edit);
    press(within(screen.getByRole('form', { name: 'Edit credential' })).getByText('Cancel'));
    expect(screen.queryByRole('form', { name: 'Edit credential' })).toBeNull();
    await waitFor(() => expect(focused()).toBe('button: Edit stage and dates'));

    press(edit);
    const form = screen.getByRole('form', { name: 'Edit credential' });
    fireEvent.change(within(form).getByLabelText(/^Exam date/), {
      target: { value: '2027-03-15' },
    });
    press(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    await waitFor(() => expect(focused()).toBe('button: Edit stage and dates'), SLOW);
    expect(screen.getByText('Stage and dates saved.').getAttribute('role')).toBe('status');
    expect(screen.getByText(/^PMI · exam/).textContent).toBe(`PMI · exam ${day('2027-03-15')}`);
  });

  // A PMP earned 1 Jun 2017, renewed late twice, each time in the year of suspension: each
  // renewal starts the next cycle on the anniversary (domain-facts §1), and the form stays for
  // the cycle that is current (now suspended too).
  it('Record another renewal: the date takes the focus; Cancel and Save give it back', async () => {
    const pmp = await held({ stage: 'earned', earnedDate: '2017-06-01' });
    show(<CredentialDetail heldId={pmp.id} />);
    const first = await screen.findByRole('form', { name: 'Record a renewal' }, SLOW);
    fireEvent.change(within(first).getByLabelText('Renewed on'), {
      target: { value: '2020-09-01' },
    });
    press(within(first).getByRole('button', { name: 'Record renewal' }));
    const another = await screen.findByRole('button', { name: 'Record another renewal' }, SLOW);

    press(another);
    await waitFor(() => expect(focused()).toBe('input: Renewed on'));
    const form = screen.getByRole('form', { name: 'Record a renewal' });
    press(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(focused()).toBe('button: Record another renewal'));
    expect(screen.getByText(/^Renewal recorded: cycle 2/).textContent).toBe(
      `Renewal recorded: cycle 2 ran ${day('2020-06-01')} to ${day('2023-05-31')}.`,
    );

    press(screen.getByRole('button', { name: 'Record another renewal' }));
    const again = screen.getByRole('form', { name: 'Record a renewal' });
    fireEvent.change(within(again).getByLabelText('Renewed on'), {
      target: { value: '2024-01-15' },
    });
    press(within(again).getByRole('button', { name: 'Record renewal' }));
    const notice = await screen.findByText(/^Renewal recorded: cycle 3/, {}, SLOW);
    expect(notice.textContent).toBe(
      `Renewal recorded: cycle 3 ran ${day('2023-06-01')} to ${day('2026-05-31')}.`,
    );
    await waitFor(() => expect(focused()).toBe('button: Record another renewal'), SLOW);
  });
});

describe('restoring a backup', { timeout: 30_000 }, () => {
  /** A platform whose file picker hands over a backup of a store with a profile in it. */
  async function withBackupFile(): Promise<Platform> {
    const source = await openStore(freshName('focus-more-source'));
    extra.push(source);
    const saved = await saveProfile(source, {
      ...emptyProfileDraft(),
      name: 'Backup Person',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-director',
      education: 'bachelor',
    });
    if (!saved.ok) throw new Error('profile not saved');
    const { bytes } = await exportBackup(source, { appVersion: '0.2.0' });
    const platform = fakePlatform(null);
    platform.openFile = async () => ({
      opened: true,
      fileName: 'mine.ascent-backup',
      content: bytes,
    });
    return platform;
  }

  async function restoreAndClose() {
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' }, SLOW);
    press(within(dialog).getByRole('button', { name: 'Replace my data with this backup' }));
    const done = await screen.findByRole('dialog', { name: 'Your data is restored' }, SLOW);
    press(within(done).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }

  it('Close gives the focus back to “Restore from a backup file…”', async () => {
    show(
      <>
        <h1>Settings</h1>
        <RestorePanel readOnly={false} />
      </>,
      await withBackupFile(),
    );
    press(screen.getByRole('button', { name: 'Restore from a backup file…' }));
    await restoreAndClose();
    await waitFor(() => expect(focused()).toBe('button: Restore from a backup file…'), SLOW);
  });

  it('the offer’s button gone with the restore, the page’s heading has the focus', async () => {
    show(
      <>
        <BackupNotices />
        <h1>Welcome to Ascent</h1>
      </>,
      await withBackupFile(),
    );
    const offer = await screen.findByRole('region', { name: 'Restore a backup' }, SLOW);
    press(within(offer).getByRole('button', { name: 'Restore from a backup file…' }));
    await restoreAndClose();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Restore a backup' })).toBeNull(),
    );
    await waitFor(() => expect(focused()).toBe('h1: Welcome to Ascent'), SLOW);
  });
});

/** The planner as the shell shows it: the address says which part. */
function RoutedStudy() {
  const [route] = useRoute();
  return <StudyScreen rest={route.rest} />;
}

describe('the study planner', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    const draft = emptyProfileDraft();
    const profile = await saveProfile(store, {
      ...draft,
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-director',
      education: 'bachelor',
      weeklyAvailability: { ...draft.weeklyAvailability, tue: '2', thu: '1.5', sat: '3' },
    });
    if (!profile.ok) throw new Error('profile not saved');
    await held({ stage: 'exam-booked', examDate: '2027-03-20' });
  });

  async function openNewPlan() {
    window.location.hash = '#/study/new';
    expect(routeFromHash(window.location.hash).rest).toEqual(['new']);
    show(<RoutedStudy />);
    return screen.findByRole('form', { name: 'New study plan' }, SLOW);
  }

  /** A plan for the PMP exam, 20 hours, made through the form. */
  async function createPlan() {
    const form = await openNewPlan();
    fireEvent.change(within(form).getByLabelText('Prepares for'), {
      target: { value: within(form).getAllByRole('option')[1]!.getAttribute('value') },
    });
    fireEvent.change(within(form).getByLabelText('Hours of study needed'), {
      target: { value: '20' },
    });
    press(within(form).getByRole('button', { name: 'Create plan' }));
  }

  it('Create plan hands the focus to the new plan’s card, by its name', async () => {
    await createPlan();
    await screen.findByRole('heading', { level: 1, name: 'Study planner' }, SLOW);
    await waitFor(() => expect(focused()).toBe('h3: PMP exam'), SLOW);
    expect(document.activeElement?.closest('article')?.textContent).toContain('20 h needed');
  });

  it('an edited plan: Cancel hands the focus to its “Edit plan”, a save to its card', async () => {
    await createPlan();
    await waitFor(() => expect(focused()).toBe('h3: PMP exam'), SLOW);
    const [plan] = await listPlans(store);

    window.location.hash = `#/study/plan/${plan!.id}`;
    let edit = await screen.findByRole('form', { name: 'Edit study plan' }, SLOW);
    press(within(edit).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(focused()).toBe('a: Edit plan'), SLOW);
    expect(document.activeElement?.closest('article')?.textContent).toContain('20 h needed');

    window.location.hash = `#/study/plan/${plan!.id}`;
    edit = await screen.findByRole('form', { name: 'Edit study plan' }, SLOW);
    fireEvent.change(within(edit).getByLabelText('Hours of study needed'), {
      target: { value: '24' },
    });
    press(within(edit).getByRole('button', { name: 'Save and re-plan' }));
    await waitFor(() => expect(focused()).toBe('h3: PMP exam'), SLOW);
    expect(document.activeElement?.closest('article')?.textContent).toContain('24 h needed');
  });

  it('Cancel hands the focus back to “New study plan”', async () => {
    const form = await openNewPlan();
    press(within(form).getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('heading', { level: 1, name: 'Study planner' }, SLOW);
    await waitFor(() => expect(focused()).toBe('a: New study plan'), SLOW);
  });
});
