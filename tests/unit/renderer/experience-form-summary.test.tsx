// The role, degree and contact-hours forms sum up a failed save as the goal, profile and
// contact forms do: a list at the top naming each problem under its field's visible label,
// each entry a button that moves focus to that field, the list itself focused; the messages
// beside the fields stay, and nothing typed is lost.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listDegrees, listRoles } from '../../../renderer/src/db/repositories/career';
import { ContactHoursForm } from '../../../renderer/src/features/experience/ContactHoursForm';
import { DegreeForm } from '../../../renderer/src/features/experience/DegreeForm';
import { RoleForm } from '../../../renderer/src/features/experience/RoleForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow, querySummary } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('experience-form-summary'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>{element}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

/** The message shown beside a field (its aria-describedby error). */
const errorBeside = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((el) => el?.className === 'error')?.textContent;

describe('the role form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each entry goes to its field', async () => {
    show(<RoleForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a role' });
    type(within(form).getByLabelText('Job title'), 'Project Manager');
    type(within(form).getByLabelText('Organisation'), 'Contoso');
    type(within(form).getByLabelText('Industry'), 'Healthcare');
    type(within(form).getByLabelText('Start month'), '2025-05');
    type(within(form).getByLabelText('End month'), '2025-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('2 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'End month: The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.',
      'Kinds of experience this role gave you: Tick at least one kind of experience this role gave you.',
    ]);
    expect(within(form).queryByText(/fields? needs? your attention/)).toBeNull();

    const end = within(form).getByLabelText('End month');
    expect(follow(summary, 'End month')).toBe(end);
    expect(errorBeside(end)).toBe(
      'The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.',
    );
    expect(follow(summary, 'Kinds of experience this role gave you')).toBe(
      within(form).getByLabelText('Leading projects'),
    );
    expect(within(form).getByLabelText('Job title')).toHaveProperty('value', 'Project Manager');
    expect(end).toHaveProperty('value', '2025-01');
    expect(await listRoles(store)).toEqual([]);
  });

  it('shows a budget currency problem at the currency field, and says one thing in the singular', async () => {
    show(<RoleForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a role' });
    type(within(form).getByLabelText('Job title'), 'Project Manager');
    type(within(form).getByLabelText('Organisation'), 'Contoso');
    type(within(form).getByLabelText('Industry'), 'Healthcare');
    type(within(form).getByLabelText('Start month'), '2025-05');
    fireEvent.click(within(form).getByLabelText('Ongoing (I am still in this role)'));
    fireEvent.click(within(form).getByLabelText('Agile'));
    type(within(form).getByLabelText('Budget (optional)'), '1500');
    type(within(form).getByLabelText('Budget currency'), 'EU');
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('One thing needs your attention; nothing was saved:');
    expect(links).toEqual(['Budget currency: Use a three-letter currency code, for example EUR.']);
    const currency = within(form).getByLabelText('Budget currency');
    expect(follow(summary, 'Budget currency')).toBe(currency);
    expect(errorBeside(currency)).toBe('Use a three-letter currency code, for example EUR.');
    expect(errorBeside(within(form).getByLabelText('Budget (optional)'))).toBeUndefined();
  });
});

describe('the degree form', TEST, () => {
  it('lists each problem under its label, focuses the list, and each entry goes to its field', async () => {
    show(<DegreeForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a degree' });
    type(within(form).getByLabelText('Level'), 'associate');
    type(within(form).getByLabelText('Year awarded (optional)'), '1901');
    const gac = within(form).getByLabelText(
      'From a GAC-accredited programme (PMI Global Accreditation Center)',
    );
    fireEvent.click(gac);
    fireEvent.click(within(form).getByRole('button', { name: 'Save degree' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('3 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Institution: This is needed.',
      'Year awarded (optional): Enter a year from 1950 onwards.',
      'From a GAC-accredited programme (PMI Global Accreditation Center): GAC accreditation applies to bachelor’s degrees or higher only. Untick it, or choose the degree’s level if it is a bachelor’s or higher.',
    ]);
    expect(within(form).queryByText(/Check the fields marked below/)).toBeNull();

    const year = within(form).getByLabelText('Year awarded (optional)');
    expect(follow(summary, 'Year awarded (optional)')).toBe(year);
    expect(errorBeside(year)).toBe('Enter a year from 1950 onwards.');
    expect(follow(summary, 'Institution')).toBe(within(form).getByLabelText('Institution'));
    expect(
      follow(summary, 'From a GAC-accredited programme (PMI Global Accreditation Center)'),
    ).toBe(gac);
    expect(year).toHaveProperty('value', '1901');
    expect(gac).toHaveProperty('checked', true);
    expect(await listDegrees(store)).toEqual([]);
  });
});

describe('the contact-hours form', TEST, () => {
  function addCourse(form: HTMLElement) {
    fireEvent.click(within(form).getByRole('button', { name: 'Add a course' }));
  }

  it('names each course’s fields by its number, in the summary as beside the field', async () => {
    show(<ContactHoursForm initial={null} fromJournal={[]} />);
    const form = screen.getByRole('form', { name: 'PM education contact hours' });
    type(within(form).getByLabelText('Other PM education hours (not listed as courses)'), 'x');
    addCourse(form);
    addCourse(form);
    type(within(form).getByLabelText('Course 1 title'), 'Agile basics');
    type(within(form).getByLabelText('Course 1 hours'), '7');
    type(within(form).getByLabelText('Course 2 hours'), '3.3');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));

    const { summary, heading, links } = await focusedSummary(form);
    expect(heading).toBe('3 things need your attention; nothing was saved:');
    expect(links).toEqual([
      'Other PM education hours (not listed as courses): Enter a number, for example 1.5.',
      'Course 2 title: This is needed.',
      'Course 2 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);
    expect(within(form).getByRole('status').textContent).toBe('');

    const title2 = within(form).getByLabelText('Course 2 title');
    expect(follow(summary, 'Course 2 title')).toBe(title2);
    expect(errorBeside(title2)).toBe('This is needed.');
    expect(follow(summary, 'Course 2 hours')).toBe(within(form).getByLabelText('Course 2 hours'));
    expect(follow(summary, 'Other PM education hours (not listed as courses)')).toBe(
      within(form).getByLabelText('Other PM education hours (not listed as courses)'),
    );
    expect(within(form).getByLabelText('Course 1 title')).toHaveProperty('value', 'Agile basics');
    expect(within(form).getByLabelText('Course 2 hours')).toHaveProperty('value', '3.3');

    // Removing the first course: the second becomes course 1, and its problems go with it.
    fireEvent.click(within(form).getByRole('button', { name: 'Remove course 1' }));
    expect(
      within(summary)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Other PM education hours (not listed as courses): Enter a number, for example 1.5.',
      'Course 1 title: This is needed.',
      'Course 1 hours: Use quarter-hour steps: .25, .5 or .75.',
    ]);
    expect(follow(summary, 'Course 1 hours')).toBe(within(form).getByLabelText('Course 1 hours'));
  });

  it('once fixed, saves with the same words as before and the summary goes', async () => {
    show(<ContactHoursForm initial={null} fromJournal={[]} />);
    const form = screen.getByRole('form', { name: 'PM education contact hours' });
    const hours = within(form).getByLabelText('Other PM education hours (not listed as courses)');
    type(hours, '-2');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));
    const { heading, links } = await focusedSummary(form);
    expect(heading).toBe('One thing needs your attention; nothing was saved:');
    expect(links).toEqual([
      'Other PM education hours (not listed as courses): This cannot be negative. Enter zero or more.',
    ]);

    type(hours, '35');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));
    await waitFor(
      () => expect(within(form).getByRole('status').textContent).toBe('Contact hours saved.'),
      SLOW,
    );
    expect(querySummary(form)).toBeNull();
    expect(within(form).queryByText('This cannot be negative. Enter zero or more.')).toBeNull();
  });
});
