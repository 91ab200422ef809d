// A new reading or listening entry, interaction, skill rating or goal (its start) starts dated
// today. Left open
// past midnight (a desktop app left running), the form stayed on the day it was opened: the
// record was saved on the day before, though nothing was typed in the date, as the study log
// and credit log forms did. Untouched, the date now follows the day; a date typed stays.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { skillAreas } from '../../../shared/catalog/skills';
import { useToday } from '../../../renderer/src/app/use-today';
import { UndoProvider } from '../../../renderer/src/components/undo';
import {
  hasUnsavedChanges,
  resetUnsavedChanges,
} from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listAssessments, listGoals } from '../../../renderer/src/db/repositories/career';
import { listMedia } from '../../../renderer/src/db/repositories/journal';
import {
  listInteractions,
  saveContact,
} from '../../../renderer/src/db/repositories/journal-network';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalForm } from '../../../renderer/src/features/goals/GoalForm';
import { emptyGoalDraft } from '../../../renderer/src/features/goals/goal-draft';
import { SkillForm } from '../../../renderer/src/features/ladder/SkillForm';
import { MediaForm } from '../../../renderer/src/features/learning/MediaForm';
import { InteractionForm } from '../../../renderer/src/features/network/InteractionForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  // The day moves on with the app's minute check (setInterval); the database keeps real timers.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date(2026, 10, 22, 23, 59, 30)); // 22 Nov 2026, 23:59:30 local
  store = await openStore(freshName('forms-midnight'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

async function pastMidnight() {
  await act(async () => {
    vi.advanceTimersByTime(60_000); // 00:00:30 on 23 Nov
  });
}

async function priya() {
  const saved = await saveContact(
    store,
    {
      name: 'Priya Shah',
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'contact',
      since: null,
      until: null,
      notes: '',
    },
    '2026-11-22',
  );
  if (!saved.ok) throw new Error('contact not saved');
  return saved.value;
}

describe('the reading and listening form left open past midnight', TEST, () => {
  const showForm = () => {
    show(<MediaForm entry={null} held={[]} onSaved={() => undefined} onCancel={() => undefined} />);
    return screen.getByRole('form', { name: 'Add reading or listening' });
  };
  const dateField = (form: HTMLElement) =>
    within(form).getByLabelText('Finished on') as HTMLInputElement;

  it('moves its date on to the new day, and saves the entry there', async () => {
    const form = showForm();
    expect(dateField(form).value).toBe('2026-11-22');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-23');
    expect(hasUnsavedChanges()).toBe(false);

    type(within(form).getByLabelText('Title'), 'Leading PMOs');
    type(within(form).getByLabelText('Hours'), '2');
    fireEvent.click(within(form).getByRole('button', { name: 'Save entry' }));
    await waitFor(async () =>
      expect((await listMedia(store)).map((m) => [m.title, m.date])).toEqual([
        ['Leading PMOs', '2026-11-23'],
      ]),
    );
  });

  it('keeps a date the person typed', async () => {
    const form = showForm();
    type(dateField(form), '2026-11-20');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-20');
    expect(hasUnsavedChanges()).toBe(true);
  });
});

describe('the interaction form left open past midnight', TEST, () => {
  const showForm = async () => {
    const contact = await priya();
    show(
      <InteractionForm
        interaction={null}
        contacts={[contact]}
        held={[]}
        onSaved={() => undefined}
        onCancel={() => undefined}
      />,
    );
    return screen.getByRole('form', { name: 'Log an interaction' });
  };
  const dateField = (form: HTMLElement) => within(form).getByLabelText('Date') as HTMLInputElement;

  it('moves its date on to the new day, and logs the interaction there', async () => {
    const form = await showForm();
    expect(dateField(form).value).toBe('2026-11-22');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-23');
    expect(hasUnsavedChanges()).toBe(false);

    type(within(form).getByLabelText('Hours'), '1');
    fireEvent.click(within(form).getByRole('button', { name: 'Save interaction' }));
    await waitFor(async () =>
      expect((await listInteractions(store)).map((i) => [i.date, i.hours])).toEqual([
        ['2026-11-23', 1],
      ]),
    );
  });

  it('keeps a date the person typed', async () => {
    const form = await showForm();
    type(dateField(form), '2026-11-20');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-20');
    expect(hasUnsavedChanges()).toBe(true);
  });
});

describe('the skill rating form left open past midnight', TEST, () => {
  const area = skillAreas[0]!;
  const showForm = () => {
    show(<SkillForm area={area} current={null} currentOn={null} />);
    return screen.getByRole('form', { name: `Rate ${area.name}` });
  };
  const dateField = (form: HTMLElement) =>
    within(form).getByLabelText(`Date of this rating (${area.name})`) as HTMLInputElement;

  it('moves its date on to the new day, and saves the rating there', async () => {
    const form = showForm();
    expect(dateField(form).value).toBe('2026-11-22');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-23');

    fireEvent.click(within(form).getAllByRole('radio')[2]!);
    fireEvent.click(within(form).getByRole('button', { name: `Save rating for ${area.name}` }));
    await waitFor(async () =>
      expect((await listAssessments(store)).map((a) => [a.level, a.date])).toEqual([
        [3, '2026-11-23'],
      ]),
    );
  });

  it('keeps a date the person typed', async () => {
    const form = showForm();
    type(dateField(form), '2026-11-20');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-20');
    expect(hasUnsavedChanges()).toBe(true);
  });
});

/** The new-goal form as the goals screen draws it: from an empty draft on the app's today. */
function NewGoal() {
  const today = useToday();
  return (
    <GoalForm initial={emptyGoalDraft(today)} plan={defaultLadderPlan()} onDone={() => undefined} />
  );
}

describe('the goal form left open past midnight', TEST, () => {
  const showForm = () => {
    show(<NewGoal />);
    return screen.getByRole('form', { name: 'Add a goal' });
  };
  const dateField = (form: HTMLElement) =>
    within(form).getByLabelText('Start date') as HTMLInputElement;

  it('moves its start date on to the new day, and saves the goal from there', async () => {
    const form = showForm();
    expect(dateField(form).value).toBe('2026-11-22');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-23');
    expect(hasUnsavedChanges()).toBe(false);

    type(within(form).getByLabelText('Goal'), 'Earn PMP');
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(async () =>
      expect((await listGoals(store)).map((g) => [g.title, g.startDate])).toEqual([
        ['Earn PMP', '2026-11-23'],
      ]),
    );
  });

  it('keeps a start date the person typed', async () => {
    const form = showForm();
    type(dateField(form), '2026-11-20');
    await pastMidnight();
    expect(dateField(form).value).toBe('2026-11-20');
    expect(hasUnsavedChanges()).toBe(true);
  });
});
