import { describe, expect, it } from 'vitest';
import {
  draftFromProfile,
  draftWeeklyHours,
  emptyProfileDraft,
  isProfile,
  parseDailyHours,
  validateProfile,
  weeklyHours,
  type ProfileDraft,
} from '../../../../shared/domain/profile/profile';

function validDraft(patch: Partial<ProfileDraft> = {}): ProfileDraft {
  return {
    name: ' Dana Okafor ',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '0', tue: '2', wed: '0', thu: '1.5', fri: '0', sat: '3', sun: '' },
    ...patch,
  };
}

describe('parseDailyHours', () => {
  it.each([
    ['', 0],
    [' 2 ', 2],
    ['1.5', 1.5],
    ['1,25', 1.25],
    ['16', 16],
    ['0.75', 0.75],
  ])('"%s" → %d', (text, hours) => {
    expect(parseDailyHours(text)).toEqual({ ok: true, value: hours });
  });

  it.each([
    ['abc', 'NOT_A_NUMBER'],
    ['1e2', 'NOT_A_NUMBER'],
    ['2h', 'NOT_A_NUMBER'],
    ['-1', 'NEGATIVE'],
    ['16.25', 'TOO_MANY_HOURS'],
    ['1.1', 'NOT_QUARTER_HOURS'],
    ['0.2', 'NOT_QUARTER_HOURS'],
  ])('"%s" is refused with %s', (text, code) => {
    expect(parseDailyHours(text)).toEqual({ ok: false, code });
  });
});

describe('validateProfile', () => {
  it('accepts a complete draft, trimming the name and reading the hours', () => {
    const result = validateProfile(validDraft());
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Dana Okafor',
        currentRung: 'pmo-analyst',
        targetRung: 'pmo-director',
        education: 'bachelor',
        gacAccredited: false,
        weeklyAvailability: { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 },
      },
    });
  });

  it('accepts an empty name (the name is optional)', () => {
    expect(validateProfile(validDraft({ name: '   ' })).ok).toBe(true);
  });

  it('accepts the same rung as current and target', () => {
    expect(validateProfile(validDraft({ targetRung: 'pmo-analyst' })).ok).toBe(true);
  });

  it.each<[Partial<ProfileDraft>, Record<string, string>]>([
    [{ name: 'x'.repeat(81) }, { name: 'NAME_TOO_LONG' }],
    [{ currentRung: '' }, { currentRung: 'REQUIRED' }],
    [{ targetRung: 'ceo' }, { targetRung: 'UNKNOWN_VALUE' }],
    [
      { currentRung: 'pmo-director', targetRung: 'pmo-analyst' },
      { targetRung: 'TARGET_BELOW_CURRENT' },
    ],
    [{ education: '' }, { education: 'REQUIRED' }],
    [{ education: 'phd' }, { education: 'UNKNOWN_VALUE' }],
    [
      {
        weeklyAvailability: {
          mon: 'x',
          tue: '-2',
          wed: '1.3',
          thu: '17',
          fri: '0',
          sat: '0',
          sun: '0',
        },
      },
      {
        'weeklyAvailability.mon': 'NOT_A_NUMBER',
        'weeklyAvailability.tue': 'NEGATIVE',
        'weeklyAvailability.wed': 'NOT_QUARTER_HOURS',
        'weeklyAvailability.thu': 'TOO_MANY_HOURS',
      },
    ],
  ])('%j is refused with %j', (patch, errors) => {
    expect(validateProfile(validDraft(patch))).toEqual({ ok: false, errors });
  });

  it('reports every bad field at once for an empty form', () => {
    const result = validateProfile(emptyProfileDraft());
    expect(result).toEqual({
      ok: false,
      errors: { currentRung: 'REQUIRED', targetRung: 'REQUIRED', education: 'REQUIRED' },
    });
  });
});

describe('profile helpers', () => {
  it('round-trips a saved profile through an editing draft', () => {
    const saved = validateProfile(validDraft());
    if (!saved.ok) throw new Error('fixture should be valid');
    expect(validateProfile(draftFromProfile(saved.value))).toEqual(saved);
  });

  it('adds up the week', () => {
    expect(weeklyHours({ mon: 1, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3.25, sun: 0 })).toBe(7.75);
    expect(draftWeeklyHours(validDraft().weeklyAvailability)).toBe(6.5);
    expect(
      draftWeeklyHours({ mon: 'x', tue: '2', wed: '', thu: '', fri: '', sat: '', sun: '' }),
    ).toBe(2);
  });

  it('recognises a stored profile and rejects a damaged one', () => {
    const saved = validateProfile(validDraft());
    if (!saved.ok) throw new Error('fixture should be valid');
    expect(isProfile(saved.value)).toBe(true);
    expect(isProfile({ ...saved.value, currentRung: 'ceo' })).toBe(false);
    expect(isProfile({ ...saved.value, weeklyAvailability: { mon: 1 } })).toBe(false);
    expect(isProfile(null)).toBe(false);
  });
});
