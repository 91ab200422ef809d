// A finished study plan is archived, not deleted (Study › "Archive plan"): it moves from the
// Plans list to "Archived plans (N)" below, folded away, with its dates and hours, "Make active
// again" and "Delete plan"; Undo brings it back. An archived plan is no longer offered to the
// focus timer or the session form, its blocks from today on leave the week (the earlier ones
// stay, as the record of what was planned) and the next calendar export cancels them. Focus
// is kept as a delete keeps it: the next plan's name, then back to Archive plan on Undo.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekdays, type WeeklyAvailability } from '../../../shared/domain/profile/profile';
import { blockUid, type PlanDraft } from '../../../shared/domain/study';
import type { Platform } from '../../../shared/platform';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { listBlocks, listPlans, savePlan } from '../../../renderer/src/db/repositories/study-plans';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { StudyScreen } from '../../../renderer/src/features/study/StudyScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const PLANNED_ON = '2026-11-16'; // a Monday: the plans are laid from here
const TODAY = '2026-11-19'; // the Thursday of that week
const SLOW = { timeout: 5000 };
const week: WeeklyAvailability = { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 };

let store: Store;
let saved: string[];
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 16, 9, 0));
  store = await openStore(freshName('study-plan-archive'));
  saved = [];
  const draft = emptyProfileDraft();
  const profile = await saveProfile(store, {
    ...draft,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { ...draft.weeklyAvailability, tue: '2', thu: '1.5', sat: '3' },
  });
  if (!profile.ok) throw new Error('profile not saved');
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

async function plan(title: string) {
  const draft: PlanDraft = {
    title,
    target: 'goal:none',
    hoursNeeded: '100', // every available day, from Tuesday the 17th
    start: PLANNED_ON,
    deadline: '2027-03-20',
    sessionMinutes: '60',
    bufferDays: '2',
    dayStart: '18:00',
    override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
    blackouts: '',
  };
  const made = await savePlan(store, draft, week, PLANNED_ON);
  if (!made.ok) throw new Error(JSON.stringify(made.errors));
  return made.plan;
}

/** Two plans laid on Monday, shown on Thursday (as in the app's shell, inside <main>). */
async function showPlanner() {
  const first = await plan('PMP exam: first pass');
  const second = await plan('PMP exam: revision');
  vi.setSystemTime(new Date(2026, 10, 19, 10, 0));
  const platform: Platform = {
    ...fakePlatform(null),
    saveFile: async (req) => {
      saved.push(req.content as string);
      return { saved: true, fileName: req.suggestedName };
    },
  };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <main>
            <StudyScreen rest={[]} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByRole('article', { name: 'PMP exam: revision' }, SLOW);
  return { first, second };
}

function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}
const planCard = (title: string) => screen.getByRole('article', { name: title });
/** The archived list (a <details>), found by its summary's words. */
const archivedList = () =>
  (screen.queryByText(/^Archived plans \(/)?.closest('details') ??
    null) as HTMLDetailsElement | null;
const optionsOf = (label: string) =>
  [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.textContent);
/** The ids of the blocks the week shows. */
const blocksShown = () =>
  [...document.querySelectorAll<HTMLElement>('[data-block-id]')].map((b) => b.dataset.blockId);

describe('archiving a study plan', { timeout: 30_000 }, () => {
  it('moves it to the archived list, out of the timer and session form; Undo brings it back', async () => {
    await showPlanner();
    expect(optionsOf('Timer plan')).toContain('PMP exam: first pass');
    expect(optionsOf('Session plan')).toContain('PMP exam: first pass');
    expect(archivedList()).toBeNull();

    press(within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Archive plan' }));
    await screen.findByText('Plan “PMP exam: first pass” archived.', {}, SLOW);
    await waitFor(() => expect(focused()).toBe('h3: PMP exam: revision'), SLOW);

    const list = archivedList();
    expect(list).not.toBeNull();
    expect(list!.open).toBe(false);
    expect(within(list!).queryByText('Archived plans (1)')).not.toBeNull();
    const card = planCard('PMP exam: first pass');
    expect(list!.contains(card)).toBe(true);
    expect(within(card).queryByRole('button', { name: 'Make active again' })).not.toBeNull();
    expect(within(card).queryByRole('button', { name: 'Delete plan' })).not.toBeNull();
    expect(within(card).queryByRole('button', { name: 'Archive plan' })).toBeNull();
    expect(within(card).queryByText(/16 Nov 2026|Nov 16, 2026/)).not.toBeNull();
    expect(list!.contains(planCard('PMP exam: revision'))).toBe(false);
    expect(optionsOf('Timer plan')).not.toContain('PMP exam: first pass');
    expect(optionsOf('Session plan')).not.toContain('PMP exam: first pass');
    expect((await listPlans(store)).find((p) => p.title === 'PMP exam: first pass')?.status).toBe(
      'archived',
    );

    press(screen.getByRole('button', { name: /^Undo/ }));
    await waitFor(() => expect(archivedList()).toBeNull(), SLOW);
    await waitFor(() => expect(focused()).toBe('button: Archive plan'), SLOW);
    expect(document.activeElement?.closest('article')?.getAttribute('aria-labelledby')).toBe(
      planCard('PMP exam: first pass').getAttribute('aria-labelledby'),
    );
    expect(optionsOf('Timer plan')).toContain('PMP exam: first pass');
  });

  it('hides its blocks from today on in the week, keeping the earlier ones', async () => {
    const { first, second } = await showPlanner();
    const blocks = await listBlocks(store);
    const own = blocks.filter((b) => b.planId === first.id && b.date <= '2026-11-22');
    const past = own.filter((b) => b.date < TODAY).map((b) => b.id);
    const ahead = own.filter((b) => b.date >= TODAY).map((b) => b.id);
    const others = blocks.filter((b) => b.planId === second.id && b.date <= '2026-11-22');
    expect(past.length).toBeGreaterThan(0);
    expect(ahead.length).toBeGreaterThan(0);
    await waitFor(() => expect(blocksShown()).toEqual(expect.arrayContaining(ahead)), SLOW);

    press(within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Archive plan' }));
    await screen.findByText('Plan “PMP exam: first pass” archived.', {}, SLOW);
    await waitFor(() => expect(blocksShown()).not.toEqual(expect.arrayContaining(ahead)), SLOW);
    const shown = blocksShown();
    for (const id of ahead) expect(shown).not.toContain(id);
    expect(shown).toEqual(expect.arrayContaining([...past, ...others.map((b) => b.id)]));
  });

  it('cancels its blocks from today on in the next calendar export', async () => {
    const { first } = await showPlanner();
    const blocks = await listBlocks(store);
    const ahead = blocks.filter((b) => b.planId === first.id && b.date >= TODAY);
    const click = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
    const card = within(planCard('PMP exam: first pass'));

    click('Export calendar (.ics)');
    await waitFor(() => expect(saved).toHaveLength(1), SLOW);
    fireEvent.click(card.getByRole('button', { name: 'Archive plan' }));
    await screen.findByText('Plan “PMP exam: first pass” archived.', {}, SLOW);
    // The notice can come before the plans' live query has the plan as archived.
    await waitFor(() => expect(archivedList()).not.toBeNull(), SLOW);
    click('Export calendar (.ics)');
    await waitFor(() => expect(saved).toHaveLength(2), SLOW);

    const events = (ics: string) =>
      new Map(
        new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => {
          const e = new ICAL.Event(v);
          return [e.uid, { status: v.getFirstPropertyValue('status'), sequence: e.sequence }];
        }),
      );
    const before = events(saved[0]!);
    const after = events(saved[1]!);
    for (const b of ahead) {
      const e = after.get(blockUid(b.id));
      expect(e?.status).toBe('CANCELLED');
      expect(e!.sequence).toBeGreaterThan(before.get(blockUid(b.id))!.sequence);
    }
    await screen.findByText(
      new RegExp(`also removes ${ahead.length} study blocks no longer planned`),
      {},
      SLOW,
    );
  });
});

describe('an archived plan', { timeout: 30_000 }, () => {
  it('is made active again: back in the Plans list, focus on its name', async () => {
    await showPlanner();
    press(within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Archive plan' }));
    await screen.findByText('Plan “PMP exam: first pass” archived.', {}, SLOW);
    // The notice can come before the plans' live query draws the archived list.
    const list = await waitFor(() => {
      const found = archivedList();
      expect(found).not.toBeNull();
      return found!;
    }, SLOW);
    list.open = true;

    press(
      within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Make active again' }),
    );
    await waitFor(() => expect(archivedList()).toBeNull(), SLOW);
    await waitFor(() => expect(focused()).toBe('h3: PMP exam: first pass'), SLOW);
    expect(
      within(planCard('PMP exam: first pass')).queryByRole('button', { name: 'Archive plan' }),
    ).not.toBeNull();
    expect(optionsOf('Session plan')).toContain('PMP exam: first pass');
    expect((await listPlans(store)).every((p) => p.status === 'active')).toBe(true);
  });

  it('can be deleted from the archived list, and Undo puts it back there', async () => {
    await showPlanner();
    press(within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Archive plan' }));
    await screen.findByText('Plan “PMP exam: first pass” archived.', {}, SLOW);
    fireEvent.click(await screen.findByText('Archived plans (1)', {}, SLOW));

    press(within(planCard('PMP exam: first pass')).getByRole('button', { name: 'Delete plan' }));
    await screen.findByText('Plan “PMP exam: first pass” deleted.', {}, SLOW);
    await waitFor(() => expect(archivedList()).toBeNull(), SLOW);
    await waitFor(() => expect(focused()).toBe('h2: Plans'), SLOW);
    expect((await listPlans(store)).map((p) => p.title)).toEqual(['PMP exam: revision']);

    press(screen.getByRole('button', { name: /^Undo/ }));
    await waitFor(() => expect(archivedList()).not.toBeNull(), SLOW);
    expect(archivedList()!.contains(planCard('PMP exam: first pass'))).toBe(true);
    await waitFor(() => expect(focused()).toBe('button: Delete plan'), SLOW);
  });
});
