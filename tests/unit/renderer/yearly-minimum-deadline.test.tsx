/**
 * The reviewer's case: PRINCE2 Practitioner passed 20 Jan 2025, no CPD logged in its second
 * CPD year (20 Jan 2026 – 19 Jan 2027). PeopleCert asks for 20 CPD points every 12 months, 5 of
 * them from professional experience (domain-facts §3), so 19 Jan 2027 is a deadline of its own:
 * in Study › Reminders, on the dashboard's Next deadlines, and in the calendar the Study screen
 * exports, with an alarm at the reminder lead set in Settings. Not once the year's minimum is met, nor on the
 * exam route (no CPD asked).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { setStudySettings } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { DeadlinesCard } from '../../../renderer/src/features/dashboard/DeadlinesCard';
import { RemindersPanel } from '../../../renderer/src/features/study/RemindersPanel';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const YEAR_END = day('2027-01-19');
const NOTHING_YET =
  'PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due this year';

let store: Store;
let saved: SaveRequest[];
let platform: Platform;

/** Today, as the app's clock reads it (local time, 09:00). */
function today(y: number, m: number, d: number) {
  vi.setSystemTime(new Date(y, m - 1, d, 9, 0));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  today(2027, 1, 10);
  store = await openStore(freshName('yearly-minimum'));
  saved = [];
  const base = fakePlatform(null);
  platform = {
    ...base,
    saveFile: async (req) => (saved.push(req), { saved: true, fileName: req.suggestedName }),
  };
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function holdPractitioner(renewalRoute?: 'exam') {
  const held = await saveHeld(
    store,
    {
      credentialId: 'prince2-practitioner',
      stage: 'earned',
      earnedDate: '2025-01-20',
      renewals: [],
      ...(renewalRoute ? { renewalRoute } : {}),
    },
    '2025-01-21',
  );
  if (!held.ok) throw new Error(JSON.stringify(held.errors));
}

async function logCpd(date: string, amount: number, type = 'course-or-training') {
  const entry = await saveActivity(
    store,
    { date, title: 'CPD', type, amount, unit: 'hours', status: 'earned' } as Parameters<
      typeof saveActivity
    >[1],
    date,
  );
  if (!entry.ok) throw new Error(JSON.stringify(entry.errors));
}

const app = (children: React.ReactNode) =>
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <main>{children}</main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );

const items = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('Study › Reminders on 10 Jan 2027', { timeout: 20_000 }, () => {
  it('reminds of the CPD year’s end, 9 days ahead, with what it asks for', async () => {
    await holdPractitioner();
    app(<RemindersPanel />);
    const region = await screen.findByRole('region', { name: 'Reminders' }, SLOW);
    await within(region).findByText(/PRINCE2 Practitioner: 20 CPDs/, undefined, SLOW);
    expect(items(region)).toEqual([`${NOTHING_YET} — in 9 days (${YEAR_END})`]);
  });

  it('says what is still missing once some CPD is logged', async () => {
    await holdPractitioner();
    await logCpd('2026-03-02', 8);
    app(<RemindersPanel />);
    const region = await screen.findByRole('region', { name: 'Reminders' }, SLOW);
    await within(region).findByText(/PRINCE2 Practitioner: 12 CPDs more/, undefined, SLOW);
    expect(items(region)).toEqual([
      `PRINCE2 Practitioner: 12 CPDs more, 5 of them Professional experience, due this year — in 9 days (${YEAR_END})`,
    ]);
  });

  it('is gone once the year’s 20 points are logged, 5 of them professional experience', async () => {
    await holdPractitioner();
    await logCpd('2026-03-02', 15);
    await logCpd('2026-06-01', 5, 'work-as-practitioner');
    app(<RemindersPanel />);
    const region = await screen.findByRole('region', { name: 'Reminders' }, SLOW);
    await within(region).findByText('Nothing due in that time.', undefined, SLOW);
  });

  it('is not a deadline on the exam route: no CPD is asked', async () => {
    await holdPractitioner('exam');
    app(<RemindersPanel />);
    const region = await screen.findByRole('region', { name: 'Reminders' }, SLOW);
    await within(region).findByText('Nothing due in that time.', undefined, SLOW);
  });
});

describe('the dashboard’s Next deadlines on 6 Dec 2026', { timeout: 20_000 }, () => {
  it('lists 19 Jan 2027 before the cycle end of 20 Jan 2028', async () => {
    today(2026, 12, 6);
    await holdPractitioner();
    app(<DeadlinesCard />);
    const card = await screen.findByRole('region', { name: 'Next deadlines' }, SLOW);
    await within(card).findByText(/20 CPDs, 5 of them/, undefined, SLOW);
    expect(items(card)).toEqual([
      `${NOTHING_YET} — ${YEAR_END}, in 44 days`,
      `PRINCE2 Practitioner cycle ends — ${day('2028-01-20')}, in 410 days`,
    ]);
  });
});

describe('Study › Export calendar (.ics) on 6 Dec 2026', { timeout: 20_000 }, () => {
  it('has the CPD year’s end with an alarm at the reminder lead set in Settings', async () => {
    today(2026, 12, 6);
    await holdPractitioner();
    await setStudySettings(store, { reminderLeadDays: 10, weekStart: 'monday' });
    const profile = await saveProfile(store, {
      ...emptyProfileDraft(),
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-director',
      education: 'bachelor',
    });
    if (!profile.ok) throw new Error('profile not saved');
    app(<StudyScreen rest={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export calendar (.ics)' }, SLOW));
    await waitFor(() => expect(saved).toHaveLength(1));
    const calendar = new ICAL.Component(ICAL.parse(saved[0]!.content as string));
    const events = calendar.getAllSubcomponents('vevent').map((v) => {
      const alarms = v.getAllSubcomponents('valarm').map((a) => ({
        action: a.getFirstPropertyValue('action'),
        trigger: String(a.getFirstPropertyValue('trigger')),
        description: a.getFirstPropertyValue('description'),
      }));
      return {
        summary: new ICAL.Event(v).summary,
        day: String(new ICAL.Event(v).startDate),
        alarms,
      };
    });
    expect(events).toEqual([
      {
        summary: `PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due for the year from ${day('2026-01-20')}`,
        day: '2027-01-19',
        alarms: [
          {
            action: 'DISPLAY',
            // 10 days before at 09:00: 9 days and 15 hours before the day's midnight.
            trigger: '-P9DT15H',
            description: `PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due for the year from ${day('2026-01-20')}, by ${YEAR_END} (in 10 days). Log what you earn in Ascent; its Credentials screen shows what is still missing.`,
          },
        ],
      },
      {
        summary: 'PRINCE2 Practitioner cycle ends',
        day: '2028-01-20',
        alarms: [
          {
            action: 'DISPLAY',
            trigger: '-P9DT15H',
            description: `PRINCE2 Practitioner cycle ends — in 10 days (${day('2028-01-20')})`,
          },
        ],
      },
    ]);
  });
});
