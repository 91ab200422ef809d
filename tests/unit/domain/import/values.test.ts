import { describe, expect, it } from 'vitest';
import type { ActivityType } from '../../../../shared/catalog/credentials';
import type { ClaimStatus } from '../../../../shared/domain/credits';
import {
  activityTypeFromWords,
  claimStatusFromWords,
  guessDelimiter,
  parseNumberCell,
} from '../../../../shared/domain/import';

describe('parseNumberCell', () => {
  it.each<[string, number | null]>([
    ['1.5', 1.5],
    ['1,5', 1.5],
    [' 7,25 ', 7.25],
    ['8', 8],
    ['.5', 0.5],
    [',75', 0.75],
    ['-1', -1],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1,234,567', 1234567],
    ['2 PDUs', 2],
    ['1,5 h', 1.5],
    ['3 hrs', 3],
    ['2.5 hours', 2.5],
    ['', null],
    ['  ', null],
  ])('%j → %s', (cell, n) => {
    expect(parseNumberCell(cell)).toBe(n);
  });

  it.each(['two', '1.5.x', '--1', '1,5,a', 'n/a', '#VALUE!'])('%j is not a number', (cell) => {
    expect(parseNumberCell(cell)).toBeNaN();
  });
});

describe('activityTypeFromWords', () => {
  it.each<[string, ActivityType | null]>([
    ['Course', 'course-or-training'],
    ['Training', 'course-or-training'],
    ['Workshop', 'course-or-training'],
    ['Conference', 'course-or-training'],
    ['Course or training', 'course-or-training'],
    ['Education - Course or Training', 'course-or-training'],
    ['course-or-training', 'course-or-training'],
    ['Webinar', 'online-or-digital-media'],
    ['Online course', 'online-or-digital-media'],
    ['E-learning', 'online-or-digital-media'],
    ['Podcast', 'online-or-digital-media'],
    ['Education – Online or Digital Media', 'online-or-digital-media'],
    ['Book', 'read'],
    ['Reading', 'read'],
    ['READ', 'read'],
    ['Article', 'read'],
    ['Chapter meeting', 'organization-meetings'],
    ['PMI chapter dinner', 'organization-meetings'],
    ['Organization meetings', 'organization-meetings'],
    ['Informal learning', 'informal-learning'],
    ['Volunteering', 'volunteer'],
    ['Giving Back - Volunteer', 'volunteer'],
    ['Presentation', 'give-presentation'],
    ['Give a presentation', 'give-presentation'],
    ['Chapter meeting presentation', 'give-presentation'],
    ['Mentoring', 'share-knowledge'],
    ['Coaching', 'share-knowledge'],
    ['Share knowledge', 'share-knowledge'],
    ['Work as practitioner', 'work-as-practitioner'],
    ['Giving Back – Work as a Practitioner', 'work-as-practitioner'],
    ['Create content', 'create-content'],
    ['Blog post', 'create-content'],
    ['Misc', null],
    ['Hobby', null],
    ['', null],
  ])('%j → %s', (cell, type) => {
    expect(activityTypeFromWords(cell)).toBe(type);
  });
});

describe('claimStatusFromWords', () => {
  it.each<[string, ClaimStatus | null]>([
    ['Planned', 'planned'],
    ['upcoming', 'planned'],
    ['Earned', 'earned'],
    ['Completed', 'earned'],
    ['Reported', 'reported'],
    ['Submitted', 'reported'],
    ['Pending', 'reported'],
    ['Accepted', 'accepted'],
    ['APPROVED', 'accepted'],
    ['Audited', 'audited'],
    ['Rejected', null],
    ['', null],
  ])('%j → %s', (cell, status) => {
    expect(claimStatusFromWords(cell)).toBe(status);
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\r\n1;2,5;3\r\n4;5,5;6\r\n', ';'],
    ['\uFEFFDate;Title;Hours\n2026-03-10;"Risk; cost";1,5\n', ';'],
    ['Date,Title,Hours\n2026-03-10,"Risk; cost; time",1.5\n', ','],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['Tracker;;;\n\nDate;Title;Hours;Notes\n10/03/2026;A, B;1,5;x\n', ';'],
    ['just one column\nanother\n', ','],
    ['', ','],
  ])('%j → %j', (text, d) => {
    expect(guessDelimiter(text)).toBe(d);
  });
});
