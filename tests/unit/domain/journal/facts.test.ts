// What the ladder reads from the journal (issue 6 part 6) and the Dashboard's list.
import { describe, expect, it } from 'vitest';
import { contactHoursOn } from '../../../../shared/domain/eligibility';
import {
  courseContactCourses,
  networkFacts,
  typedAlsoInJournal,
  upcomingItems,
  withCourseContactHours,
} from '../../../../shared/domain/journal';
import { currentOn } from '../../../../shared/domain/readiness';
import { contact, course, event, interaction, membership } from './fixtures';

describe('networkFacts', () => {
  const facts = networkFacts(
    [event(), event({ id: 'e2', kind: 'chapter-meeting' })],
    [
      membership(),
      membership({ id: 'ms2', renewal: '2026-01-01' }),
      membership({ id: 'ms3', endedOn: '2025-06-30' }),
    ],
    [
      contact({ id: 'p1', relation: 'mentor', since: '2025-09-01' }),
      contact({ id: 'p2', relation: 'mentee', since: '2025-09-01' }),
      contact({ id: 'p3' }),
    ],
  );

  it('counts conferences only, dated by their first day', () => {
    expect(facts.conferences).toEqual([{ id: 'e1', date: '2026-10-05' }]);
  });

  it('a membership lapses on its renewal day unless renewed, or ends when left', () => {
    expect(facts.memberships.map((m) => [m.id, m.until])).toEqual([
      ['ms1', '2027-02-01'],
      ['ms2', '2026-01-01'],
      ['ms3', '2025-06-30'],
    ]);
    expect(currentOn(facts.memberships, '2026-11-22')).toEqual(['ms1']);
  });

  it('mentors are the contacts marked as mentors, not mentees', () => {
    expect(facts.mentors).toEqual([{ id: 'p1', since: '2025-09-01', until: null }]);
  });
});

describe('course contact hours', () => {
  const courses = [
    course(),
    course({ id: 'c2', status: 'in-progress', end: null }),
    course({ id: 'c3', topic: 'general', contactHours: 14, end: '2025-05-01', start: null }),
  ];

  it('completed courses only, with their topic and completion day', () => {
    expect(courseContactCourses(courses).map((c) => [c.hours, c.topic, c.date])).toEqual([
      [21, 'agile', '2026-03-04'],
      [14, 'general', '2025-05-01'],
    ]);
  });

  it('adds to the hours typed on the Education screen; agile counts for agile and general', () => {
    const merged = withCourseContactHours({ hours: 10 }, courses)!;
    expect(contactHoursOn(merged, 'general', '2026-11-22')).toBe(45);
    expect(contactHoursOn(merged, 'agile', '2026-11-22')).toBe(21);
    expect(withCourseContactHours(null, [])).toBeNull();
    expect(withCourseContactHours(null, courses)!.hours).toBe(0);
  });
});

describe('upcomingItems', () => {
  it('events, follow-ups (overdue too) and renewals within the window, soonest first', () => {
    const items = upcomingItems(
      {
        events: [event({ start: '2026-12-03', end: '2026-12-04' }), event({ id: 'past' })],
        interactions: [
          interaction({ followUp: '2026-11-20' }),
          interaction({ id: 'i2', followUp: '2026-12-01' }),
          interaction({ id: 'i3', followUp: '2027-03-01' }),
        ],
        memberships: [membership({ renewal: '2026-12-10' })],
      },
      '2026-11-22',
      30,
    );
    expect(items.map((i) => `${i.kind}:${i.id}:${i.date}`)).toEqual([
      'follow-up:i1:2026-11-20',
      'follow-up:i2:2026-12-01',
      'event:e1:2026-12-03',
      'renewal:ms1:2026-12-10',
    ]);
    expect(items[0]).toMatchObject({ overdue: true });
  });

  it('leaves out a follow-up answered by a later interaction with the same person', () => {
    const items = upcomingItems(
      {
        events: [],
        interactions: [
          interaction({ followUp: '2026-11-20' }),
          interaction({ id: 'i2', date: '2026-11-21' }),
          interaction({ id: 'i3', contactId: 'p2', followUp: '2026-11-20' }),
        ],
        memberships: [],
      },
      '2026-11-22',
      30,
    );
    expect(items.map((i) => i.id)).toEqual(['i3']);
  });
});

describe('typedAlsoInJournal (domain-facts §2: an hour of training counts once)', () => {
  const journal = [{ title: 'PMO set-up and operations' }, { title: 'Agile Fundamentals' }];
  it.each<[string, string[], number[]]>([
    ['the same title', ['PMO set-up and operations'], [0]],
    ['case and punctuation aside', ['PMO Set Up and Operations.'], [0]],
    ['spacing aside', ['  Agile   fundamentals '], [0]],
    ['another course', ['Risk basics', 'Agile Fundamentals'], [1]],
    ['a blank title', ['', '  '], []],
    ['a title that only starts the same', ['PMO set-up'], []],
  ])('%s', (_name, typed, expected) => {
    expect(
      typedAlsoInJournal(
        typed.map((title) => ({ title })),
        journal,
      ),
    ).toEqual(expected);
  });
});
