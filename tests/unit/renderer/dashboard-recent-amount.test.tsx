/**
 * The dashboard's "Recent activity" says an activity's amount as the credit log's Hours column
 * counts it, in words: "1 hour", never "1 credits"; a CEU amount also as it was entered.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RecentActivity } from '../../../renderer/src/features/dashboard/RecentActivity';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import type { Activity } from '../../../shared/domain/credits';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2025-12-20';

let store: Store;

async function log(
  title: string,
  date: string,
  amount: number,
  unit: Activity['unit'],
  counted: number,
  relevantPercent?: number,
) {
  const saved = await saveActivity(
    store,
    {
      date,
      title,
      type: 'online-or-digital-media',
      amount,
      unit,
      ...(relevantPercent === undefined ? {} : { relevantPercent }),
      split: { waysOfWorking: counted, powerSkills: 0, businessAcumen: 0 },
      status: 'earned',
    },
    ASOF,
  );
  if (!saved.ok) throw new Error(`fixture ${title}: ${JSON.stringify(saved)}`);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2025, 11, 20, 9, 0)); // 20 Dec 2025
  store = await openStore(freshName('recent-amount'));
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

const app = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={createWebPlatform('0')}>
      <UndoProvider>
        <main>{children}</main>
      </UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

async function listed(): Promise<(string | null)[]> {
  render(app(<RecentActivity />));
  const card = await screen.findByRole('region', { name: 'Recent activity' }, SLOW);
  return within(card)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('recent activity amounts', { timeout: 20_000 }, () => {
  it('says one credit as the one hour the credit log shows, singular', async () => {
    await log('Session 69', '2025-12-13', 1, 'body-unit', 1);
    expect(await listed()).toEqual([
      `Session 69 ${day('2025-12-13')} · Online or digital media · 1 hour`,
    ]);
  });

  it('says hours in words, CEU as their hours and as entered, a share as counted', async () => {
    await log('Webinar', '2025-12-10', 3, 'hours', 3);
    await log('Conference', '2025-12-05', 2, 'ceu', 20);
    await log('Half relevant', '2025-12-01', 10, 'hours', 5, 50);
    await log('Book', '2025-11-28', 2.5, 'body-unit', 2.5);
    expect(await listed()).toEqual([
      `Webinar ${day('2025-12-10')} · Online or digital media · 3 hours`,
      `Conference ${day('2025-12-05')} · Online or digital media · 20 hours (2 CEU)`,
      `Half relevant ${day('2025-12-01')} · Online or digital media · 5 hours`,
      `Book ${day('2025-11-28')} · Online or digital media · 2.5 hours`,
    ]);
  });
});
