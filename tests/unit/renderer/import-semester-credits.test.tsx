// A spreadsheet of university courses with a "Semester credits" column: the column is
// recognised, each row's credits show under its amount, a wrong cell says what to write
// instead, and the imported course keeps its credits (ISACA counts 15 CPE each, domain-facts §4).
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { rowIssueText } from '../../../renderer/src/features/import/messages';
import { freshName } from '../../db/helpers';
import { choose, previewRow, show, SLOW } from './import-screen-harness';

describe('a semester-credits cell Ascent cannot take says what to write instead', () => {
  const again = 'then import the file again.';
  it.each([
    [
      { code: 'NOT_A_NUMBER', value: 'three' },
      `Semester credits: “three” is not a number. Write the course’s semester credits as a number, for example 3 or 1.5, or empty the cell, ${again}`,
    ],
    [
      { code: 'NOT_POSITIVE', value: '-2' },
      `Semester credits: “-2” is not more than zero. Write the course’s semester credits, for example 3, or empty the cell, ${again}`,
    ],
    [
      { code: 'CREDITS_NOT_QUARTER', value: '1.3' },
      `Semester credits: “1.3” is not in steps of a quarter credit. Write for example 3, 1.5 or 2.25, ${again}`,
    ],
    [
      { code: 'TOO_LARGE', value: '45', expected: 30, actual: 45 },
      `Semester credits: “45” is more than the 30 one activity can carry. Write this course’s own credits (most courses are 1 to 6), or put each course on its own row, ${again}`,
    ],
    [
      { code: 'NOT_APPLICABLE', value: '3' },
      `Semester credits: “3” is on a row that is not a course. Semester credits are only for a university or college course: make the row’s type “Course or training”, or empty the cell, ${again}`,
    ],
    [
      { code: 'AMBIGUOUS_NUMBER', value: '1.500' },
      'Semester credits: “1.500” could be 1500 or 1.5. Write 1500 or 1.5 in that cell (whichever you mean), then import the file again.',
    ],
    [
      { code: 'NOT_SEMESTER_CREDITS', value: '45 hours' },
      `Semester credits: “45 hours” is in hours, not semester credits. Hours belong in the amount column: write the course’s semester credits, for example 3, or empty the cell, ${again}`,
    ],
    [
      { code: 'NOT_SEMESTER_CREDITS', value: '3 PDUs' },
      `Semester credits: “3 PDUs” is in PDUs, not semester credits. PDUs belong in the amount column: write the course’s semester credits, for example 3, or empty the cell, ${again}`,
    ],
    [
      { code: 'NOT_SEMESTER_CREDITS', value: '4.5 CEU' },
      `Semester credits: “4.5 CEU” is in CEUs, not semester credits. CEUs belong in the amount column: write the course’s semester credits, for example 3, or empty the cell, ${again}`,
    ],
    [
      { code: 'NOT_SEMESTER_CREDITS', value: '5 ECTS' },
      `Semester credits: “5 ECTS” is in ECTS credits, not semester credits, which count differently. Write the course’s semester credits, for example 3, or empty the cell, ${again}`,
    ],
    [
      { code: 'NOT_SEMESTER_CREDITS', value: '4 quarter credits' },
      `Semester credits: “4 quarter credits” is in quarter credits, not semester credits, which count differently. Write the course’s semester credits, for example 3, or empty the cell, ${again}`,
    ],
  ])('%j', (issue, words) => {
    expect(rowIssueText({ field: 'semesterCredits', ...issue })).toBe(words);
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('import-semester'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

const COURSES = [
  'Date,Course,Institution,Type,Hours,Semester credits,Power Skills',
  '2025-02-03,IT audit and assurance,State University,University course,45,3,45',
  '2025-03-04,Risk webinar,Acme,Webinar,2,1,2',
  '2025-04-05,Governance seminar,State University,Course,30,31,30',
  '2025-05-06,Project scheduling,State University,Course,20,,20',
].join('\n');

describe('importing a file with a semester credits column', () => {
  it('maps the column, shows each row’s credits, refuses wrong ones and keeps the right ones', async () => {
    show(store);
    await choose(COURSES, 'courses.csv');
    const column = screen.getByLabelText('Import column “Semester credits” as');
    expect((column as HTMLSelectElement).value).toBe('semesterCredits');
    expect(within(column).getByRole('option', { name: 'Semester credits' })).toBeDefined();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });

    // Row, date, title, provider, type, amount (with the credits under it), what happens.
    expect(previewRow(2).slice(5, 7)).toEqual(['453 semester credits', 'Ready to import']);
    expect(previewRow(3)[5]).toBe('2Wrong: 1 (semester credits)');
    expect(previewRow(3)[6]).toBe(
      'Semester credits: “1” is on a row that is not a course. Semester credits are only for a university or college course: make the row’s type “Course or training”, or empty the cell, then import the file again.',
    );
    expect(previewRow(4)[6]).toBe(
      'Semester credits: “31” is more than the 30 one activity can carry. Write this course’s own credits (most courses are 1 to 6), or put each course on its own row, then import the file again.',
    );
    expect(previewRow(5).slice(5, 7)).toEqual(['20', 'Ready to import']);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 activities' }));
    expect(
      await screen.findByText('2 activities imported, 2 rows skipped.', {}, SLOW),
    ).toBeDefined();
    const saved = await listActivities(store);
    expect(saved.map((a) => [a.title, a.amount, a.unit, a.semesterCredits]).sort()).toEqual([
      ['IT audit and assurance', 45, 'hours', 3],
      ['Project scheduling', 20, 'hours', undefined],
    ]);
  });
});

const WITH_UNITS = [
  'Date,Course,Institution,Type,Hours,Semester credits,Power Skills',
  '2025-02-03,IT audit and assurance,State University,University course,45,3 cr,45',
  '2025-03-04,Governance,State University,Course,30,30 hours,30',
  '2025-04-05,Risk management,State University,Course,30,2 semester credits,30',
].join('\n');

describe('semester credits written with a unit', () => {
  it('reads credits with their words, and never takes hours as credits', async () => {
    show(store);
    await choose(WITH_UNITS, 'courses.csv');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    expect(previewRow(2).slice(5, 7)).toEqual(['453 semester credits', 'Ready to import']);
    expect(previewRow(3)[5]).toBe('30Wrong: 30 hours (semester credits)');
    expect(previewRow(3)[6]).toBe(
      'Semester credits: “30 hours” is in hours, not semester credits. Hours belong in the amount column: write the course’s semester credits, for example 3, or empty the cell, then import the file again.',
    );
    expect(previewRow(4).slice(5, 7)).toEqual(['302 semester credits', 'Ready to import']);

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 activities' }));
    expect(
      await screen.findByText('2 activities imported, 1 row skipped.', {}, SLOW),
    ).toBeDefined();
    const saved = await listActivities(store);
    expect(saved.map((a) => [a.title, a.amount, a.semesterCredits]).sort()).toEqual([
      ['IT audit and assurance', 45, 3],
      ['Risk management', 30, 2],
    ]);
  });
});
