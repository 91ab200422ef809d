// The profile (onboarding), goal and contact forms sum up a failed save as the credit log
// does (user walk-through): a summary naming each problem under its field's label, each a
// link-like button that moves focus to that field, and the summary itself focused so a
// keyboard or screen reader user starts from the list of what to fix.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalForm } from '../../../renderer/src/features/goals/GoalForm';
import { emptyGoalDraft } from '../../../renderer/src/features/goals/goal-draft';
import { ContactForm } from '../../../renderer/src/features/network/ContactForm';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };
const ASOF = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('form-error-summary'));
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

describe('the profile form (onboarding and Settings)', TEST, () => {
  it('lists each problem under its label, focuses the list, and each link goes to its field', async () => {
    show(<ProfileForm initial={emptyProfileDraft()} submitLabel="Start using Ascent" />);
    fireEvent.change(await screen.findByLabelText('Monday', {}, SLOW), {
      target: { value: 'two' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start using Ascent' }));
    const { summary, heading, links } = await focusedSummary();
    expect(heading).toBe('4 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Current rung: Choose a rung.',
      'Target rung: Choose a rung.',
      'Highest education: Choose your highest education.',
      'Monday: Enter hours as a number, for example 1.5.',
    ]);
    expect(follow(summary, 'Target rung')).toBe(screen.getByLabelText('Target rung'));
    expect(follow(summary, 'Monday')).toBe(screen.getByLabelText('Monday'));
  });
});

describe('the goal form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each link goes to its field', async () => {
    show(
      <GoalForm
        // An experience goal: months have no default target (a credential goal's is 1).
        initial={{ ...emptyGoalDraft(ASOF), kind: 'experience', source: 'experience', value: '' }}
        plan={defaultLadderPlan()}
        onDone={() => undefined}
      />,
    );
    const form = screen.getByRole('form', { name: 'Add a goal' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a milestone' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save goal' }));
    const { summary, heading, links } = await focusedSummary();
    expect(heading).toBe('4 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Goal: This is needed.',
      'Target number: Give the goal a measurable target: a number above zero, or a requirement on your ladder.',
      'Milestone 1: This is needed.',
      'Milestone 1 due: This is needed.',
    ]);
    expect(follow(summary, 'Target number')).toBe(within(form).getByLabelText('Target number'));
    expect(follow(summary, 'Milestone 1')).toBe(
      within(form).getByLabelText('Milestone 1', { exact: true }),
    );
    expect(follow(summary, 'Milestone 1 due')).toBe(within(form).getByLabelText('Milestone 1 due'));
    expect(follow(summary, 'Goal')).toBe(within(form).getByLabelText('Goal'));
  });
});

describe('the contact form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each link goes to its field', async () => {
    show(<ContactForm contact={null} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Relationship'), {
      target: { value: 'mentor' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    const { summary, heading, links } = await focusedSummary();
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    expect(links).toEqual(['Name: This is needed.', 'Mentoring since: This is needed.']);
    expect(follow(summary, 'Mentoring since')).toBe(within(form).getByLabelText('Mentoring since'));
    expect(follow(summary, 'Name')).toBe(within(form).getByLabelText('Name'));
  });

  it('says one thing in the singular', async () => {
    show(<ContactForm contact={null} onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    const { heading, links } = await focusedSummary();
    expect(heading).toBe('One thing needs your attention; nothing was saved:');
    expect(links).toEqual(['Name: This is needed.']);
  });
});
