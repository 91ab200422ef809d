/**
 * A PRINCE2 holder chooses how to renew (domain-facts §3): CPD points every year, or an exam
 * by the renew-by date. The choice is offered in "The rule behind the numbers" for PeopleCert
 * certificates only, saved on the credential, and on the exam route the card, the page, the
 * credit log's bar and the report say what to do by when — no "Still missing", no "Behind",
 * no pace — while the CPD logged still counts.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { evaluateCurrentCycle } from '../../../shared/domain/credits';
import { credentialRows } from '../../../shared/domain/report';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { listHeld, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { CredentialBar } from '../../../renderer/src/features/credit-log/CredentialBar';
import { CredentialsPart } from '../../../renderer/src/features/reports/CareerSections';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { earned } from '../domain/eligibility/fixtures';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
// 1 Aug 2025: PRINCE2 Practitioner passed 1 Jun 2024, renew by 1 Jun 2027; its first CPD
// year (1 Jun 2024 – 31 May 2025) ended with 10 of 20 points.
const ASOF = '2025-08-01';
const RENEW_BY = day('2027-06-01');
const CPD = 'CPD points: 20 a year for 3 years, with a PeopleCert membership';
const EXAM = 'An exam: retake this one, or pass another in the suite, by the renew-by date';
const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 7, 1, 9, 0));
  store = await openStore(freshName('peoplecert-route'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function hold(credentialId: string, earnedDate: string): Promise<string> {
  const saved = await saveHeld(
    store,
    { credentialId, stage: 'earned', earnedDate, renewals: [] },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value.id;
}

const app = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={createWebPlatform('0')}>
      <UndoProvider>
        <main>{children}</main>
      </UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

describe('“How you renew” on a PRINCE2 Practitioner’s page', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    const saved = await saveActivity(
      store,
      {
        date: '2024-09-01',
        title: 'Agile workshop',
        type: 'course-or-training',
        amount: 10,
        unit: 'hours',
        status: 'earned',
      },
      ASOF,
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  });

  it('offers both routes with their source, CPD points chosen; the exam route changes the cycle', async () => {
    const id = await hold('prince2-practitioner', '2024-06-01');
    render(app(<CredentialDetail heldId={id} />));
    const group = await screen.findByRole('group', { name: 'How you renew' }, SLOW);
    const cpd = within(group).getByRole('radio', { name: CPD }) as HTMLInputElement;
    const exam = within(group).getByRole('radio', { name: EXAM }) as HTMLInputElement;
    expect([cpd.checked, exam.checked]).toEqual([true, false]);
    const row = group.closest('li')!;
    expect(text(row)).toContain('PeopleCert renew-by rules since 1 Jan 2023 (training providers)');
    expect(text(row)).toContain('Two or more sources agree on it');

    const current = screen.getByRole('region', { name: 'Current cycle' });
    expect(text(current)).toContain('Behind: a yearly minimum was missed');
    expect(text(current)).toContain('Still missing');

    fireEvent.click(exam);
    await waitFor(async () => expect((await listHeld(store))[0]?.renewalRoute).toBe('exam'), SLOW);
    await waitFor(() => expect(text(current)).toContain(`Renew by exam by ${RENEW_BY}`), SLOW);
    expect(text(current)).toContain(
      `Cycle 1: ${day('2024-06-01')} – ${RENEW_BY} · Renew by exam by ${RENEW_BY} · 669 days left`,
    );
    expect(text(current)).toContain(
      `No CPD points are needed: you renew by passing this exam again, or another exam in the same suite, by ${RENEW_BY}.`,
    );
    expect(text(current)).toContain('10 CPDs counted in this cycle.');
    for (const gone of ['Behind', 'Still missing', 'Missed', 'To finish on time', 'counted of'])
      expect(text(current)).not.toContain(gone);
    await waitFor(() =>
      expect((within(group).getByRole('radio', { name: EXAM }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );

    // And back: the CPD route asks for its points again.
    fireEvent.click(within(group).getByRole('radio', { name: CPD }));
    await waitFor(
      () => expect(text(current)).toContain('Behind: a yearly minimum was missed'),
      SLOW,
    );
    expect((await listHeld(store))[0]?.renewalRoute).toBe('cpd');
  });

  it('the card on the Credentials screen says “Renew by exam by …”', async () => {
    const id = await hold('prince2-practitioner', '2024-06-01');
    const row = (await listHeld(store)).find((h) => h.id === id)!;
    await saveHeld(store, { ...row, renewalRoute: 'exam' }, ASOF);
    render(app(<CredentialsScreen />));
    const card = await screen.findByRole('article', { name: /^PRINCE2 Practitioner/ }, SLOW);
    await within(card).findByText(`Renew by exam by ${RENEW_BY}`, {}, SLOW);
    expect(text(card)).not.toContain('Still missing');
    expect(text(card)).not.toContain('Behind');
    expect(within(card).getByText('Active')).toBeDefined();
  });

  it('a refusal caused by another stored detail names that detail and where to correct it', async () => {
    const id = await hold('prince2-practitioner', '2024-06-01');
    // Stored before today's checks: an exam date after the earned date (EARNED_BEFORE_EXAM).
    const stored = (await listHeld(store)).find((h) => h.id === id)!;
    await store.db.table('credentials').put({ ...stored, examDate: '2024-07-01' });
    render(app(<CredentialDetail heldId={id} />));
    const group = await screen.findByRole('group', { name: 'How you renew' }, SLOW);
    fireEvent.click(within(group).getByRole('radio', { name: EXAM }));
    const alert = await within(group.closest('li')!).findByRole('alert', {}, SLOW);
    expect(text(alert)).toMatch(
      /^Nothing was saved: its earned date is refused \(“.+”\)\. Correct it with “Edit stage and dates”, then try again\.$/,
    );
    expect((await listHeld(store))[0]?.renewalRoute).toBeUndefined();
  });

  it('is not offered for a credential with one way to renew', async () => {
    const id = await hold('pmp', '2024-06-01');
    render(app(<CredentialDetail heldId={id} />));
    await screen.findByRole('region', { name: 'The rule behind the numbers' }, SLOW);
    expect(screen.queryByRole('group', { name: 'How you renew' })).toBeNull();
  });
});

describe('the credit log’s bar and the report on the exam route', () => {
  const onExam = (): HeldWithRule => {
    const h = earned('prince2-practitioner', '2024-06-01');
    return { ...h, credential: { ...h.credential, renewalRoute: 'exam' } };
  };

  it('the credit log’s bar says what to do by when', () => {
    const held = onExam();
    const ev = evaluateCurrentCycle(held.rule, held.credential, [], ASOF);
    render(app(<CredentialBar held={held} evaluation={ev} activities={[]} />));
    expect(
      text(screen.getByRole('region', { name: 'PRINCE2 Practitioner current cycle' })),
    ).toContain(
      `PRINCE2 Practitioner, cycle 1 (${day('2024-06-01')} – ${RENEW_BY}): 0 CPDs counted. Renew by exam by ${RENEW_BY}: no CPD points are needed.`,
    );
  });

  it('the report states it in the third person, with no CPD required', () => {
    const rows = credentialRows([onExam()], [], ASOF);
    expect(rows[0]?.cycle).toMatchObject({
      status: 'renew-by-exam',
      deadline: '2027-06-01',
      required: null,
    });
    render(<CredentialsPart rows={rows} />);
    expect(text(screen.getByText(/^Cycle 1,/))).toBe(
      `Cycle 1, ${day('2024-06-01')} to ${RENEW_BY}: To be renewed by exam by ${RENEW_BY} (no CPD points required). Counted 0 CPDs, 669 days left.`,
    );
  });
});
