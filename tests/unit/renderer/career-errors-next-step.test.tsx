// The role, degree and contact-hours forms' errors say what to do next, not only what is wrong
// (review: "The year is in the future.", "This date is in the future.", "The end month cannot
// be before the start month."), and what they tell the user to do really works in the form:
// a degree saves with its year left empty, a role saves once "Ongoing" is ticked, a course
// saves with a completion day of today. Today is 22 Nov 2026.
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
import { careerErrorText } from '../../../renderer/src/features/experience/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('career-errors-next-step'));
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

describe('the degree form', TEST, () => {
  it('a year in the future: leave it empty until the degree is awarded, and that saves', async () => {
    let done = 0;
    show(<DegreeForm onDone={() => (done += 1)} />);
    const form = screen.getByRole('form', { name: 'Add a degree' });
    type(within(form).getByLabelText('Institution'), 'Open University');
    const year = within(form).getByLabelText('Year awarded (optional)');
    type(year, '2027');
    fireEvent.click(within(form).getByRole('button', { name: 'Save degree' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([
      'Year awarded (optional): This year is in the future. Enter the year the degree was awarded, or leave the year empty until it is awarded.',
    ]);

    type(year, '');
    fireEvent.click(within(form).getByRole('button', { name: 'Save degree' }));
    await waitFor(() => expect(done).toBe(1), SLOW);
    expect((await listDegrees(store)).map((d) => d.year)).toEqual([null]);
  });

  it('a year that is not a number: four digits, not a decimal example', async () => {
    show(<DegreeForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a degree' });
    type(within(form).getByLabelText('Institution'), 'Open University');
    type(within(form).getByLabelText('Year awarded (optional)'), 'last year');
    fireEvent.click(within(form).getByRole('button', { name: 'Save degree' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([
      'Year awarded (optional): Enter the year as four digits, for example 2015.',
    ]);
  });

  it('GAC on a degree below a bachelor’s: untick it or choose the level', async () => {
    show(<DegreeForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a degree' });
    type(within(form).getByLabelText('Level'), 'associate');
    type(within(form).getByLabelText('Institution'), 'City College');
    // The label's spelling is another change's business; the words after it are this test's.
    fireEvent.click(within(form).getByLabelText(/^From a GAC-accredited program/));
    fireEvent.click(within(form).getByRole('button', { name: 'Save degree' }));
    const { links } = await focusedSummary(form);
    expect(links.map((l) => l.replace(/^From a GAC-accredited [^:]*: /, ''))).toEqual([
      'GAC accreditation applies to bachelor’s degrees or higher only. Untick it, or choose the degree’s level if it is a bachelor’s or higher.',
    ]);
  });
});

describe('the contact-hours form', TEST, () => {
  it('a course completed on a future day: enter the day it was completed, and today saves', async () => {
    show(<ContactHoursForm initial={null} fromJournal={[]} />);
    const form = screen.getByRole('form', { name: 'PM education contact hours' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a course' }));
    type(within(form).getByLabelText('Course 1 title'), 'Agile basics');
    type(within(form).getByLabelText('Course 1 hours'), '7');
    const date = within(form).getByLabelText('Course 1 completed on (optional)');
    type(date, '2027-02-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([
      'Course 1 completed on (optional): This date is in the future. Enter the day you completed the course: today or earlier. Add a course once you have finished it.',
    ]);

    type(date, '2026-11-22');
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));
    await waitFor(
      () => expect(within(form).getByRole('status').textContent).toBe('Contact hours saved.'),
      SLOW,
    );
  });
});

describe('the role form', TEST, () => {
  function fillRole(form: HTMLElement) {
    type(within(form).getByLabelText('Job title'), 'Project Manager');
    type(within(form).getByLabelText('Organisation'), 'Contoso');
    type(within(form).getByLabelText('Industry'), 'Healthcare');
    fireEvent.click(within(form).getByLabelText('Agile'));
  }

  it('an end month before the start: a later end month, or tick Ongoing, which saves', async () => {
    let done = 0;
    show(<RoleForm onDone={() => (done += 1)} />);
    const form = screen.getByRole('form', { name: 'Add a role' });
    fillRole(form);
    type(within(form).getByLabelText('Start month'), '2023-05');
    type(within(form).getByLabelText('End month'), '2023-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    const { links } = await focusedSummary(form);
    expect(links).toEqual([
      'End month: The end month is before the start month. Enter an end month on or after the start month, or tick "Ongoing" if you are still in this role.',
    ]);

    fireEvent.click(within(form).getByLabelText('Ongoing (I am still in this role)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(() => expect(done).toBe(1), SLOW);
    expect((await listRoles(store)).map((r) => [r.start, r.end])).toEqual([['2023-05', null]]);
  });

  it('a start month in the future, or before 1950: what to enter instead', async () => {
    show(<RoleForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a role' });
    fillRole(form);
    fireEvent.click(within(form).getByLabelText('Ongoing (I am still in this role)'));
    const start = within(form).getByLabelText('Start month');
    type(start, '2027-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    expect((await focusedSummary(form)).links).toEqual([
      'Start month: The start month is in the future. Enter the month you started, this month or earlier; add a role once it has started.',
    ]);

    type(start, '1949-12');
    fireEvent.click(within(form).getByRole('button', { name: 'Save role' }));
    await waitFor(
      () =>
        expect(screen.getByRole('button', { name: /^Start month: / }).textContent).toBe(
          'Start month: This month is before 1950. Check the year and enter a month from 1950 onwards.',
        ),
      SLOW,
    );
  });
});

describe('the same words where other forms borrow them', () => {
  it('a future date elsewhere (a skill rating, a milestone done) says to use today or earlier', () => {
    expect(careerErrorText('DATE_IN_FUTURE')).toBe(
      'This date is in the future. Enter today or an earlier date.',
    );
    expect(careerErrorText('DATE_IN_FUTURE', { field: 'milestones.0.doneOn' })).toBe(
      'This date is in the future. Enter today or an earlier date.',
    );
  });
});
