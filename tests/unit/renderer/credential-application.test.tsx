/**
 * A PMI exam application (domain-facts §2, B: one year of eligibility, up to three attempts):
 * the add/edit form asks for the approval date and the attempts used only for a PMI exam not
 * earned yet, saves them, and refuses an approval after the exam date at the field; the card
 * says until when the exam can be sat and what to do when something is wrong.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldCredential, HeldStage } from '../../../shared/domain/credentials';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listHeld, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AddCredentialForm } from '../../../renderer/src/features/credentials/AddCredentialForm';
import { CredentialCard } from '../../../renderer/src/features/credentials/CredentialCard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const APPROVED = 'Application approved on (optional)';
const ATTEMPTS = 'Exam attempts used (optional)';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 21, 9, 0)); // 21 Nov 2026
  store = await openStore(freshName('credential-application'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

function showForm(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const labels = (form: HTMLElement) => [...form.querySelectorAll('label')].map((l) => l.textContent);
const pick = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

describe('the form asks about the exam application', { timeout: 20_000 }, () => {
  it('only for a PMI exam at a stage before Earned', () => {
    showForm(<AddCredentialForm custom={[]} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a credential' });
    pick(form, 'Credential', 'pmp');
    pick(form, 'Stage', 'exam-booked');
    expect(labels(form)).toEqual([
      'Credential',
      'Stage',
      'Exam date (optional)',
      APPROVED,
      ATTEMPTS,
    ]);
    expect(
      within(form).getByText(
        'The day PMI approved your exam application: you can sit the exam for one year from then.',
      ),
    ).toBeDefined();
    expect(
      [...within(form).getByLabelText(ATTEMPTS).querySelectorAll('option')].map(
        (o) => o.textContent,
      ),
    ).toEqual(['Not said', '0', '1', '2', '3']);
    pick(form, 'Stage', 'earned');
    expect(labels(form)).not.toContain(APPROVED);
    pick(form, 'Stage', 'preparing');
    pick(form, 'Credential', 'prince2-practitioner');
    expect(labels(form)).toEqual(['Credential', 'Stage', 'Exam date (optional)']);
  });

  it('saves the approval date and attempts as typed', async () => {
    const onDone = vi.fn();
    showForm(<AddCredentialForm custom={[]} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Add a credential' });
    pick(form, 'Credential', 'capm');
    pick(form, 'Stage', 'exam-booked');
    pick(form, 'Exam date (optional)', '2027-01-15');
    pick(form, APPROVED, '2026-03-03');
    pick(form, ATTEMPTS, '1');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await listHeld(store)).toMatchObject([
      {
        credentialId: 'capm',
        stage: 'exam-booked',
        examDate: '2027-01-15',
        applicationApprovedDate: '2026-03-03',
        examAttemptsUsed: 1,
      },
    ]);
  });

  it('refuses an approval after the exam date, said at the field and in the summary', async () => {
    const saved = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'exam-booked', examDate: '2026-10-01' },
      '2026-11-21',
    );
    if (!saved.ok) throw new Error('not saved');
    const onDone = vi.fn();
    showForm(<AddCredentialForm custom={[]} existing={saved.value} onDone={onDone} />);
    const form = screen.getByRole('form', { name: 'Edit credential' });
    pick(form, APPROVED, '2026-10-02');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const words =
      'The approval date is after the exam date, but an exam is sat after its application is approved. Check both dates; if the exam date is from an earlier application, enter the new one, or clear it until the new exam is booked.';
    const summary = await screen.findByRole('region');
    expect(summary.textContent).toContain(`${APPROVED}: ${words}`);
    const input = within(form).getByLabelText(APPROVED);
    const errorId = input.getAttribute('aria-describedby')!.split(' ').at(-1)!;
    expect(document.getElementById(errorId)?.textContent).toBe(words);
    expect(onDone).not.toHaveBeenCalled();
    expect((await listHeld(store))[0]!.applicationApprovedDate).toBeUndefined();
  });
});

describe('the card says how long the application lasts', () => {
  const pmp = findCredentialRule('pmp')!;
  function card(extra: Partial<HeldCredential>, stage: HeldStage = 'exam-booked') {
    const credential = { id: 'h', credentialId: 'pmp', stage, ...extra };
    render(<CredentialCard held={{ rule: pmp, credential }} status={stage} evaluation={null} />);
    return screen.getByRole('article').textContent;
  }

  it('approved 3 Mar 2026: eligible until 2 Mar 2027, 101 days left, 1 of 3 attempts', () => {
    const text = card({ applicationApprovedDate: '2026-03-03', examAttemptsUsed: 1 });
    expect(text).toContain(
      `Application approved ${formatDate('2026-03-03')}: eligible until ${formatDate('2027-03-02')} (101 days left); 1 of 3 attempts used.`,
    );
    expect(text).toContain(
      'Why: PMI handbooks: an approved application lasts one year, up to three attempts (Sources agree).',
    );
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('an exam booked after the eligibility ends: move it, or ask PMI', () => {
    card({ applicationApprovedDate: '2026-03-03', examDate: '2027-03-10' });
    expect(screen.getByRole('note', { name: 'Exam application' }).textContent).toBe(
      `Your exam on ${formatDate('2027-03-10')} is after your eligibility ends on ${formatDate('2027-03-02')}. Move the exam to ${formatDate('2027-03-02')} or earlier, or ask PMI about re-applying.`,
    );
  });

  it('eligibility ended and every attempt used: both said, with what to do', () => {
    card({ applicationApprovedDate: '2025-09-01', examAttemptsUsed: 3 }, 'preparing');
    expect(screen.getByRole('article').textContent).toContain(
      `Application approved ${formatDate('2025-09-01')}: eligibility ended on ${formatDate('2026-08-31')}; 3 of 3 attempts used.`,
    );
    const items = within(screen.getByRole('note', { name: 'Exam application' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      `Your eligibility to sit the exam ended on ${formatDate('2026-08-31')}. Ask PMI about re-applying, then enter the new approval date here and clear the old exam date until the new exam is booked.`,
      'All 3 exam attempts of this application are used. Ask PMI about re-applying before you book another exam.',
    ]);
  });

  it('says nothing of it once earned', () => {
    const text = card(
      { applicationApprovedDate: '2026-03-03', examAttemptsUsed: 1, earnedDate: '2026-06-01' },
      'earned',
    );
    expect(text).not.toContain('Application approved');
  });
});

describe(
  'the form tells a CAPM holder from before 1 Oct 2020 to check the rule',
  { timeout: 20_000 },
  () => {
    it('as soon as the earned date is before that day', () => {
      showForm(<AddCredentialForm custom={[]} onDone={() => undefined} />);
      const form = screen.getByRole('form', { name: 'Add a credential' });
      pick(form, 'Credential', 'capm');
      pick(form, 'Stage', 'earned');
      pick(form, 'Earned on (certification date)', '2018-05-01');
      expect(within(form).getByRole('note', { name: 'CAPM rule' }).textContent).toContain(
        `Yours is from ${formatDate('2018-05-01')}: check with PMI which rule applies to it`,
      );
      pick(form, 'Earned on (certification date)', '2021-05-01');
      expect(within(form).queryByRole('note', { name: 'CAPM rule' })).toBeNull();
    });
  },
);
