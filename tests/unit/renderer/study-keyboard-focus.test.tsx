// The study planner from the keyboard (WCAG 2.4.3 focus order, 2.1.1 keyboard): a button that
// goes away once pressed ("Re-plan the remaining hours", "Re-plan from today", "Turn on system
// notifications") hands the focus to the sentence that says what happened, never to the page
// itself, where the next Tab would start from the top. Escape in the study screen's inline
// forms ("Claim as credit", the timer's question, the plan form) acts as their Cancel, as in
// every other inline form: at once when nothing was changed, else after "Discard your changes?".
// (jsdom joins a button's hidden words without a space, so names are matched by their start.)
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import {
  emptyProfileDraft,
  weekdays,
  type WeeklyAvailability,
} from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import type { NotificationPermissionState, Platform } from '../../../shared/platform';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import {
  getTimer,
  listSessions,
  startFocus,
  type StudySessionRow,
} from '../../../renderer/src/db/repositories/study-log';
import { savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { useStudyData } from '../../../renderer/src/db/study-hooks';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import { RemindersPanel } from '../../../renderer/src/features/study/RemindersPanel';
import { SessionList } from '../../../renderer/src/features/study/SessionList';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { TimerPanel } from '../../../renderer/src/features/study/TimerPanel';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
/** The profile's study time: Tue 2 h, Thu 1.5 h, Sat 3 h. */
const week: WeeklyAvailability = { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };

let store: Store;
let examTarget: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0)); // 22 Nov 2026, 10:00 local
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  store = await openStore(freshName('study-keyboard-focus'));
  const draft = emptyProfileDraft();
  const profile = await saveProfile(store, {
    ...draft,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...draft.weeklyAvailability, tue: '2', thu: '1.5', sat: '3' },
  });
  if (!profile.ok) throw new Error('profile not saved');
  const held = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'exam-booked', examDate: '2027-03-20', renewals: [] },
    asOf,
  );
  if (!held.ok) throw new Error('credential not saved');
  examTarget = `exam:${held.value.id}`;
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function planDraft(patch: Partial<PlanDraft>): PlanDraft {
  return {
    title: 'PMP exam',
    target: examTarget,
    hoursNeeded: '20',
    start: asOf,
    deadline: '2027-03-20',
    sessionMinutes: '60',
    bufferDays: '2',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
    ...patch,
  };
}

/** Saves a plan made on `madeOn` (today unless said): a new plan is laid from that day on. */
async function plan(patch: Partial<PlanDraft>, laidWith = week, madeOn = asOf) {
  const made = await savePlan(store, planDraft(patch), laidWith, madeOn);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
}

function show(element: ReactElement, platform: Platform = fakePlatform(null)) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <main>{element}</main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** As in the app's shell: the page's heading is the one in <main>. */
async function showPlanner(platform?: Platform) {
  show(<StudyScreen rest={[]} />, platform);
  await screen.findByRole('heading', { level: 1, name: 'Study planner' }, SLOW);
}

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

const escape = (element: Element) => fireEvent.keyDown(element, { key: 'Escape' });

/** What has the focus, in words: its tag and its text (or its label's, for a field). */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  const label =
    el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
  return `${el.tagName.toLowerCase()}: ${(label ?? el).textContent?.trim()}`;
}

const planCard = () => screen.getByRole('article', { name: 'PMP exam' });

describe('re-planning a plan', { timeout: 30_000 }, () => {
  it('behind: "Re-plan the remaining hours" hands the focus to the "Re-planned" note', async () => {
    // Made and laid on 2 Nov with nothing studied since: three weeks of sittings are missed.
    await plan({ start: '2026-11-02' }, week, '2026-11-02');
    await showPlanner();
    await within(planCard()).findByText('Behind schedule:', {}, SLOW);
    press(within(planCard()).getByRole('button', { name: 'Re-plan the remaining hours' }));

    await waitFor(
      () => expect(within(planCard()).queryByText('Behind schedule:')).toBeNull(),
      SLOW,
    );
    expect(
      within(planCard()).queryByRole('button', { name: 'Re-plan the remaining hours' }),
    ).toBeNull();
    await waitFor(
      () => expect(focused()).toBe(`p: Re-planned: 20 h from today to the exam.`),
      SLOW,
    );
    expect(within(planCard()).getByRole('status').textContent).toBe(
      'Re-planned: 20 h from today to the exam.',
    );
  });

  it('"Re-plan from today" that leaves nothing more to fit goes too: the note takes the focus', async () => {
    // Laid when only Saturday had an hour: the profile's time has room for most of the rest.
    await plan({ hoursNeeded: '120' }, { ...week, tue: 0, thu: 0, sat: 1 });
    await showPlanner();
    await within(planCard()).findByText('Not all of the plan fits:', {}, SLOW);
    press(within(planCard()).getByRole('button', { name: 'Re-plan from today' }));

    await waitFor(
      () => expect(focused()).toMatch(/^p: Re-planned, but .+ do not fit before the exam\./),
      SLOW,
    );
    expect(within(planCard()).queryByRole('button', { name: /Re-plan/ })).toBeNull();
    expect(within(planCard()).getByText('The plan does not fit:')).toBeDefined();
  });

  it('"Re-plan from today" that stays keeps the focus, and the note says what was done', async () => {
    await plan({});
    await showPlanner();
    await within(planCard()).findByText('On schedule.', {}, SLOW);
    const button = within(planCard()).getByRole('button', { name: 'Re-plan from today' });
    press(button);
    await within(planCard()).findByText('Re-planned: 20 h from today to the exam.', {}, SLOW);
    // Longer than focusSoon looks for a place to go (120 frames, about two seconds).
    await new Promise((done) => setTimeout(done, 2500));
    expect(document.activeElement).toBe(button);
  });
});

describe('turning on system notifications', { timeout: 30_000 }, () => {
  function asking(answer: NotificationPermissionState): Platform {
    return {
      ...fakePlatform(null),
      notifications: {
        permission: () => 'default',
        requestPermission: async () => answer,
        show: async () => true,
      },
    };
  }
  const reminders = () => screen.findByRole('region', { name: 'Reminders' }, SLOW);

  it('allowed: the focus goes to the sentence that says they are on', async () => {
    show(<RemindersPanel />, asking('granted'));
    const card = await reminders();
    press(within(card).getByRole('button', { name: 'Turn on system notifications' }));
    await waitFor(
      () =>
        expect(focused()).toBe(
          'p: System notifications are on: each reminder here is also shown as a notification, once a day, while Ascent is open.',
        ),
      SLOW,
    );
    expect(within(card).queryByRole('button', { name: /notifications/ })).toBeNull();
  });

  it('blocked: the focus goes to the sentence that says reminders show here only', async () => {
    show(<RemindersPanel />, asking('denied'));
    const card = await reminders();
    press(within(card).getByRole('button', { name: 'Turn on system notifications' }));
    await waitFor(
      () =>
        expect(focused()).toBe(
          'p: System notifications are blocked for Ascent in this browser; reminders show here only.',
        ),
      SLOW,
    );
  });

  it('no answer: the button stays, with the focus, and the card says nothing changed', async () => {
    show(<RemindersPanel />, asking('default'));
    const card = await reminders();
    const button = within(card).getByRole('button', { name: 'Turn on system notifications' });
    press(button);
    await within(card).findByText(
      'System notifications were not turned on. Press the button again to be asked again.',
      {},
      SLOW,
    );
    expect(document.activeElement).toBe(button);
  });

  it('on the planner, as the reviewer found it', async () => {
    await showPlanner(asking('granted'));
    const card = await reminders();
    press(within(card).getByRole('button', { name: 'Turn on system notifications' }));
    await waitFor(() => expect(focused()).toMatch(/^p: System notifications are on/), SLOW);
  });
});

describe('Escape in "Claim as credit"', { timeout: 30_000 }, () => {
  const session: StudySessionRow = {
    id: 's1',
    planId: null,
    date: '2026-11-20',
    minutes: 90,
    topic: 'Agile book',
    source: 'manual',
    activityId: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
  const pmp: HeldWithRule = {
    credential: { id: 'held-pmp', credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
    rule: findCredentialRule('pmp')!,
  };
  const row = () => screen.getByRole('row', { name: /Agile book/ });
  const claimButton = () => within(row()).getByRole('button', { name: /^Claim as credit/ });
  const form = () => within(row()).queryByRole('group', { name: 'Claim as credit' });

  async function open() {
    show(<SessionList sessions={[session]} plans={[]} held={[pmp]} activities={[]} />);
    press(claimButton());
    const type = within(form()!).getByLabelText('Activity type');
    await waitFor(() => expect(document.activeElement).toBe(type));
    return type;
  }

  it('closes the form at once when nothing was changed, with the focus on the button', async () => {
    const type = await open();
    escape(type);
    await waitFor(() => expect(form()).toBeNull());
    await waitFor(() =>
      expect(focused()).toBe(
        `button: Claim as credit from ${formatDate('2026-11-20')}, Agile book`,
      ),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks first after a change: Keep editing keeps it, Discard changes closes it', async () => {
    const type = await open();
    const area = within(form()!).getByLabelText<HTMLSelectElement>('Area');
    fireEvent.change(area, { target: { value: 'businessAcumen' } });
    area.focus();
    escape(area);
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    expect(question.textContent).toContain(
      'You have changes in this form that are not saved. If you close it now, they are lost.',
    );
    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(within(form()!).getByLabelText<HTMLSelectElement>('Area').value).toBe('businessAcumen');
    expect(document.activeElement).toBe(area);

    escape(type);
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(form()).toBeNull());
    await waitFor(() => expect(focused()).toMatch(/^button: Claim as credit/));
  });
});

describe('Escape in the timer’s question', { timeout: 30_000 }, () => {
  function LiveTimer() {
    const data = useStudyData();
    return data ? <TimerPanel timer={data.timer} plans={[]} /> : null;
  }
  /** A timer started at 23:30 and stopped after midnight: it is asked about. */
  async function asked() {
    vi.setSystemTime(new Date(2026, 10, 22, 23, 30));
    await startFocus(store, null, 'Risk register');
    vi.setSystemTime(new Date(2026, 10, 23, 0, 15));
    show(<LiveTimer />);
    const panel = await screen.findByRole('region', { name: 'Focus timer' }, SLOW);
    press(within(panel).getByRole('button', { name: 'Stop and log' }));
    const minutes = await within(panel).findByLabelText<HTMLInputElement>(
      'Minutes to log',
      {},
      SLOW,
    );
    await waitFor(() => expect(document.activeElement).toBe(minutes), SLOW);
    return { panel, minutes };
  }

  it('keeps the timer running, with the focus on "Stop and log", and logs nothing', async () => {
    const { panel, minutes } = await asked();
    escape(minutes);
    await waitFor(() => expect(within(panel).queryByLabelText('Minutes to log')).toBeNull());
    await waitFor(() => expect(focused()).toBe('button: Stop and log'), SLOW);
    expect(await listSessions(store)).toEqual([]);
    expect((await getTimer(store))?.runningSince).toBe(
      new Date(2026, 10, 22, 23, 30).toISOString(),
    );
  });

  it('asks first once the minutes were changed', async () => {
    const { panel, minutes } = await asked();
    fireEvent.change(minutes, { target: { value: '30' } });
    escape(minutes);
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(within(panel).queryByLabelText('Minutes to log')).toBeNull());
    await waitFor(() => expect(focused()).toBe('button: Stop and log'), SLOW);
    expect(await listSessions(store)).toEqual([]);
  });
});

describe('Escape in the plan form', { timeout: 30_000 }, () => {
  async function open() {
    const done = vi.fn();
    show(
      <PlanForm
        initial={planDraft({ title: '', target: '' })}
        targets={[]}
        week={week}
        onDone={done}
      />,
    );
    const form = await screen.findByRole('form', { name: 'New study plan' }, SLOW);
    return { done, name: within(form).getByLabelText<HTMLInputElement>('Plan name') };
  }

  it('is Cancel when nothing was changed', async () => {
    const { done, name } = await open();
    name.focus();
    escape(name);
    expect(done).toHaveBeenCalledWith(null);
  });

  it('asks first after typing; Keep editing keeps what was typed', async () => {
    const { done, name } = await open();
    fireEvent.change(name, { target: { value: 'PMP exam' } });
    name.focus();
    escape(name);
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(name.value).toBe('PMP exam');
    expect(document.activeElement).toBe(name);
    expect(done).not.toHaveBeenCalled();

    escape(name);
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(done).toHaveBeenCalledWith(null);
  });
});
