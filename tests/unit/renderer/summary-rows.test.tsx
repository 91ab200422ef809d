// Forms with rows (a credential's categories, an event's sessions, the contact-hours courses)
// name each row's problems by the row's number. Removing a row after a refused save takes its
// problems away and moves those of the rows after it up with their rows, so each entry of the
// error summary still names, and goes to, the field it is about.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withoutRow } from '../../../renderer/src/components/row-errors';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CustomCredentialForm } from '../../../renderer/src/features/credentials/CustomCredentialForm';
import { ContactHoursForm } from '../../../renderer/src/features/experience/ContactHoursForm';
import { EventForm } from '../../../renderer/src/features/learning/EventForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow, querySummary, summaryText } from './error-summary-helpers';

const TEST = { timeout: 30_000 };
const nothing = () => undefined;

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('summary-rows'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: ReactElement, name: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
const valueOf = (form: HTMLElement, label: string) =>
  (within(form).getByLabelText(label) as HTMLInputElement).value;
const click = (form: HTMLElement, name: string) =>
  fireEvent.click(within(form).getByRole('button', { name }));

/** The message shown beside a field (its aria-describedby error line), if any. */
const errorBeside = (form: HTMLElement, label: string) =>
  (within(form).getByLabelText(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((el) => el?.className === 'error')?.textContent;

describe('withoutRow', () => {
  const errors = {
    name: 'This is needed.',
    sessions: 'At most 20 sessions.',
    'sessions.0.title': 'first',
    'sessions.1.title': 'second',
    'sessions.2.hours': 'third',
    'sessions.2': 'third, the row itself',
    'sessionsX.1.title': 'another list',
  };

  it.each([
    [
      0,
      {
        name: 'This is needed.',
        sessions: 'At most 20 sessions.',
        'sessions.0.title': 'second',
        'sessions.1.hours': 'third',
        'sessions.1': 'third, the row itself',
        'sessionsX.1.title': 'another list',
      },
    ],
    [
      1,
      {
        name: 'This is needed.',
        sessions: 'At most 20 sessions.',
        'sessions.0.title': 'first',
        'sessions.1.hours': 'third',
        'sessions.1': 'third, the row itself',
        'sessionsX.1.title': 'another list',
      },
    ],
    [
      2,
      {
        name: 'This is needed.',
        sessions: 'At most 20 sessions.',
        'sessions.0.title': 'first',
        'sessions.1.title': 'second',
        'sessionsX.1.title': 'another list',
      },
    ],
  ])('removing row %i: its errors go, later rows’ move up, others stay', (index, expected) => {
    expect(withoutRow(errors, 'sessions', index)).toEqual(expected);
  });
});

describe('removing a row after a refused save', TEST, () => {
  it('a credential’s categories: the second category’s problem moves with it to category 1', async () => {
    const form = show(<CustomCredentialForm onDone={nothing} />, 'Define your own credential');
    type(form, 'Awarding body', 'APM');
    type(form, 'Short name', 'ChPP');
    type(form, 'Full name', 'Chartered Project Professional');
    type(form, 'Credits needed per cycle', '35');
    click(form, 'Add a category');
    click(form, 'Add a category');
    type(form, 'Category 1 minimum', '10');
    type(form, 'Category 1 cap', '5');
    type(form, 'Category 2 name', 'Ethics');
    type(form, 'Category 2 minimum', '-3');
    click(form, 'Save credential definition');

    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual([
      'Category 1 name: This is needed.',
      'Category 1 minimum: The minimum cannot be above the cap.',
      'Category 2 minimum: This cannot be negative.',
    ]);

    click(form, 'Remove category 1');
    expect(summaryText(summary).links).toEqual(['Category 1 minimum: This cannot be negative.']);
    expect(valueOf(form, 'Category 1 name')).toBe('Ethics');
    expect(errorBeside(form, 'Category 1 minimum')).toBe('This cannot be negative.');
    expect(errorBeside(form, 'Category 1 name')).toBeUndefined();
    expect(within(form).queryByLabelText('Category 2 minimum')).toBeNull();
    const minimum = follow(summary, 'Category 1 minimum');
    expect(minimum).toBe(within(form).getByLabelText('Category 1 minimum'));
    expect((minimum as HTMLInputElement).value).toBe('-3');
  });

  it('an event’s sessions: the second session’s problem moves with it to session 1', async () => {
    const form = show(
      <EventForm
        event={null}
        sessions={[]}
        contacts={[]}
        held={[]}
        onSaved={nothing}
        onCancel={nothing}
      />,
      'Add an event',
    );
    type(form, 'Event name', 'PMO Summit');
    type(form, 'First day', '2026-10-06');
    click(form, 'Add a session');
    click(form, 'Add a session');
    type(form, 'Session 1 hours', '1.5');
    type(form, 'Session 2 title', 'Value cases');
    type(form, 'Session 2 hours', '0.3');
    click(form, 'Save event');

    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual([
      'Session 1 title: This is needed.',
      'Session 2 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);

    click(form, 'Remove session 1');
    expect(summaryText(summary).links).toEqual([
      'Session 1 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);
    expect(valueOf(form, 'Session 1 title')).toBe('Value cases');
    expect(errorBeside(form, 'Session 1 title')).toBeUndefined();
    expect(errorBeside(form, 'Session 1 hours')).toBe('Use quarter-hour steps: .25, .5 or .75.');
    const hours = follow(summary, 'Session 1 hours');
    expect(hours).toBe(within(form).getByLabelText('Session 1 hours'));
    expect((hours as HTMLInputElement).value).toBe('0.3');

    // A second removal counts from the rows as they are now: the last session goes, and its
    // problem with it.
    click(form, 'Add a session');
    click(form, 'Remove session 1');
    expect(querySummary(form)).toBeNull();
    expect(valueOf(form, 'Session 1 title')).toBe('');
  });

  it('the contact-hours courses: removing the middle one moves the last one’s problem up', async () => {
    const form = show(
      <ContactHoursForm initial={null} fromJournal={[]} />,
      'PM education contact hours',
    );
    for (let i = 0; i < 3; i++) click(form, 'Add a course');
    type(form, 'Course 1 title', 'Agile basics');
    type(form, 'Course 1 hours', '1');
    type(form, 'Course 2 hours', '7');
    type(form, 'Course 3 title', 'Risk in practice');
    type(form, 'Course 3 hours', '3.3');
    click(form, 'Save contact hours');

    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual([
      'Course 2 title: This is needed.',
      'Course 3 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);

    click(form, 'Remove course 2');
    expect(summaryText(summary).links).toEqual([
      'Course 2 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);
    expect(valueOf(form, 'Course 2 title')).toBe('Risk in practice');
    expect(errorBeside(form, 'Course 2 title')).toBeUndefined();
    expect(follow(summary, 'Course 2 hours')).toBe(within(form).getByLabelText('Course 2 hours'));
    expect(valueOf(form, 'Course 1 title')).toBe('Agile basics');
  });
});
