/**
 * An exam application's year that is over, and an exam day that has passed with the credential
 * not earned, among the Dashboard's "Next deadlines" and in Study → Reminders: the card said
 * "Overdue: PMP: eligibility to sit the exam ends" (a year that has ended cannot be overdue, and
 * Reminders already said "Ended: … Ask PMI about re-applying."), and both said "Overdue: PMI-ACP
 * exam" without saying what happened or what to do. Today 22 Nov 2026: PMP application approved
 * 1 Nov 2025 (eligible until 31 Oct 2026), PMI-ACP exam booked for 15 Nov 2026.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../../shared/domain/study';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { DeadlinesCard } from '../../../renderer/src/features/dashboard/DeadlinesCard';
import { reminderText } from '../../../renderer/src/features/study/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const RECORD_IT =
  'Passed it? Mark PMI-ACP as earned on its page, with the day. If not, enter your next exam date.';

let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('dashboard-passed-exam'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function hold(input: Record<string, unknown>) {
  const saved = await saveHeld(store, input as Parameters<typeof saveHeld>[1], ASOF);
  if (!saved.ok) throw new Error(`fixture not saved: ${JSON.stringify(saved)}`);
}

describe('Next deadlines: an application over and an exam day passed', { timeout: 20_000 }, () => {
  it('say what ended or passed, and what to do, as Reminders do', async () => {
    await hold({ credentialId: 'pmp', stage: 'preparing', applicationApprovedDate: '2025-11-01' });
    await hold({ credentialId: 'pmi-acp', stage: 'exam-booked', examDate: '2026-11-15' });
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <main>
              <DeadlinesCard />
            </main>
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const card = await screen.findByRole('region', { name: 'Next deadlines' }, SLOW);
    await within(card).findByText(/^Ended:/, undefined, SLOW);
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `Ended: eligibility to sit the PMP exam — ${day('2026-10-31')}, 22 days ago. Ask PMI about re-applying.`,
      `Exam day passed: PMI-ACP — ${day('2026-11-15')}, 7 days ago. ${RECORD_IT}`,
    ]);
    expect(card.textContent).not.toContain('Overdue');
  });
});

describe('Reminders: an exam day passed', () => {
  const exam: Deadline = { id: 'exam:h', kind: 'exam', date: '2026-11-15', title: 'PMI-ACP' };

  it('says the day passed and what to do; ahead, still when', () => {
    expect(reminderText(exam, -7)).toBe(
      `Exam day passed: PMI-ACP, 7 days ago (${day('2026-11-15')}). ${RECORD_IT}`,
    );
    expect(reminderText(exam, 3)).toBe(`PMI-ACP exam — in 3 days (${day('2026-11-15')})`);
  });
});
