// Work as a practitioner's time in the role (domain-facts §1: "pro-rated to the time in the
// role"): "until" left blank means still in the role, so the time runs to the activity's own
// date; each blank or wrong end is named on its own field (practitionerPeriod is "In the role
// from", roleEnd "In the role until"), never "enter a real date" under a real one.
import { describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import {
  activityFromDraft,
  emptyDraft,
  type ActivityDraft,
} from '../../../../shared/domain/claims';
import { practitionerLimit } from '../../../../shared/domain/credits/caps';
import { cyclesFor } from '../../../../shared/domain/credentials';
import { validateActivity, type Activity } from '../../../../shared/domain/credits';

const today = '2025-06-30';
const draft = (patch: Partial<ActivityDraft>): ActivityDraft => ({
  ...emptyDraft(today),
  title: 'Leading the migration project',
  type: 'work-as-practitioner',
  amount: '4',
  date: '2025-05-10',
  ...patch,
});
const fromDraft = (patch: Partial<ActivityDraft>) => activityFromDraft(draft(patch), { id: 'x' });
const errorsOf = (patch: Partial<ActivityDraft>) =>
  validateActivity(fromDraft(patch), today).map((e) => `${e.field}:${e.code}`);

describe('the time in the role from the form (activityFromDraft, validateActivity)', () => {
  it.each<[string, Partial<ActivityDraft>, Activity['practitionerPeriod'], string[]]>([
    ['both blank: none (the full cap)', {}, null, []],
    [
      'both filled',
      { roleStart: '2025-01-01', roleEnd: '2025-04-30' },
      { start: '2025-01-01', end: '2025-04-30' },
      [],
    ],
    [
      'until blank: still in the role, to the activity’s date',
      { roleStart: '2025-01-01' },
      { start: '2025-01-01', end: '2025-05-10' },
      [],
    ],
    [
      'until blank, from after the activity’s date',
      { roleStart: '2025-06-01' },
      { start: '2025-06-01', end: '2025-05-10' },
      ['practitionerPeriod:START_AFTER_END'],
    ],
    [
      'from blank, until filled: the from field is named',
      { roleEnd: '2025-04-30' },
      { start: '', end: '2025-04-30' },
      ['practitionerPeriod:REQUIRED'],
    ],
    [
      'until blank and the completion date not a date: only the date is named',
      { roleStart: '2025-01-01', date: '' },
      { start: '2025-01-01', end: '2025-01-01' },
      ['date:DATE_INVALID'],
    ],
  ])('%s', (_name, patch, period, errors) => {
    expect(fromDraft(patch).practitionerPeriod).toEqual(period);
    expect(errorsOf(patch)).toEqual(errors);
  });
});

describe('a stored time in the role (validateActivity)', () => {
  const work = (practitionerPeriod: Activity['practitionerPeriod']) =>
    validateActivity({ ...fromDraft({}), practitionerPeriod } as Activity, today).map(
      (e) => `${e.field}:${e.code}`,
    );
  it.each<[string, Activity['practitionerPeriod'], string[]]>([
    ['end blank', { start: '2025-01-01', end: '' }, ['roleEnd:REQUIRED']],
    ['end not a date', { start: '2025-01-01', end: '2025-02-30' }, ['roleEnd:DATE_INVALID']],
    ['start not a date', { start: 'soon', end: '2025-02-01' }, ['practitionerPeriod:DATE_INVALID']],
    ['neither', { start: '', end: 'x' }, ['practitionerPeriod:REQUIRED', 'roleEnd:DATE_INVALID']],
  ])('%s', (_name, period, errors) => {
    expect(work(period)).toEqual(errors);
  });
});

describe('pro-rated to the time in the role up to the activity’s date (§1)', () => {
  it('half of a PMP cycle in the role, still in it, earns half the cap', () => {
    const pmp = findCredentialRule('pmp')!;
    const [cycle] = cyclesFor(
      { id: 'h', credentialId: 'pmp', stage: 'earned', earnedDate: '2024-01-15' },
      pmp,
      today,
    );
    // Cycle 15 Jan 2024 – 14 Jan 2027; in the role from its start, claimed on 15 Jul 2025.
    const period = fromDraft({ roleStart: '2024-01-15', date: '2025-07-15' }).practitionerPeriod!;
    expect(period.end).toBe('2025-07-15');
    const { roleDays, cycleDays } = practitionerLimit(period, 8 * 4, cycle!);
    expect(roleDays! / cycleDays!).toBeCloseTo(0.5, 2);
  });
});
