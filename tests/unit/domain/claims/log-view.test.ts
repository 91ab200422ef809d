import { describe, expect, it } from 'vitest';
import {
  applicationsByActivity,
  datesReversed,
  isFiltered,
  logRows,
  logTotals,
  noLogFilter,
  sortLogRows,
  swapDates,
  type LogFilter,
  type LogSortKey,
  type SortDirection,
} from '../../../../shared/domain/claims';
import type { Activity } from '../../../../shared/domain/credits';
import { activity, course, givingBack, holding } from '../credits/fixtures';

const asOf = '2025-12-31';
const pmp = holding('pmp', '2025-01-15');
const acp = holding('pmi-acp', '2025-01-15');
const held = [pmp, acp];

const log: Activity[] = [
  course(
    '2025-02-01',
    { waysOfWorking: 3, powerSkills: 1.25 },
    {
      id: 'agile',
      title: 'Agile bootcamp',
      provider: 'Scrum Co',
      waysOfWorkingFor: { 'pmi-acp': 2 },
    },
  ),
  course(
    '2025-03-15',
    { businessAcumen: 2.5 },
    { id: 'finance', title: 'Finance for PMs', provider: 'PMI' },
  ),
  givingBack('2025-04-20', 'volunteer', 5, { id: 'mentor', title: 'Mentoring', claimCode: 'M-7' }),
  course('2024-11-01', { powerSkills: 2 }, { id: 'old', title: 'before PMP', provider: 'pmi' }),
  course(
    '2026-02-01',
    { waysOfWorking: 4 },
    { id: 'plan', title: 'Planned course', status: 'planned' },
  ),
  activity({
    date: '2025-05-05',
    id: 'book',
    title: 'A book',
    type: 'read',
    amount: 3,
    claims: { 'pmi-acp': 'reported' },
  }),
];
const apps = applicationsByActivity(log, held, asOf);
const evidence = new Map([
  ['agile', 2],
  ['mentor', 1],
]);
const ids = (f: Partial<LogFilter>) =>
  logRows(log, { ...noLogFilter, ...f }, apps, evidence).map((r) => r.activity.id);

describe('logRows: filters', () => {
  it.each<[string, Partial<LogFilter>, string[]]>([
    ['no filter', {}, ['agile', 'finance', 'mentor', 'old', 'plan', 'book']],
    ['type', { type: 'volunteer' }, ['mentor']],
    ['area: Business Acumen', { area: 'businessAcumen' }, ['finance']],
    ['area: Power Skills', { area: 'powerSkills' }, ['agile', 'old']],
    ['area: Giving Back', { area: 'givingBack' }, ['mentor']],
    ['from (inclusive)', { from: '2025-03-15' }, ['finance', 'mentor', 'plan', 'book']],
    ['to (inclusive)', { to: '2025-03-15' }, ['agile', 'finance', 'old']],
    ['a date range', { from: '2025-03-01', to: '2025-04-30' }, ['finance', 'mentor']],
    ['status', { status: 'planned' }, ['plan']],
    ['text in the provider, any case', { text: 'PMI' }, ['finance', 'old']],
    ['text in the title', { text: 'boot' }, ['agile']],
    ['text in the claim code', { text: 'm-7' }, ['mentor']],
    // PMP: every activity dated in its cycle (the planned one too) but not the one before it,
    // nor the book (no split, so no Talent Triangle area to count in).
    ['credential: PMP', { heldId: 'held-pmp' }, ['agile', 'finance', 'mentor', 'plan']],
    // PMI-ACP: the planned course is all Ways of Working, none allocated to ACP.
    ['credential: PMI-ACP', { heldId: 'held-pmi-acp' }, ['agile', 'finance', 'mentor']],
    ['credential and area', { heldId: 'held-pmi-acp', area: 'waysOfWorking' }, ['agile']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('logRows: amounts and statuses', () => {
  it('shows the activity’s own split without a credential', () => {
    const [row] = logRows(log, { ...noLogFilter, text: 'boot' }, apps, evidence);
    expect(row).toMatchObject({
      hours: 4.25,
      byArea: { waysOfWorking: 3, powerSkills: 1.25, businessAcumen: 0 },
      givingBack: 0,
      evidence: 2,
      application: null,
    });
  });

  it('shows what counts for the chosen credential (Ways of Working allocated to ACP)', () => {
    const rows = logRows(log, { ...noLogFilter, heldId: 'held-pmi-acp' }, apps, evidence);
    expect(rows[0]).toMatchObject({
      hours: 3.25,
      byArea: { waysOfWorking: 2, powerSkills: 1.25, businessAcumen: 0 },
    });
    expect(rows[0]?.application?.outcome).toBe('counts');
  });

  it('uses the per-credential claim status when filtered by that credential', () => {
    const book = course('2025-05-05', { powerSkills: 3 }, { claims: { 'pmi-acp': 'reported' } });
    const withBook = applicationsByActivity([book], held, asOf);
    const statusFor = (heldId: string | null) =>
      logRows([book], { ...noLogFilter, heldId }, withBook, evidence)[0]?.status;
    expect([statusFor(null), statusFor('held-pmp'), statusFor('held-pmi-acp')]).toEqual([
      'earned',
      'earned',
      'reported',
    ]);
  });
});

describe('sortLogRows', () => {
  const all = logRows(log, noLogFilter, apps, evidence);
  it.each<[LogSortKey, SortDirection, string[]]>([
    ['date', 'descending', ['plan', 'book', 'mentor', 'finance', 'agile', 'old']],
    ['date', 'ascending', ['old', 'agile', 'finance', 'mentor', 'book', 'plan']],
    ['title', 'ascending', ['book', 'agile', 'old', 'finance', 'mentor', 'plan']],
    // Blank providers sort first; ties fall back to the newest date.
    ['provider', 'ascending', ['plan', 'book', 'mentor', 'finance', 'old', 'agile']],
    // Catalogue order: course, read, then Giving Back.
    ['type', 'ascending', ['plan', 'finance', 'agile', 'old', 'book', 'mentor']],
    ['hours', 'descending', ['mentor', 'agile', 'plan', 'book', 'finance', 'old']],
    ['status', 'ascending', ['plan', 'book', 'mentor', 'finance', 'agile', 'old']],
    ['evidence', 'descending', ['agile', 'mentor', 'plan', 'book', 'finance', 'old']],
  ])('%s %s', (key, direction, expected) => {
    expect(sortLogRows(all, key, direction).map((r) => r.activity.id)).toEqual(expected);
  });
});

describe('sortLogRows: equal dates, and a list already in order', () => {
  const sameDay = ['b', 'c', 'a'].map((id) =>
    course('2025-06-01', { powerSkills: 1 }, { id, title: `Course ${id}` }),
  );
  const rows = logRows(
    [...sameDay, course('2025-07-01', { powerSkills: 1 }, { id: 'z', title: 'Later' })],
    noLogFilter,
    new Map(),
    new Map(),
  );
  const order = (key: LogSortKey, direction: SortDirection) =>
    sortLogRows(rows, key, direction).map((r) => r.activity.id);

  it.each<[LogSortKey, SortDirection, string[]]>([
    // Newest first, equal dates by id from the last: the order the log is read in.
    ['date', 'descending', ['z', 'c', 'b', 'a']],
    ['date', 'ascending', ['c', 'b', 'a', 'z']],
    ['hours', 'ascending', ['z', 'c', 'b', 'a']],
  ])('%s %s', (key, direction, expected) => {
    expect(order(key, direction)).toEqual(expected);
  });

  it('gives a list already in order back as a new list, in the same order', () => {
    const sorted = sortLogRows(rows, 'date', 'descending');
    const again = sortLogRows(sorted, 'date', 'descending');
    expect(again).not.toBe(sorted);
    expect(again).toEqual(sorted);
  });
});

describe('logRows: an evidence count that changes', () => {
  it('shows the new count with the same hours', () => {
    const first = logRows(log, noLogFilter, apps, new Map());
    const later = logRows(log, noLogFilter, apps, evidence);
    const agile = (rows: typeof first) => rows.find((r) => r.activity.id === 'agile')!;
    expect(agile(first).evidence).toBe(0);
    expect(agile(later)).toEqual({ ...agile(first), evidence: 2 });
    expect(later.find((r) => r.activity.id === 'finance')?.evidence).toBe(0);
  });
});

describe('logTotals: exact sums of the rows in view', () => {
  it.each<[string, Partial<LogFilter>, number, number, [number, number, number], number]>([
    ['everything', {}, 6, 20.75, [7, 3.25, 2.5], 5],
    [
      'education only, PMI-ACP',
      { heldId: 'held-pmi-acp', area: 'waysOfWorking' },
      1,
      3.25,
      [2, 1.25, 0],
      0,
    ],
    ['nothing', { text: 'no such thing' }, 0, 0, [0, 0, 0], 0],
  ])('%s', (_name, f, count, hours, [wow, ps, ba], gb) => {
    const totals = logTotals(logRows(log, { ...noLogFilter, ...f }, apps, evidence));
    expect(totals).toEqual({
      count,
      hours,
      byArea: { waysOfWorking: wow, powerSkills: ps, businessAcumen: ba },
      givingBack: gb,
    });
  });

  it('adds quarter hours without floating-point drift', () => {
    const tenths = Array.from({ length: 10 }, (_, i) =>
      activity({ date: '2025-06-01', id: `q${i}`, amount: 0.25 }),
    );
    const rows = logRows(tenths, noLogFilter, new Map(), new Map());
    expect(logTotals(rows).hours).toBe(2.5);
  });
});

describe('isFiltered', () => {
  it.each<[Partial<LogFilter>, boolean]>([
    [{}, false],
    [{ text: 'x' }, true],
    [{ heldId: 'h' }, true],
    [{ from: '2025-01-01' }, true],
  ])('%j → %s', (f, expected) => expect(isFiltered({ ...noLogFilter, ...f })).toBe(expected));
});

describe('datesReversed and swapDates: a date range From after To never matches', () => {
  it.each([
    ['From after To', '2026-12-01', '2026-01-01', true],
    ['the same day', '2026-01-01', '2026-01-01', false],
    ['From before To', '2026-01-01', '2026-12-01', false],
    ['only From', '2026-12-01', null, false],
    ['only To', null, '2026-01-01', false],
    ['neither', null, null, false],
    // A date field reports the year while it is typed: not judged until it is complete.
    ['From still being typed (year 0006)', '0006-03-01', '2026-01-01', false],
    ['To still being typed (year 0202)', '2026-03-01', '0202-01-01', false],
    ['both in years before 1000', '0999-03-01', '0998-01-01', false],
    ['the first year judged', '1001-03-01', '1000-01-01', true],
    ['From not a real day (30 February)', '2026-02-30', '2026-01-01', false],
    ['To not a real day (month 13)', '2026-12-01', '2025-13-01', false],
    ['From a leap day after To', '2028-02-29', '2028-02-28', true],
  ] as const)('%s: %s', (_name, from, to, expected) => {
    expect(datesReversed({ ...noLogFilter, from, to })).toBe(expected);
  });

  it('From after To lets no activity through; swapped, the range holds the activities in it', () => {
    const apps = applicationsByActivity(log, held, asOf);
    const f: LogFilter = { ...noLogFilter, from: '2025-04-30', to: '2025-02-01' };
    expect(logRows(log, f, apps, new Map())).toEqual([]);
    const swapped = swapDates(f);
    expect(swapped).toEqual({ ...f, from: '2025-02-01', to: '2025-04-30' });
    expect(logRows(log, swapped, apps, new Map()).map((r) => r.activity.id)).toEqual([
      'agile',
      'finance',
      'mentor',
    ]);
  });
});
