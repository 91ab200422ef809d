// "This is too long; shorten it." never said how long is allowed. Each form's too-long
// message now says the limit, the text's length and by how much to shorten it, from what the
// shared validator reports.
import { describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { validateGoal, type Goal } from '../../../shared/domain/goals';
import {
  validateContact,
  validateCourse,
  validateEvent,
  validateInteraction,
  validateMembership,
} from '../../../shared/domain/journal';
import { goalErrorText } from '../../../renderer/src/features/goals/messages';
import { errorMap } from '../../../renderer/src/features/learning/messages';
import {
  contact,
  course,
  event,
  interaction,
  membership,
  session,
} from '../domain/journal/fixtures';

const asOf = '2026-11-22';
const x = (n: number) => 'x'.repeat(n);

const goal = (extra: Partial<Goal>): Goal => ({
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

/** The goal form's words for each field, as GoalForm builds them. */
function goalWords(g: Goal): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of validateGoal(g, asOf, defaultLadderPlan()))
    out[e.field] ??= goalErrorText(e.code, e);
  return out;
}

describe('too long, in words', () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    [
      'a goal title of 340 characters',
      goalWords(goal({ title: x(340) })),
      { title: 'This is too long: 340 characters, at most 120 fit. Shorten it by 220.' },
    ],
    [
      'a goal’s why of 1,200 characters',
      goalWords(goal({ why: x(1200) })),
      { why: 'This is too long: 1,200 characters, at most 1,000 fit. Shorten it by 200.' },
    ],
    [
      'a milestone title',
      goalWords(
        goal({ milestones: [{ id: 'm', title: x(121), due: '2026-06-01', doneOn: null }] }),
      ),
      {
        'milestones.0.title': 'This is too long: 121 characters, at most 120 fit. Shorten it by 1.',
      },
    ],
    [
      'a course title of 300 characters',
      errorMap(validateCourse(course({ title: x(300) }), asOf)),
      { title: 'This is too long: 300 characters, at most 200 fit. Shorten it by 100.' },
    ],
    [
      'an event’s session title',
      errorMap(validateEvent(event(), [session({ title: x(210) })])),
      {
        'sessions.0.title': 'This is too long: 210 characters, at most 200 fit. Shorten it by 10.',
      },
    ],
    [
      'a contact’s name and a tag',
      errorMap(validateContact(contact({ name: x(201), tags: [x(75)] }))),
      {
        name: 'This is too long: 201 characters, at most 200 fit. Shorten it by 1.',
        tags: 'A tag is too long: 75 characters, at most 60 fit. Shorten it by 15.',
      },
    ],
    [
      'an interaction’s notes',
      errorMap(validateInteraction(interaction({ notes: x(10_001) }), new Set(['p1']), asOf)),
      { notes: 'This is too long: 10,001 characters, at most 10,000 fit. Shorten it by 1.' },
    ],
    [
      'a membership’s organisation',
      errorMap(validateMembership(membership({ organisation: x(250) }))),
      { organisation: 'This is too long: 250 characters, at most 200 fit. Shorten it by 50.' },
    ],
  ])('%s', (_, words, expected) => {
    expect(words).toEqual(expected);
  });
});
