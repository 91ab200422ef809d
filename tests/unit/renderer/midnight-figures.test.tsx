/**
 * The app left open over midnight: the screens keep showing the day's figures while the next
 * day's are read, then show the next day's — never a "Loading…" line or a card that
 * disappears in between (which made the whole dashboard jump just after midnight).
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { useCreditSummary } from '../../../renderer/src/db/credit-summary';
import { useToday } from '../../../renderer/src/app/use-today';
import { Dashboard } from '../../../renderer/src/features/dashboard/Dashboard';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { ReminderNotifier } from '../../../renderer/src/features/study/ReminderNotifier';
import type { Platform } from '../../../shared/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const stamps = { createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z' };
/** Every card of the dashboard, by its heading. */
const CARDS = [
  'Your climb',
  /^Readiness for /,
  'Credentials',
  'Next deadlines',
  'Recent activity',
  'Events and follow-ups',
  'This week’s study: plan vs actual',
  'Study time',
];

let store: Store;
const stores: Store[] = [];

beforeEach(async () => {
  // The day is read from Date and moves on with the app's minute check (setInterval); the
  // database and the reads keep their real timers.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30)); // Sunday 22 Nov 2026, 23:59:30 local
  store = await openStore(freshName('midnight'));
  stores.push(store);
  await saveProfile(store, {
    name: 'Dana Okafor',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '2', sun: '0' },
  });
  const asOf = '2026-11-22';
  expect(
    (
      await saveHeld(
        store,
        { credentialId: 'pmp', stage: 'earned', earnedDate: '2024-03-14' },
        asOf,
      )
    ).ok,
  ).toBe(true);
  expect(
    (
      await saveActivity(
        store,
        {
          date: '2026-11-20',
          title: 'Risk workshop',
          type: 'course-or-training',
          amount: 6,
          unit: 'hours',
          split: { waysOfWorking: 2, powerSkills: 2, businessAcumen: 2 },
          status: 'earned',
        },
        asOf,
      )
    ).ok,
  ).toBe(true);
  await store.db.table('events').put({ id: 'meet', name: 'Chapter meeting', start: '2026-11-25' });
  // Studied on the Sunday: the week (Monday to Sunday) ends at midnight.
  await store.db.table('studySessions').put({
    id: 'sunday',
    planId: null,
    date: '2026-11-22',
    minutes: 45,
    topic: 'Risk',
    source: 'manual',
    activityId: null,
    ...stamps,
  });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  for (const s of stores.splice(0)) {
    s.db.close();
    await s.db.delete();
  }
});

const app = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={fakePlatform(null)}>
      <UndoProvider>{children}</UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

/**
 * Watches what the page shows after every change: a loading text, or a card missing that
 * was shown before. Returns what was seen, to be read at the end.
 */
function watchForFlashes(root: HTMLElement, headings: (string | RegExp)[]) {
  const seen: string[] = [];
  const check = () => {
    const text = root.textContent ?? '';
    if (/Loading/i.test(text)) seen.push(`loading text: ${text.slice(0, 80)}`);
    const titles = [...root.querySelectorAll('h1, h2')].map((h) => h.textContent ?? '');
    for (const h of headings)
      if (!titles.some((t) => (typeof h === 'string' ? t === h : h.test(t))))
        seen.push(`missing card: ${String(h)}`);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    seen,
    stop: () => {
      check();
      observer.disconnect();
    },
  };
}

/** The number of days the dashboard gives until the next credential cycle end. */
function daysToNextDeadline(): number {
  const text = screen.getByText(/^Next cycle end:/).textContent ?? '';
  const m = /in (\d+) days/.exec(text);
  if (!m) throw new Error(`No days in "${text}"`);
  return Number(m[1]);
}

/** The line of "Next deadlines" that names `title`. */
function deadlineLine(title: string): string {
  const items = [...document.querySelectorAll('ul.dash-deadlines li')].map((li) => li.textContent);
  return items.find((t) => t?.includes(title)) ?? `nothing about ${title} in ${items.join(' | ')}`;
}

/** Past midnight: the app's minute check runs and finds the next day. */
async function crossMidnight() {
  await act(async () => {
    vi.advanceTimersByTime(60_000);
  });
}

describe('the app left open over midnight', { timeout: 20_000 }, () => {
  it('the dashboard keeps every card and figure on screen until the next day’s are ready', async () => {
    const { container } = render(app(<Dashboard />));
    await screen.findByText(/^Next cycle end:/, undefined, SLOW);
    // Studied without a plan: nothing planned this week or later, and where to plan.
    await screen.findByText(
      /^45 min studied this week, with nothing planned this week or later\. +for an exam or a goal\.$/,
      undefined,
      SLOW,
    );
    await waitFor(() => expect(deadlineLine('Chapter meeting')).toMatch(/, in 3 days$/), SLOW);
    for (const h of CARDS) screen.getByRole('heading', { name: h });
    const before = daysToNextDeadline();

    const watch = watchForFlashes(container, CARDS);
    await crossMidnight();
    // The next day's figures: one day fewer, the event two days away, a new week of study.
    await waitFor(() => expect(daysToNextDeadline()).toBe(before - 1), SLOW);
    await waitFor(() => expect(deadlineLine('Chapter meeting')).toMatch(/, in 2 days$/), SLOW);
    await screen.findByText(/No study plan yet/, undefined, SLOW);
    watch.stop();
    expect(watch.seen).toEqual([]);
  });

  it('the credentials screen keeps its cycles, then shows the next day’s from the new read', async () => {
    const { container } = render(app(<CredentialsScreen />));
    const line = await screen.findByText(/ days left$/, { selector: '.cycle-summary p' }, SLOW);
    const before = Number(/(\d+) days left$/.exec(line.textContent ?? '')![1]);
    const watch = watchForFlashes(container, ['Credentials']);
    await crossMidnight();
    // Days left come from the summary read for the day: one fewer once the new read is in.
    await screen.findByText(
      new RegExp(`· ${before - 1} days left$`),
      { selector: '.cycle-summary p' },
      SLOW,
    );
    watch.stop();
    expect(watch.seen).toEqual([]);
  });

  it('cards shown at different moments cross midnight together', async () => {
    vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 0));
    function Day({ name }: { name: string }) {
      return (
        <p>
          {name}: {useToday()}
        </p>
      );
    }
    const first = render(<Day name="first" />);
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    render(<Day name="second" />);
    await act(async () => {
      vi.advanceTimersByTime(30_000); // 00:00:00
    });
    expect(first.container.textContent).toBe('first: 2026-11-23');
    screen.getByText('second: 2026-11-23');
  });

  it('reminders wait for the next day’s figures: none is worked out from the day before’s', async () => {
    // A cycle that ends on the day the app is left open.
    const acp = await saveHeld(
      store,
      { credentialId: 'pmi-acp', stage: 'earned', earnedDate: '2023-11-23' },
      '2026-11-22',
    );
    expect(acp.ok).toBe(true);
    const shown: { day: string; body: string }[] = [];
    const platform: Platform = {
      ...fakePlatform(null),
      notifications: {
        permission: () => 'granted',
        requestPermission: async () => 'granted',
        show: async (_title: string, body: string) => {
          shown.push({ day: new Date().getDate() === 22 ? 'before' : 'after', body });
          return true;
        },
      },
    };
    function Day() {
      return <p>figures of {useCreditSummary(useToday())?.asOf ?? 'nothing yet'}</p>;
    }
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={platform}>
          <ReminderNotifier />
          <Day />
        </PlatformProvider>
      </StoreProvider>,
    );
    // The notifications show nothing on the page: polled on real time (setInterval is faked).
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 100 && !ok(); i++)
        await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
      return ok();
    };
    const bodies = (day: string) => shown.filter((s) => s.day === day).map((s) => s.body);
    expect(await until(() => bodies('before').some((b) => /PMI-ACP/.test(b)))).toBe(true);
    await crossMidnight();
    await screen.findByText('figures of 2026-11-23', undefined, SLOW);
    // The next day's reminders come from the next day's figures: the meeting, now two days
    // away; the cycle that ended yesterday is not due (nothing of it is left to do today).
    expect(
      await until(() => bodies('after').some((b) => /Chapter meeting — in 2 days/.test(b))),
    ).toBe(true);
    expect(bodies('after').filter((b) => /PMI-ACP/.test(b))).toEqual([]);
  });

  it('the day moves on at midnight itself, not at the next minute’s check', async () => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 59, 500));
    function Day() {
      return <p>day {useToday()}</p>;
    }
    render(<Day />);
    screen.getByText('day 2026-11-22');
    await act(async () => {
      vi.advanceTimersByTime(400); // 23:59:59.900
    });
    screen.getByText('day 2026-11-22');
    await act(async () => {
      vi.advanceTimersByTime(200); // 00:00:00.100
    });
    screen.getByText('day 2026-11-23');
    // And the night after, a day later.
    await act(async () => {
      vi.advanceTimersByTime(24 * 60 * 60_000);
    });
    screen.getByText('day 2026-11-24');
  });

  it('another store is read afresh, never shown with the first store’s figures', async () => {
    function Held() {
      const summary = useCreditSummary(useToday());
      const names = summary?.withRules.map((h) => h.rule.acronym).join(', ');
      return <p>{summary === undefined ? 'loading' : `held: ${names || 'none'}`}</p>;
    }
    const one = render(app(<Held />));
    await screen.findByText('held: PMP', undefined, SLOW);
    one.unmount();
    // A store with no credential, the next day.
    vi.setSystemTime(new Date(2026, 10, 23, 9, 0));
    store = await openStore(freshName('midnight-other'));
    stores.push(store);
    const renders: string[] = [];
    function Watched() {
      const summary = useCreditSummary(useToday());
      renders.push(summary === undefined ? 'loading' : `${summary.withRules.length} held`);
      return <Held />;
    }
    render(app(<Watched />));
    await screen.findByText('held: none', undefined, SLOW);
    expect(renders[0]).toBe('loading');
    expect(renders).not.toContain('1 held');
  });
});
