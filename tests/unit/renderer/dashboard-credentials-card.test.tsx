/**
 * The Dashboard's Credentials card beside "Next deadlines": its first line is about cycle
 * ends only, so it is named "Next cycle end" (Next deadlines may list a nearer exam); and a
 * credential that expired years ago is listed with what it counted, never with something to
 * earn for it. 22 Nov 2026: PMP earned 15 Jan 2025 (cycle to 14 Jan 2028), CSM earned 1 Feb
 * 2016 (cycle to 31 Jan 2018, expired).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  CredentialsSummary,
  Headline,
} from '../../../renderer/src/features/dashboard/CredentialsSummary';
import { earned } from '../domain/eligibility/fixtures';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

afterEach(cleanup);

describe('the Credentials card’s first line', () => {
  it.each([
    [false, `Next cycle end: PMP on ${formatDate('2028-01-14')} — in 418 days.`],
    [true, `Next cycle end: PMP on ${formatDate('2028-01-14')} — in 418 days (requirements met).`],
  ])('met %s', (met, text) => {
    const pmp = earned('pmp', '2025-01-15');
    const h = {
      kind: 'deadline',
      heldId: pmp.credential.id,
      date: '2028-01-14',
      daysLeft: 418,
      met,
    };
    render(<Headline h={h as Parameters<typeof Headline>[0]['h']} held={pmp} />);
    expect(screen.getByText(/^Next cycle end:/).textContent).toBe(text);
  });
});

describe('the Credentials card with a credential expired years ago', { timeout: 30_000 }, () => {
  let store: Store;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 12, 0, 0)); // 22 Nov 2026, noon local
    const asOf = '2026-11-22';
    store = await openStore(freshName('dashboard-expired'));
    const saved = await saveProfile(store, {
      ...emptyProfileDraft(),
      name: 'Dana',
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
    });
    if (!saved.ok) throw new Error('profile not saved');
    for (const [credentialId, earnedDate] of [
      ['pmp', '2025-01-15'],
      ['csm', '2016-02-01'],
    ] as const) {
      const held = await saveHeld(store, { credentialId, stage: 'earned', earnedDate }, asOf);
      if (!held.ok) throw new Error(`${credentialId} not saved`);
    }
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    store?.db.close();
  });

  it('lists it as expired with what it counted, and leads with the running cycle’s end', async () => {
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <CredentialsSummary />
        </UndoProvider>
      </StoreProvider>,
    );
    const first = await screen.findByText(/^Next cycle end:/, {}, SLOW);
    expect(first.textContent).toBe(
      `Next cycle end: PMP on ${formatDate('2028-01-14')} — in 418 days.`,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    // Expired ones after the others, as on the Credentials screen (CSM comes first by name).
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^PMP /);
    expect(items[1]).toBe('CSM Expired 0 SEUs counted of 20');
    const card = screen.getByRole('region', { name: 'Credentials' }).textContent ?? '';
    expect(card).not.toMatch(/CSM[^.]*\b(log|earn|more|needed)\b/i);
  });
});

describe('the Credentials card with an exam application', { timeout: 30_000 }, () => {
  let store: Store;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 12, 0, 0)); // 22 Nov 2026, noon local
    store = await openStore(freshName('dashboard-application'));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    store?.db.close();
  });

  async function show(examAttemptsUsed: number) {
    const held = await saveHeld(
      store,
      {
        credentialId: 'pmp',
        stage: 'preparing',
        applicationApprovedDate: '2026-03-03',
        examAttemptsUsed,
      },
      '2026-11-22',
    );
    if (!held.ok) throw new Error('PMP not saved');
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <CredentialsSummary />
        </UndoProvider>
      </StoreProvider>,
    );
    return (await screen.findAllByRole('listitem', {}, SLOW)).map((li) => li.textContent);
  }

  it('repeats that all 3 attempts are used, with what to do', async () => {
    const [pmp] = await show(3);
    expect(pmp).toContain(
      'All 3 exam attempts of this application are used. Ask PMI about re-applying before you book another exam.',
    );
  });

  it('says nothing of the application while attempts are left', async () => {
    const [pmp] = await show(1);
    expect(pmp).toMatch(/^PMP /);
    expect(pmp).not.toMatch(/attempts|re-applying/);
  });
});
