// The credit log's totals (issue 3 part 5), earned and planned apart (part 3: a plan is never
// counted as earned), as the report's "Total earned (planned not included)". Sums worked out
// by hand from the log below.
import { describe, expect, it } from 'vitest';
import {
  applicationsByActivity,
  logRows,
  noLogFilter,
  type LogFilter,
} from '../../../../shared/domain/claims';
import { earnedAndPlannedTotals } from '../../../../shared/domain/claims/log-totals';
import type { Activity } from '../../../../shared/domain/credits';
import { activity, course, givingBack, holding } from '../credits/fixtures';

const asOf = '2026-12-05';
// PMP earned 5 Dec 2023: cycle 5 Dec 2023 – 4 Dec 2026. PMI-ACP earned 15 Jan 2025.
const pmp = holding('pmp', '2023-12-05');
const acp = holding('pmi-acp', '2025-01-15');

const log: Activity[] = [
  course('2025-02-01', { waysOfWorking: 3, powerSkills: 1.25 }, { id: 'agile' }),
  course('2025-03-15', { businessAcumen: 2.5 }, { id: 'finance' }),
  givingBack('2025-04-20', 'volunteer', 5, { id: 'mentor' }),
  activity({ date: '2025-05-05', id: 'book', type: 'read', amount: 3 }),
  // Planned: 10 h in the suspension year, 1.5 h dated earlier and not yet marked done.
  course('2027-09-20', { waysOfWorking: 4, powerSkills: 6 }, { id: 'summit', status: 'planned' }),
  course('2026-06-01', { businessAcumen: 1.5 }, { id: 'late', status: 'planned' }),
];
const apps = applicationsByActivity(log, [pmp, acp], asOf);

type Sums = [count: number, hours: number, areas: [number, number, number], givingBack: number];
const totals = ([count, hours, [wow, ps, ba], gb]: Sums) => ({
  count,
  hours,
  byArea: { waysOfWorking: wow, powerSkills: ps, businessAcumen: ba },
  givingBack: gb,
});

describe('earnedAndPlannedTotals', () => {
  it.each<[string, Partial<LogFilter>, Sums, Sums]>([
    // Earned: 4.25 + 2.5 + 5 + 3 = 14.75 h; planned: 10 + 1.5 = 11.5 h, never in the 14.75.
    ['all credentials', {}, [4, 14.75, [3, 1.25, 2.5], 5], [2, 11.5, [4, 6, 1.5], 0]],
    // PMP: the book has no Talent Triangle split, so it does not count for PMP (4.25 + 2.5 + 5
    // = 11.75 h earned); both planned ones fall in the cycle or its suspension, still apart.
    ['PMP only', { heldId: 'held-pmp' }, [3, 11.75, [3, 1.25, 2.5], 5], [2, 11.5, [4, 6, 1.5], 0]],
    // Only planned rows in view: nothing earned.
    ['planned only', { status: 'planned' }, [0, 0, [0, 0, 0], 0], [2, 11.5, [4, 6, 1.5], 0]],
    // Nothing planned in view.
    ['earned only', { status: 'earned' }, [4, 14.75, [3, 1.25, 2.5], 5], [0, 0, [0, 0, 0], 0]],
    ['nothing', { text: 'no such thing' }, [0, 0, [0, 0, 0], 0], [0, 0, [0, 0, 0], 0]],
  ])('%s', (_name, f, earned, planned) => {
    const rows = logRows(log, { ...noLogFilter, ...f }, apps, new Map());
    expect(earnedAndPlannedTotals(rows)).toEqual({
      earned: totals(earned),
      planned: totals(planned),
    });
  });

  it('a row is planned by its status for the chosen credential', () => {
    const reportedForAcp = course(
      '2025-06-01',
      { powerSkills: 2 },
      { id: 'claimed', status: 'planned', claims: { 'pmi-acp': 'reported' } },
    );
    const all = [reportedForAcp];
    const a = applicationsByActivity(all, [pmp, acp], asOf);
    const forAcp = logRows(all, { ...noLogFilter, heldId: 'held-pmi-acp' }, a, new Map());
    const unfiltered = logRows(all, noLogFilter, a, new Map());
    expect(earnedAndPlannedTotals(forAcp).earned.hours).toBe(2);
    expect(earnedAndPlannedTotals(unfiltered).planned.hours).toBe(2);
  });
});
