import { describe, expect, it } from 'vitest';
import {
  contactHoursOn,
  summariseEducation,
  type Degree,
} from '../../../../shared/domain/eligibility/education';
import {
  validateContactHours,
  validateDegree,
} from '../../../../shared/domain/eligibility/validate-education';

const degree = (level: Degree['level'], gacAccredited = false): Degree => ({
  id: level,
  level,
  field: 'Business',
  institution: 'University',
  year: 2015,
  gacAccredited,
});

describe('summariseEducation', () => {
  it('takes the highest level of the degrees and the profile', () => {
    expect(summariseEducation([degree('associate'), degree('master')])).toEqual({
      highest: 'master',
      gacAccredited: false,
    });
    expect(
      summariseEducation([degree('associate')], { education: 'bachelor', gacAccredited: false }),
    ).toEqual({ highest: 'bachelor', gacAccredited: false });
  });

  it('is unknown with no degree and no profile', () => {
    expect(summariseEducation([])).toEqual({ highest: null, gacAccredited: false });
  });

  it('counts GAC accreditation only on a bachelor’s degree or higher', () => {
    expect(summariseEducation([degree('bachelor', true)]).gacAccredited).toBe(true);
    expect(summariseEducation([degree('associate', true)]).gacAccredited).toBe(false);
    expect(summariseEducation([], { education: 'master', gacAccredited: true }).gacAccredited).toBe(
      true,
    );
    expect(
      summariseEducation([], { education: 'secondary', gacAccredited: true }).gacAccredited,
    ).toBe(false);
  });
});

describe('contactHoursOn', () => {
  const contact = {
    hours: 20,
    courses: [
      { title: 'Agile bootcamp', hours: 16, date: '2025-03-01', topic: 'agile' as const },
      { title: 'Risk workshop', hours: 7.5, date: null, topic: 'risk' as const },
      { title: 'PM basics', hours: 4, date: '2024-01-01' },
      { title: 'Planned', hours: 10, date: '2026-09-01', topic: 'agile' as const },
    ],
  };

  it('counts every hour as general PM education, up to asOf', () => {
    expect(contactHoursOn(contact, 'general', '2026-05-10')).toBe(20 + 16 + 7.5 + 4);
  });

  it('counts only the courses of a topic for that topic', () => {
    expect(contactHoursOn(contact, 'agile', '2026-05-10')).toBe(16);
    expect(contactHoursOn(contact, 'risk', '2026-05-10')).toBe(7.5);
    expect(contactHoursOn(contact, 'pmo', '2026-05-10')).toBe(0);
    expect(contactHoursOn(contact, 'agile', '2026-09-01')).toBe(26);
  });
});

describe('education validation', () => {
  const asOf = '2026-05-10';
  it.each<[string, Partial<Degree>, string[]]>([
    ['a good degree', {}, []],
    ['no institution', { institution: ' ' }, ['institution:REQUIRED']],
    ['an unknown level', { level: 'phd' as never }, ['level:UNKNOWN_VALUE']],
    ['a year in the future', { year: 2027 }, ['year:YEAR_IN_FUTURE']],
    ['a year before 1950', { year: 1949 }, ['year:YEAR_OUT_OF_RANGE']],
    ['a fractional year', { year: 2015.5 }, ['year:NOT_WHOLE']],
    [
      'GAC on an associate degree',
      { level: 'associate', gacAccredited: true },
      ['gacAccredited:GAC_NEEDS_DEGREE'],
    ],
  ])('degree with %s', (_l, change, expected) => {
    const errors = validateDegree({ ...degree('bachelor'), ...change }, asOf);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });

  it('checks contact hours and each course', () => {
    const errors = validateContactHours(
      {
        hours: 10.1,
        courses: [
          { title: '', hours: 0, date: '2026-13-01' },
          { title: 'Ok', hours: 3.25, date: '2026-05-11', topic: 'cooking' as never },
          { title: 'Fine', hours: 2, date: null, topic: 'pmo' },
        ],
      },
      asOf,
    );
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'hours:HOURS_NOT_QUARTER',
      'courses.0.title:REQUIRED',
      'courses.0.hours:TOO_SMALL',
      'courses.0.date:DATE_INVALID',
      'courses.1.date:DATE_IN_FUTURE',
      'courses.1.topic:UNKNOWN_VALUE',
    ]);
    expect(validateContactHours({ hours: -1 }, asOf)[0]?.code).toBe('NEGATIVE');
    expect(validateContactHours({ hours: 35 }, asOf)).toEqual([]);
  });
});
