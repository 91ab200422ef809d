/**
 * The route is per cycle (domain-facts §3, B: renewed by CPD — 20 points every 12 months for 3
 * years — or by an exam): choosing the exam route for the current cycle of a PRINCE2
 * Practitioner leaves a cycle already renewed by CPD as it was in Cycle history.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { listHeld, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
// 1 Aug 2025: PRINCE2 Practitioner passed 1 Mar 2020, renewed by CPD on 1 Mar 2023; cycle 2
// runs 2 Mar 2023 – 1 Mar 2026.
const ASOF = '2025-08-01';
const EXAM = 'An exam: retake this one, or pass another in the suite, by the renew-by date';
const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 7, 1, 9, 0));
  store = await openStore(freshName('cycle-route-history'));
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
      title: 'PRINCE2 course',
      type: 'course-or-training',
      amount,
      unit: 'hours',
      status: 'earned',
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

const rows = (history: HTMLElement) =>
  within(history)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => text(c)),
    );

describe('Cycle history after choosing the exam route', { timeout: 30_000 }, () => {
  it('still shows the closed CPD cycle’s requirement; the current cycle asks for none', async () => {
    const saved = await saveHeld(
      store,
      {
        credentialId: 'prince2-practitioner',
        stage: 'earned',
        earnedDate: '2020-03-01',
        renewals: [{ date: '2023-03-01', method: 'credits' }],
      },
      ASOF,
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    await logged('2021-09-01', 10);
    await logged('2023-09-01', 8);
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
    const cycle1 = [day('2020-03-01'), day('2023-03-01'), '10 of 60'];
    expect(rows(history)).toEqual([cycle1, [day('2023-03-02'), day('2026-03-01'), '8 of 60']]);

    const group = screen.getByRole('group', { name: 'How you renew' });
    fireEvent.click(within(group).getByRole('radio', { name: EXAM }));
    await waitFor(async () => expect((await listHeld(store))[0]?.renewalRoute).toBe('exam'), SLOW);
    await waitFor(
      () => expect(rows(history)).toEqual([cycle1, [day('2023-03-02'), day('2026-03-01'), '8']]),
      SLOW,
    );
  });
});
