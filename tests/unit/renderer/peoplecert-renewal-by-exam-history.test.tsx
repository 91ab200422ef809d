/**
 * A PeopleCert renewal by exam before the renew-by date (domain-facts §3, B: renew-by = that
 * exam + 3 years) starts the next cycle on the exam day and ends the old one the day before:
 * Cycle history shows no two cycles overlapping, and an activity counts in one cycle only.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2025-11-01';
const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 10, 1, 9, 0)); // 1 Nov 2025
  store = await openStore(freshName('peoplecert-renewal-by-exam-history'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function logged(date: string, amount: number) {
  const saved = await saveActivity(
    store,
    {
      date,
      title: `Course on ${date}`,
      type: 'course-or-training',
      amount,
      unit: 'hours',
      status: 'earned',
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

/** Cycle history's rows: cycle, start, end and counted, as read. */
const rows = (history: HTMLElement) =>
  within(history)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      text(within(r).getByRole('rowheader')),
      ...within(r)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => text(c)),
    ]);

describe(
  '§3: PRINCE2 Practitioner renewed by an exam 12 days before its renew-by date',
  SLOW,
  () => {
    it(
      'ends cycle 1 the day before the exam, and counts each activity once',
      { timeout: 30_000 },
      async () => {
        const saved = await saveHeld(
          store,
          {
            credentialId: 'prince2-practitioner',
            stage: 'earned',
            earnedDate: '2022-09-01',
            renewals: [{ date: '2025-08-20', method: 'exam' }],
          },
          ASOF,
        );
        if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
        await logged('2025-08-10', 5);
        await logged('2025-08-25', 7);
        render(
          <StoreProvider store={store}>
            <PlatformProvider platform={createWebPlatform('0')}>
              <UndoProvider>
                <main>
                  <CredentialDetail heldId={saved.value.id} />
                </main>
              </UndoProvider>
            </PlatformProvider>
          </StoreProvider>,
        );
        const history = await screen.findByRole('region', { name: 'Cycle history' }, SLOW);
        expect(rows(history)).toEqual([
          ['1', day('2022-09-01'), day('2025-08-19'), '5'],
          ['2', day('2025-08-20'), day('2028-08-20'), '7 of 60'],
        ]);
      },
    );
  },
);
