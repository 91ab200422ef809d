// Credit suggestions of every kind of journal entry (issue 6 tests: "unit: the credit
// suggestions for each kind of entry"). PMP earned 15 Jan 2025; today 22 Nov 2026.
import { describe, expect, it } from 'vitest';
import {
  courseCredits,
  creditCountsFor,
  eventCredits,
  interactionCredits,
  mediaCredits,
  sessionTypeFor,
  suggestedCourseSplit,
} from '../../../../shared/domain/journal';
import { validateActivity } from '../../../../shared/domain/credits';
import { acpTarget, course, event, interaction, media, pmpEarned, session } from './fixtures';

const asOf = '2026-11-22';
const held = [pmpEarned, acpTarget];

describe('creditCountsFor', () => {
  it.each([
    ['2025-01-14', []],
    ['2025-01-15', ['held-pmp']],
    ['2026-11-22', ['held-pmp']],
  ])('an activity on %s counts for %j (earned credentials, from their earned day)', (date, ids) => {
    expect(creditCountsFor(held, date)).toEqual(ids);
  });
});

describe('courseCredits', () => {
  it('a completed course proposes one Course or training entry, all in Ways of Working', () => {
    const p = courseCredits(course(), held);
    expect(p.reason).toBeNull();
    expect(p.countsFor).toEqual(['held-pmp']);
    expect(p.suggestions).toEqual([
      {
        key: 'course',
        activity: {
          sourceId: 'c1',
          date: '2026-03-04',
          startDate: '2026-03-01',
          title: 'Leading agile teams',
          provider: 'Acme Training',
          type: 'course-or-training',
          amount: 21,
          unit: 'hours',
          split: { waysOfWorking: 21, powerSkills: 0, businessAcumen: 0 },
          status: 'earned',
        },
      },
    ]);
    expect(validateActivity({ id: 'x', ...p.suggestions[0]!.activity }, asOf)).toEqual([]);
  });

  it("keeps the user's own split", () => {
    const split = { waysOfWorking: 10, powerSkills: 8, businessAcumen: 3 };
    expect(courseCredits(course({ split }), held).suggestions[0]!.activity.split).toEqual(split);
    expect(suggestedCourseSplit({ split: null, contactHours: 4.25 }).waysOfWorking).toBe(4.25);
  });

  it.each([
    ['in progress', course({ status: 'in-progress' }), 'NOT_FINISHED'],
    ['without an end day', course({ end: null }), 'NOT_FINISHED'],
    ['no hours', course({ contactHours: 0 }), 'NO_CREDIT_KIND'],
    // Before the PMP was earned the hours are exam contact hours, not PDUs (§2).
    [
      'before the credential',
      course({ start: '2024-10-01', end: '2024-12-01' }),
      'NO_EARNED_CREDENTIAL',
    ],
  ])('%s: proposes nothing (%s)', (_name, c, reason) => {
    const p = courseCredits(c, held);
    expect(p.suggestions).toEqual([]);
    expect(p.reason).toBe(reason);
  });
});

describe('eventCredits', () => {
  const sessions = [
    session(),
    session({ id: 's2', title: 'Agile PMOs', hours: 1, area: 'waysOfWorking' }),
    session({ id: 's3', title: 'My talk', hours: 0.75, givenByMe: true }),
  ];

  it('one education entry per session in its area, and Giving Back for a talk given', () => {
    const p = eventCredits(event(), sessions, held, asOf);
    expect(
      p.suggestions.map((s) => [s.key, s.activity.type, s.activity.amount, s.activity.split]),
    ).toEqual([
      [
        'session:s1',
        'course-or-training',
        1.5,
        { waysOfWorking: 0, powerSkills: 0, businessAcumen: 1.5 },
      ],
      [
        'session:s2',
        'course-or-training',
        1,
        { waysOfWorking: 1, powerSkills: 0, businessAcumen: 0 },
      ],
      ['talk:s3', 'give-presentation', 0.75, null],
    ]);
    expect(p.suggestions.every((s) => s.activity.sourceId === 'e1')).toBe(true);
    expect(p.suggestions[0]!.activity.title).toBe('PMO Summit: Benefits realisation');
    expect(p.suggestions[0]!.activity.date).toBe('2026-10-06');
    for (const s of p.suggestions)
      expect(validateActivity({ id: 'x', ...s.activity }, asOf)).toEqual([]);
  });

  it.each([
    ['conference', 'course-or-training'],
    ['chapter-meeting', 'organization-meetings'],
    ['meetup', 'organization-meetings'],
    ['other', 'course-or-training'],
  ] as const)('a session at a %s is %s', (kind, type) => {
    expect(sessionTypeFor(kind)).toBe(type);
  });

  it('an event not over yet, or without sessions, proposes nothing', () => {
    expect(eventCredits(event({ end: '2026-11-23' }), sessions, held, asOf).reason).toBe(
      'NOT_FINISHED',
    );
    expect(eventCredits(event(), [], held, asOf).reason).toBe('NO_SESSION_HOURS');
  });

  it('says its sessions have no hours (the way to credit), only once a credential takes it', () => {
    const noHours = [session({ id: 's1', title: 'Keynote', hours: 0 })];
    expect(eventCredits(event(), noHours, held, asOf)).toMatchObject({
      suggestions: [],
      reason: 'NO_SESSION_HOURS',
    });
    // No credential earned by then: that is the reason, whatever the sessions hold.
    expect(eventCredits(event(), noHours, [], asOf).reason).toBe('NO_EARNED_CREDENTIAL');
  });
});

describe('mediaCredits', () => {
  it.each([
    ['reading', 'read'],
    ['webinar', 'online-or-digital-media'],
    ['podcast', 'online-or-digital-media'],
  ] as const)('%s → %s, split into its area', (kind, type) => {
    const [s] = mediaCredits(media({ kind, area: 'powerSkills', hours: 2 }), held).suggestions;
    expect(s!.activity.type).toBe(type);
    expect(s!.activity.split).toEqual({ waysOfWorking: 0, powerSkills: 2, businessAcumen: 0 });
  });

  it('nothing before any credential was earned', () => {
    expect(mediaCredits(media({ date: '2024-06-01' }), held).reason).toBe('NO_EARNED_CREDENTIAL');
  });
});

describe('interactionCredits', () => {
  it.each([
    ['mentoring-received', 'informal-learning', 'Mentoring from Ana Lima'],
    ['mentoring-given', 'share-knowledge', 'Mentoring Ana Lima'],
  ] as const)('%s → %s', (kind, type, title) => {
    const [s] = interactionCredits(interaction({ kind }), 'Ana Lima', held).suggestions;
    expect(s!.activity.type).toBe(type);
    expect(s!.activity.title).toBe(title);
    expect(s!.activity.split === null).toBe(type === 'share-knowledge');
    expect(validateActivity({ id: 'x', ...s!.activity }, asOf)).toEqual([]);
  });

  it.each(['meeting', 'call', 'message'] as const)('a %s earns nothing', (kind) => {
    expect(interactionCredits(interaction({ kind }), 'Ana', held).reason).toBe('NO_CREDIT_KIND');
  });

  it('mentoring of no hours earns nothing', () => {
    expect(interactionCredits(interaction({ hours: 0 }), 'Ana', held).suggestions).toEqual([]);
  });
});
