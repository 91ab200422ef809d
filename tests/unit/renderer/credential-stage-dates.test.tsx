/**
 * A credential not earned yet: its card shows the exam date when it is known ("Exam booked for
 * 14 Mar 2027."), and the form asks for the date that fits the stage chosen — the exam date
 * for an exam booked, the earned date for an earned credential — never "Earned on" for an
 * exam still to sit.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { CredentialStatus, HeldStage } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AddCredentialForm } from '../../../renderer/src/features/credentials/AddCredentialForm';
import { CredentialCard } from '../../../renderer/src/features/credentials/CredentialCard';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const pmp = findCredentialRule('pmp')!;

describe('the card of a credential not earned yet', () => {
  afterEach(cleanup);

  function card(stage: HeldStage, examDate: string | null) {
    render(
      <CredentialCard
        held={{ rule: pmp, credential: { id: 'h', credentialId: 'pmp', stage, examDate } }}
        status={stage as CredentialStatus}
        evaluation={null}
      />,
    );
    return screen.getByRole('article').textContent;
  }

  it.each<[HeldStage, string | null, string]>([
    ['exam-booked', '2027-03-14', `Exam booked for ${formatDate('2027-03-14')}.`],
    ['exam-booked', null, 'Exam booked. Add its date to see it among your deadlines.'],
    ['preparing', '2027-06-01', `Exam planned for ${formatDate('2027-06-01')}.`],
  ])('%s, exam %s: “%s”', (stage, examDate, words) => {
    const text = card(stage, examDate);
    expect(text).toContain(words);
    expect(text).toContain('Not earned yet. Its cycle starts on the day you pass the exam.');
  });

  it('a target without an exam date says only that it is not earned yet', () => {
    const text = card('target', null);
    expect(text).not.toContain('Exam');
    expect(text).toContain('Not earned yet. Its cycle starts on the day you pass the exam.');
  });
});

describe('the add form asks for the date the stage needs', { timeout: 20_000 }, () => {
  let store: Store;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 5, 9, 0)); // 5 Dec 2026
    store = await openStore(freshName('stage-dates'));
  });
  afterEach(async () => {
    cleanup();
    vi.useRealTimers();
    store.db.close();
    await store.db.delete();
  });

  const labels = (form: HTMLElement) =>
    [...form.querySelectorAll('label')].map((l) => l.textContent);

  it('exam booked: the exam date, no earned date; saved with the exam date', async () => {
    const onDone = vi.fn();
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={createWebPlatform('0')}>
          <UndoProvider>
            <AddCredentialForm custom={[]} onDone={onDone} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const form = screen.getByRole('form', { name: 'Add a credential' });
    // Earned, the default stage: the certification date, and the exam date if wanted.
    expect(labels(form)).toEqual([
      'Credential',
      'Stage',
      'Exam date (optional)',
      'Earned on (certification date)',
    ]);
    fireEvent.change(within(form).getByLabelText('Credential'), { target: { value: 'pmp' } });
    fireEvent.change(within(form).getByLabelText('Stage'), { target: { value: 'exam-booked' } });
    // A PMI exam: its application's approval and attempts too (credential-application.test.tsx).
    expect(labels(form)).toEqual([
      'Credential',
      'Stage',
      'Exam date (optional)',
      'Application approved on (optional)',
      'Exam attempts used (optional)',
    ]);
    expect(
      within(form).getByText('The day you sit the exam: it is then among your deadlines.'),
    ).toBeDefined();
    fireEvent.change(within(form).getByLabelText('Exam date (optional)'), {
      target: { value: '2027-03-14' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await listHeld(store)).toMatchObject([
      { credentialId: 'pmp', stage: 'exam-booked', examDate: '2027-03-14', earnedDate: null },
    ]);
  });

  it('an earned date typed, then a stage not earned: it stays in view, said optional', () => {
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={createWebPlatform('0')}>
          <UndoProvider>
            <AddCredentialForm custom={[]} onDone={() => undefined} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const form = screen.getByRole('form', { name: 'Add a credential' });
    fireEvent.change(within(form).getByLabelText('Earned on (certification date)'), {
      target: { value: '2025-01-15' },
    });
    fireEvent.change(within(form).getByLabelText('Stage'), { target: { value: 'preparing' } });
    expect(labels(form)).toEqual([
      'Credential',
      'Stage',
      'Exam date (optional)',
      'Earned on (optional)',
    ]);
    expect(within(form).getByLabelText('Earned on (optional)')).toHaveProperty(
      'value',
      '2025-01-15',
    );
  });
});
