// A text over its limit is reported with the limit and the text's length (expected, actual),
// so the form can say how long is allowed, not only "too long". The limits themselves are
// unchanged: one character over fails, the limit itself passes. Characters are counted as a
// person counts them: an emoji is one.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import {
  GOAL_TITLE_MAX,
  GOAL_WHY_MAX,
  MILESTONE_TITLE_MAX,
  validateGoal,
  type Goal,
} from '../../../shared/domain/goals';
import {
  NAME_MAX,
  TAG_MAX,
  TEXT_MAX,
  validateContact,
  validateCourse,
  validateEvent,
  validateInteraction,
  validateMedia,
  validateMembership,
} from '../../../shared/domain/journal';
import {
  contact,
  course,
  event,
  interaction,
  media,
  membership,
  session,
} from './journal/fixtures';

const asOf = '2026-11-22';
const x = (n: number) => 'x'.repeat(n);

const goal = (extra: Partial<Goal> = {}): Goal => ({
  id: 'g',
  title: 'Two years in a PMO',
  kind: 'experience',
  target: {
    type: 'number',
    value: 24,
    unit: 'months',
    measure: { source: 'experience', roleTypes: ['pmo'] },
  },
  startDate: '2026-01-01',
  targetDate: '2027-12-31',
  milestones: [],
  status: 'active',
  ...extra,
});
const milestone = (title: string) => ({ id: 'm', title, due: '2026-06-01', doneOn: null });

type Found = { field: string; code: string; expected?: number; actual?: number }[];
const tooLong = (errors: Found) =>
  errors
    .filter((e) => e.code === 'TOO_LONG')
    .map((e) => ({ field: e.field, expected: e.expected, actual: e.actual }));

const goalErrors = (g: Goal) => validateGoal(g, asOf, defaultLadderPlan());
const contactIds = new Set(['p1']);

describe('too long, with the limit and the length', () => {
  it('the limits are the ones the forms have always had', () => {
    expect([GOAL_TITLE_MAX, GOAL_WHY_MAX, MILESTONE_TITLE_MAX]).toEqual([120, 1000, 120]);
    expect([NAME_MAX, TEXT_MAX, TAG_MAX]).toEqual([200, 10_000, 60]);
  });

  it.each<[string, Found, { field: string; expected: number; actual: number }[]]>([
    [
      'a goal title of 340 characters',
      goalErrors(goal({ title: x(340) })),
      [{ field: 'title', expected: 120, actual: 340 }],
    ],
    [
      'a goal title one over',
      goalErrors(goal({ title: x(121) })),
      [{ field: 'title', expected: 120, actual: 121 }],
    ],
    [
      'a goal’s why',
      goalErrors(goal({ why: x(1001) })),
      [{ field: 'why', expected: 1000, actual: 1001 }],
    ],
    [
      'a milestone title',
      goalErrors(goal({ milestones: [milestone(x(130))] })),
      [{ field: 'milestones.0.title', expected: 120, actual: 130 }],
    ],
    [
      'a course title of 300 characters',
      validateCourse(course({ title: x(300) }), asOf),
      [{ field: 'title', expected: 200, actual: 300 }],
    ],
    [
      'a course’s notes',
      validateCourse(course({ notes: x(10_001) }), asOf),
      [{ field: 'notes', expected: 10_000, actual: 10_001 }],
    ],
    [
      'an event name and a session title',
      validateEvent(event({ name: x(201) }), [session({ title: x(250) })]),
      [
        { field: 'name', expected: 200, actual: 201 },
        { field: 'sessions.0.title', expected: 200, actual: 250 },
      ],
    ],
    [
      'a reading’s title',
      validateMedia(media({ title: x(205) }), asOf),
      [{ field: 'title', expected: 200, actual: 205 }],
    ],
    [
      'a contact’s name',
      validateContact(contact({ name: x(220) })),
      [{ field: 'name', expected: 200, actual: 220 }],
    ],
    [
      'a contact’s longest tag',
      validateContact(contact({ tags: ['pmo', x(75), x(61)] })),
      [{ field: 'tags', expected: 60, actual: 75 }],
    ],
    [
      'an interaction’s notes',
      validateInteraction(interaction({ notes: x(10_050) }), contactIds, asOf),
      [{ field: 'notes', expected: 10_000, actual: 10_050 }],
    ],
    [
      'a membership’s organisation',
      validateMembership(membership({ organisation: x(201) })),
      [{ field: 'organisation', expected: 200, actual: 201 }],
    ],
  ])('%s', (_, errors, expected) => {
    expect(tooLong(errors)).toEqual(expected);
  });

  it.each<[string, Found]>([
    ['a goal title of exactly 120', goalErrors(goal({ title: x(120) }))],
    ['a milestone title of exactly 120', goalErrors(goal({ milestones: [milestone(x(120))] }))],
    ['a course title of exactly 200', validateCourse(course({ title: x(200) }), asOf)],
    ['a tag of exactly 60', validateContact(contact({ tags: [x(60)] }))],
    ['a goal title of 100 emoji (200 UTF-16 units)', goalErrors(goal({ title: '📚'.repeat(100) }))],
    ['a course title of 150 emoji', validateCourse(course({ title: '📚'.repeat(150) }), asOf)],
  ])('%s fits', (_, errors) => {
    expect(tooLong(errors)).toEqual([]);
  });

  it('counts an emoji as one character in the length it reports', () => {
    expect(tooLong(goalErrors(goal({ title: '📚'.repeat(125) })))).toEqual([
      { field: 'title', expected: 120, actual: 125 },
    ]);
  });
});
