import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../../../shared/catalog/ladder';
import {
  addRung,
  defaultLadderPlan,
  moveRung,
  newUserRung,
  removeRung,
  type LadderEdit,
  type LadderPlan,
} from '../../../../shared/catalog/ladder-requirements';
import {
  draftFromProfile,
  draftOnLadder,
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
    ['0,500', 0.5],
    ['1,5', 1.5],
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
    // A thousand or one: never read as 1 hour (isAmbiguousNumber).
    ['1,000', 'NOT_A_NUMBER'],
    ['1.000', 'NOT_A_NUMBER'],
    [' 2,500 ', 'NOT_A_NUMBER'],
  ])('"%s" is refused with %s', (text, code) => {
    expect(parseDailyHours(text)).toEqual({ ok: false, code });
  });
});

describe('validateProfile', () => {
  it('accepts a complete draft, trimming the name and reading the hours', () => {
    const result = validateProfile(validDraft(), defaultLadder);
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

  it.each([
    ['secondary', false],
    ['associate', false],
    ['bachelor', true],
    ['doctorate', true],
  ] as const)('GAC ticked with %s education is kept: %s (§2: a degree only)', (level, kept) => {
    const result = validateProfile(
      validDraft({ education: level, gacAccredited: true }),
      defaultLadder,
    );
    expect(result.ok && result.value.gacAccredited).toBe(kept);
  });

  it('accepts an empty name (the name is optional)', () => {
    expect(validateProfile(validDraft({ name: '   ' }), defaultLadder).ok).toBe(true);
  });

  it.each([
    { label: '80 letters', name: 'x'.repeat(80), ok: true },
    { label: '40 emoji (80 UTF-16 units, 40 characters)', name: '🙂'.repeat(40), ok: true },
    { label: '80 emoji (160 UTF-16 units, 80 characters)', name: '🙂'.repeat(80), ok: true },
    { label: '81 emoji', name: '🙂'.repeat(81), ok: false },
    { label: '79 letters and an emoji', name: `${'x'.repeat(79)}🙂`, ok: true },
  ])(
    'a name of $label is accepted: $ok (80 characters as a person counts them)',
    ({ name, ok }) => {
      expect(validateProfile(validDraft({ name }), defaultLadder).ok).toBe(ok);
    },
  );

  it('accepts the same rung as current and target', () => {
    expect(validateProfile(validDraft({ targetRung: 'pmo-analyst' }), defaultLadder).ok).toBe(true);
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
    expect(validateProfile(validDraft(patch), defaultLadder)).toEqual({ ok: false, errors });
  });

  it('reports every bad field at once for an empty form', () => {
    const result = validateProfile(emptyProfileDraft(), defaultLadder);
    expect(result).toEqual({
      ok: false,
      errors: { currentRung: 'REQUIRED', targetRung: 'REQUIRED', education: 'REQUIRED' },
    });
  });
});

describe('validateProfile on the user’s own ladder (issue 5 part 1: rungs added, moved, removed)', () => {
  const ok = (edit: LadderEdit): LadderPlan => {
    if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
    return edit.value;
  };
  // Senior PMO Analyst added above PMO Analyst; PMO Director removed; PMO Manager moved to the bottom.
  const withOwn = ok(addRung(defaultLadderPlan(), newUserRung('senior', 'Senior PMO Analyst'), 2));
  const noDirector = ok(removeRung(withOwn, 'pmo-director'));
  const managerFirst = ok(moveRung(noDirector, 'pmo-manager', 0));

  it.each<[string, LadderPlan, Partial<ProfileDraft>, Record<string, string> | null]>([
    ['a rung of the user’s own is a valid target', withOwn, { targetRung: 'senior' }, null],
    [
      '…and a valid current rung',
      withOwn,
      { currentRung: 'senior', targetRung: 'pmo-manager' },
      null,
    ],
    ['a removed rung is refused', noDirector, {}, { targetRung: 'UNKNOWN_VALUE' }],
    [
      'the user’s own rung below the current one is refused',
      withOwn,
      { currentRung: 'project-manager', targetRung: 'senior' },
      { targetRung: 'TARGET_BELOW_CURRENT' },
    ],
    [
      'order follows the moved rungs, not the shipped levels',
      managerFirst,
      { currentRung: 'pmo-manager', targetRung: 'pmo-analyst' },
      null,
    ],
    [
      'a shipped rung moved below the current one is refused as a target',
      managerFirst,
      { currentRung: 'pmo-analyst', targetRung: 'pmo-manager' },
      { targetRung: 'TARGET_BELOW_CURRENT' },
    ],
    [
      'a rung of the user’s own is unknown to the shipped ladder',
      defaultLadderPlan(),
      { targetRung: 'senior' },
      { targetRung: 'UNKNOWN_VALUE' },
    ],
  ])('%s', (_, plan, patch, errors) => {
    const result = validateProfile(validDraft(patch), plan);
    if (errors === null) expect(result).toMatchObject({ ok: true, value: patch });
    else expect(result).toEqual({ ok: false, errors });
  });
});

describe('draftOnLadder: a removed rung is chosen again', () => {
  const noDirector: LadderPlan = {
    ...defaultLadderPlan(),
    rungs: defaultLadderPlan().rungs.filter((r) => r.id !== 'pmo-director'),
  };
  it.each<[string, Partial<ProfileDraft>, Partial<ProfileDraft>, string[]]>([
    [
      'both rungs on the ladder: unchanged',
      { targetRung: 'pmo-manager' },
      { targetRung: 'pmo-manager' },
      [],
    ],
    ['the target removed: cleared', {}, { targetRung: '' }, ['targetRung']],
    [
      'both removed: both cleared',
      { currentRung: 'mine', targetRung: 'pmo-director' },
      { currentRung: '', targetRung: '' },
      ['currentRung', 'targetRung'],
    ],
    ['not chosen yet (onboarding): nothing to say', { currentRung: '', targetRung: '' }, {}, []],
  ])('%s', (_, patch, expected, removed) => {
    const result = draftOnLadder(validDraft(patch), noDirector);
    expect(result.draft).toEqual(validDraft({ ...patch, ...expected }));
    expect(result.removed).toEqual(removed);
  });
});

describe('profile helpers', () => {
  it('round-trips a saved profile through an editing draft', () => {
    const saved = validateProfile(validDraft(), defaultLadder);
    if (!saved.ok) throw new Error('fixture should be valid');
    expect(validateProfile(draftFromProfile(saved.value), defaultLadder)).toEqual(saved);
  });

  it('adds up the week', () => {
    expect(weeklyHours({ mon: 1, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3.25, sun: 0 })).toBe(7.75);
    expect(draftWeeklyHours(validDraft().weeklyAvailability)).toBe(6.5);
    expect(
      draftWeeklyHours({ mon: 'x', tue: '2', wed: '', thu: '', fri: '', sat: '', sun: '' }),
    ).toBe(2);
  });

  it('still reads a profile whose rung is the user’s own or was removed since', () => {
    const saved = validateProfile(validDraft(), defaultLadder);
    if (!saved.ok) throw new Error('fixture should be valid');
    expect(isProfile({ ...saved.value, targetRung: 'a-rung-removed-since' })).toBe(true);
  });

  it('recognises a stored profile and rejects a damaged one', () => {
    const saved = validateProfile(validDraft(), defaultLadder);
    if (!saved.ok) throw new Error('fixture should be valid');
    expect(isProfile(saved.value)).toBe(true);
    expect(isProfile({ ...saved.value, currentRung: '' })).toBe(false);
    expect(isProfile({ ...saved.value, targetRung: 7 })).toBe(false);
    expect(isProfile({ ...saved.value, weeklyAvailability: { mon: 1 } })).toBe(false);
    expect(isProfile(null)).toBe(false);
  });
});
