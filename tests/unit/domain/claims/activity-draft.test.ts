import { describe, expect, it } from 'vitest';
import {
  activityFromDraft,
  draftFromActivity,
  emptyDraft,
  parseDecimal,
  parseHours,
  parsePercent,
  splitProgress,
  type ActivityDraft,
} from '../../../../shared/domain/claims';
import { validateActivity, type Activity } from '../../../../shared/domain/credits';

const today = '2025-06-30';
const draft = (patch: Partial<ActivityDraft> = {}): ActivityDraft => ({
  ...emptyDraft(today),
  title: 'Scheduling masterclass',
  type: 'course-or-training',
  amount: '4',
  date: '2025-06-01',
  ...patch,
});
const fieldErrors = (d: ActivityDraft) =>
  validateActivity(activityFromDraft(d, { id: 'x' }), today).map((e) => `${e.field}:${e.code}`);

describe('parseHours: hours, where "1,500" and "1.500" are unclear (as in the CSV import)', () => {
  it.each<[string, number]>([
    ['1.5', 1.5],
    ['1,75', 1.75],
    ['0.500', 0.5],
    ['1500', 1500],
    ['12.25', 12.25],
  ])('%j → %d', (text, value) => expect(parseHours(text)).toBe(value));

  it.each(['1,500', '1.500', '12,250', '2.000'])('%j could be a thousand: not read', (text) =>
    expect(parseHours(text)).toBeNaN(),
  );
});

describe('parseDecimal: numbers as people type them', () => {
  it.each<[string, number]>([
    ['1.5', 1.5],
    ['1,5', 1.5],
    [' 2 ', 2],
    ['0.25', 0.25],
    [',75', 0.75],
    ['3.', 3],
    ['-3', -3],
    ['+4', 4],
  ])('%j → %d', (text, value) => expect(parseDecimal(text)).toBe(value));

  it.each(['', '   ', 'two', '1.2.3', '1,5,0', '1e3', '0x10', '1 000', '5 h', 'NaN'])(
    '%j is not a number',
    (text) => expect(parseDecimal(text)).toBeNaN(),
  );
});

describe('parsePercent: the relevant share, with or without a percent sign', () => {
  it.each<[string, number]>([
    ['50', 50],
    ['50%', 50],
    ['50 %', 50],
    [' 50 % ', 50],
    ['50\u00a0%', 50],
    ['12,5%', 12.5],
    ['100 %', 100],
  ])('%j → %d', (text, value) => expect(parsePercent(text)).toBe(value));

  it.each(['', '%', ' % ', '%50', '50%%', '50 % %', 'half', '50 percent'])(
    '%j is not a share',
    (text) => expect(parsePercent(text)).toBeNaN(),
  );
});

describe('activityFromDraft + validateActivity: bad input is found, good input passes', () => {
  it.each<[string, Partial<ActivityDraft>, string[]]>([
    ['a plain course, no split', {}, []],
    ['a decimal comma', { amount: '1,5' }, []],
    [
      'a split that adds up (blank areas are zero)',
      { split: { waysOfWorking: '3', powerSkills: '1', businessAcumen: '' } },
      [],
    ],
    ['hours not in quarter steps', { amount: '1.1' }, ['amount:HOURS_NOT_QUARTER']],
    ['negative hours', { amount: '-2' }, ['amount:NEGATIVE']],
    ['no amount', { amount: '' }, ['amount:NOT_A_NUMBER']],
    ['words for hours', { amount: 'four' }, ['amount:NOT_A_NUMBER']],
    ['no title', { title: '   ' }, ['title:REQUIRED']],
    ['no type', { type: '' }, ['type:UNKNOWN_VALUE']],
    ['no date', { date: '' }, ['date:DATE_INVALID']],
    ['an earned activity in the future', { date: '2025-07-01' }, ['date:EARNED_IN_FUTURE']],
    ['a planned activity in the future', { date: '2025-07-01', status: 'planned' }, []],
    ['a start after the end', { startDate: '2025-06-02' }, ['startDate:START_AFTER_END']],
    ['a share above 100 %', { relevantPercent: '120' }, ['relevantPercent:SHARE_OUT_OF_RANGE']],
    ['an empty share', { relevantPercent: '' }, ['relevantPercent:SHARE_OUT_OF_RANGE']],
    ['a share typed "50%"', { relevantPercent: '50%' }, []],
    ['a share typed "50 %", as the hint writes it', { relevantPercent: '50 %' }, []],
    ['a share of "120 %"', { relevantPercent: '120 %' }, ['relevantPercent:SHARE_OUT_OF_RANGE']],
    [
      'a split that does not add up',
      { split: { waysOfWorking: '1', powerSkills: '1', businessAcumen: '' } },
      ['split:SPLIT_MISMATCH'],
    ],
    [
      'an unreadable area',
      { split: { waysOfWorking: 'x', powerSkills: '4', businessAcumen: '' } },
      ['split.waysOfWorking:NOT_A_NUMBER'],
    ],
    [
      'more Ways of Working allocated than the split has',
      {
        split: { waysOfWorking: '1', powerSkills: '3', businessAcumen: '' },
        waysOfWorkingFor: { 'pmi-acp': '2' },
      },
      ['waysOfWorkingFor.pmi-acp:ALLOCATION_EXCEEDS_WAYS_OF_WORKING'],
    ],
    [
      'a split left behind after switching to Giving Back is ignored',
      { type: 'volunteer', split: { waysOfWorking: '1', powerSkills: '', businessAcumen: '' } },
      [],
    ],
    [
      'a role period that ends before it starts',
      { type: 'work-as-practitioner', roleStart: '2025-05-01', roleEnd: '2025-01-01' },
      ['practitionerPeriod:START_AFTER_END'],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(fieldErrors(draft(patch))).toEqual(expected);
  });
});

describe('activityFromDraft: the activity stored', () => {
  it.each<[string, number | undefined]>([
    ['50%', 50],
    ['50 %', 50],
    ['100 %', undefined],
  ])('stores a share typed %j as %j (100 is left out)', (typed, stored) => {
    const a = activityFromDraft(draft({ relevantPercent: typed }), { id: 'a1' });
    expect(a.relevantPercent).toBe(stored);
    expect('relevantPercent' in a).toBe(stored !== undefined);
  });

  it('parses numbers, drops blanks and keeps fields the form does not show', () => {
    const a = activityFromDraft(
      draft({
        amount: '1,5',
        unit: 'ceu',
        relevantPercent: '50',
        split: { waysOfWorking: '7,5', powerSkills: '', businessAcumen: '' },
        waysOfWorkingFor: { 'pmi-acp': '2', 'pmi-rmp': ' ' },
        claims: { pmp: 'reported' },
        excludedFrom: ['pmi-sp'],
        provider: '  ',
        claimCode: ' C-1 ',
      }),
      { id: 'a1', sourceId: 'journal-1' },
    );
    expect(a).toEqual({
      id: 'a1',
      sourceId: 'journal-1',
      date: '2025-06-01',
      startDate: null,
      title: 'Scheduling masterclass',
      type: 'course-or-training',
      amount: 1.5,
      unit: 'ceu',
      relevantPercent: 50,
      split: { waysOfWorking: 7.5, powerSkills: 0, businessAcumen: 0 },
      waysOfWorkingFor: { 'pmi-acp': 2 },
      status: 'earned',
      claims: { pmp: 'reported' },
      excludedFrom: ['pmi-sp'],
      practitionerPeriod: null,
      claimCode: 'C-1',
    });
    expect(validateActivity(a, today)).toEqual([]);
  });

  it('stores the category chosen by scheme, keeps the others and drops one cleared', () => {
    const stored = activityFromDraft(
      draft({ categories: { iiba: 'academic', 'custom:gone': 'category-1' } }),
      { id: 'a3' },
    );
    expect(stored.categories).toEqual({ iiba: 'academic', 'custom:gone': 'category-1' });
    const back = draftFromActivity(stored);
    expect(back.categories).toEqual({ iiba: 'academic', 'custom:gone': 'category-1' });
    const { iiba: _cleared, ...rest } = back.categories;
    expect(activityFromDraft({ ...back, categories: rest }, stored).categories).toEqual({
      'custom:gone': 'category-1',
    });
    expect('categories' in activityFromDraft({ ...back, categories: {} }, stored)).toBe(false);
  });

  it('removes an optional field the user cleared', () => {
    const stored = activityFromDraft(draft({ provider: 'PMI', notes: 'n' }), { id: 'a2' });
    const edited = activityFromDraft(
      { ...draftFromActivity(stored), provider: '', notes: '' },
      stored,
    );
    expect('provider' in edited || 'notes' in edited).toBe(false);
  });

  it.each<[string, Activity]>([
    [
      'an education activity with a split and allocations',
      {
        id: 'r1',
        date: '2025-03-01',
        startDate: '2025-02-27',
        title: 'Risk course',
        provider: 'PMI',
        type: 'course-or-training',
        amount: 10,
        unit: 'hours',
        relevantPercent: 75,
        split: { waysOfWorking: 5, powerSkills: 2.5, businessAcumen: 0 },
        waysOfWorkingFor: { 'pmi-rmp': 3 },
        status: 'reported',
        claims: { pmp: 'accepted' },
        excludedFrom: ['pmi-sp'],
        practitionerPeriod: null,
        claimCode: 'X1',
        notes: 'Day 1 and 2',
      },
    ],
    [
      'a practitioner claim with its role period',
      {
        id: 'r2',
        date: '2025-03-01',
        startDate: null,
        title: 'PM at ACME',
        type: 'work-as-practitioner',
        amount: 8,
        unit: 'body-unit',
        split: null,
        status: 'earned',
        practitionerPeriod: { start: '2024-01-01', end: '2025-02-28' },
      },
    ],
  ])('edits %s without changing it', (_name, stored) => {
    expect(activityFromDraft(draftFromActivity(stored), stored)).toEqual(stored);
  });
});

describe('splitProgress: the running sum against the counted hours', () => {
  it.each<[string, Partial<ActivityDraft>, number | null, number | null]>([
    ['nothing split yet', {}, 0, 4],
    [
      'part split',
      { split: { waysOfWorking: '1,5', powerSkills: '1', businessAcumen: '' } },
      2.5,
      4,
    ],
    ['15 h at 50 %', { amount: '15', relevantPercent: '50' }, 0, 7.5],
    ['15 h at "50%"', { amount: '15', relevantPercent: '50%' }, 0, 7.5],
    ['15 h at "50 %"', { amount: '15', relevantPercent: '50 %' }, 0, 7.5],
    ['1.5 CEU', { amount: '1.5', unit: 'ceu' }, 0, 15],
    ['33 % of 10 h rounds down to 3.25', { amount: '10', relevantPercent: '33' }, 0, 3.25],
    [
      'an unreadable area',
      { split: { waysOfWorking: 'x', powerSkills: '', businessAcumen: '' } },
      null,
      4,
    ],
    ['no amount yet', { amount: '' }, 0, null],
  ])('%s', (_name, patch, sum, counted) => {
    expect(splitProgress(draft(patch))).toEqual({ sum, counted });
  });
});
