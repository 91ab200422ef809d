/**
 * Issue 9: the prepared log keeps no list of more than a few thousand values unless one is
 * read (ids, dates and facts in blocks, its orders and day numbers in typed arrays, the
 * errors of the few activities that have some), and searches its dates by day number when
 * every date is a real day. Whatever a reader gets must be what the straightforward lists
 * give: checked here on logs longer than a block, in the orders the app reads the log in and
 * in no order, with dates that are not real days mixed in (read as texts then).
 */
import { describe, expect, it } from 'vitest';
import { areas, isGivingBack, type ActivityType } from '../../../../shared/catalog/credentials';
import { factsOf } from '../../../../shared/domain/credits/contribution';
import {
  dateAt,
  dateBound,
  dateBoundIn,
  dateIdOrder,
  errorsAt,
  factsAt,
  idAt,
  preparedLog,
} from '../../../../shared/domain/credits/prepared-log';
import { validateActivity } from '../../../../shared/domain/credits/validate-activity';
import type { Activity } from '../../../../shared/domain/credits';
import {
  lastTwelveMonthsFrom,
  leadershipTrainingHours,
  learningHours,
  type LeadershipBefore,
} from '../../../../shared/domain/readiness';
import { createRandom } from '../../../bench/dataset/random';
import { addDays } from '../../../../shared/dates';

const today = '2026-11-22';
const types: ActivityType[] = ['course-or-training', 'online-or-digital-media', 'volunteer'];
const oddDates = ['2026-02-30', '2025-13-01', '2024-1-05', '', 'not a day'];

/** `n` activities on few days (many share a date and some an id), some planned or invalid. */
function generated(seed: number, n: number, odd: boolean): Activity[] {
  const r = createRandom(seed);
  const out: Activity[] = [];
  for (let k = 0; k < n; k++) {
    const type = r.pick(types);
    const amount = r.quarters(0.25, 6);
    const power = r.chance(0.5) ? amount : 0;
    const a: Activity = {
      id: `a${r.int(0, n / 2)}`,
      date: odd && r.chance(0.01) ? r.pick(oddDates) : r.day('2019-01-01', '2027-03-31', 3000),
      title: r.chance(0.01) ? '' : 'Activity',
      type,
      amount: r.chance(0.01) ? amount + 0.1 : amount,
      unit: 'hours',
      status: r.chance(0.1) ? 'planned' : 'earned',
    };
    if (!isGivingBack(type) && r.chance(0.8))
      a.split = { waysOfWorking: amount - power, powerSkills: power, businessAcumen: 0 };
    if (r.chance(0.01)) a.claims = { 'held-pmp': 'reported' };
    out.push(a);
  }
  return out;
}

const byPosition = (list: readonly Activity[]) => {
  const positions = list.map((_, i) => i);
  const date = (i: number) => list[i]!.date;
  return [...positions].sort((x, y) => (date(x) < date(y) ? -1 : date(x) > date(y) ? 1 : x - y));
};

const logs = [false, true].flatMap((odd) => {
  const list = generated(odd ? 2 : 1, 9_000, odd);
  const oldest = byPosition(list).map((i) => list[i]!);
  return [
    { name: `in no order${odd ? ', odd dates' : ''}`, list },
    { name: `oldest first${odd ? ', odd dates' : ''}`, list: oldest },
    { name: `newest first${odd ? ', odd dates' : ''}`, list: [...oldest].reverse() },
  ];
});

describe.each(logs)('a prepared log of 9,000 activities, $name', ({ list }) => {
  const log = preparedLog(list, today);
  const byDate = byPosition(list);
  const dates = byDate.map((i) => list[i]!.date);

  it('hands out the lists reading every activity gives', () => {
    expect(log.byDate).toEqual(byDate);
    expect(Array.from(log.order)).toEqual(byDate);
    expect(log.dates).toEqual(dates);
    expect(log.ids).toEqual(list.map((a) => a.id));
    expect(log.logDates).toEqual(list.map((a) => a.date));
    const errors = list.map((a) => validateActivity(a, today));
    expect(log.errors).toEqual(errors);
    expect(errors.filter((e) => e.length > 0).length).toBeGreaterThan(10);
    list.forEach((a, i) => {
      expect(errorsAt(log, i)).toEqual(errors[i]);
      expect(idAt(log, i)).toBe(a.id);
      expect(dateAt(log, i)).toBe(a.date);
    });
  });

  it('makes each activity’s facts once, across its blocks', () => {
    for (const i of [0, 1, 4095, 4096, 4097, 8191, 8192, list.length - 1]) {
      const f = factsAt(log, i);
      expect(f).toEqual(factsOf(list[i]!));
      expect(factsAt(log, i)).toBe(f);
    }
  });

  it('finds a date’s bounds as a search of the dates as texts does', () => {
    const days = new Set<string>(oddDates);
    for (const d of dates.filter((_, k) => k % 7 === 0)) {
      days.add(d);
      if (d.length === 10 && !oddDates.includes(d)) {
        days.add(addDays(d, 1));
        days.add(addDays(d, -1));
      }
    }
    for (const d of ['1990-01-01', '2099-12-31', '2026-11-22x', '9999-99-99']) days.add(d);
    for (const day of days) {
      expect(dateBoundIn(log, day, true)).toBe(dateBound(dates, day, true));
      expect(dateBoundIn(log, day)).toBe(dateBound(dates, day));
    }
  });

  it('orders equal dates by id as sorting does', () => {
    const byDateId = [...byDate].sort((x, y) =>
      list[x]!.date !== list[y]!.date
        ? 0
        : list[x]!.id < list[y]!.id
          ? -1
          : list[x]!.id > list[y]!.id
            ? 1
            : 0,
    );
    expect(Array.from(dateIdOrder(log))).toEqual(byDateId);
  });

  /** Done education with an area split in the last 12 months, read activity by activity. */
  function learnedByReading(asOf: string) {
    const from = lastTwelveMonthsFrom(asOf);
    return areas.map((area) => {
      let quarters = 0;
      const ids: string[] = [];
      for (const a of list) {
        if (a.status === 'planned' || isGivingBack(a.type) || !a.split) continue;
        if (a.date > asOf || a.date < from || !(a.split[area] > 0)) continue;
        quarters += Math.round(a.split[area] * 4);
        ids.push(a.id);
      }
      return { hours: quarters / 4, activityIds: ids };
    });
  }

  function leadershipByReading(asOf: string, before?: LeadershipBefore) {
    let quarters = 0;
    const ids: string[] = [];
    for (const a of list) {
      if (a.type !== 'course-or-training' || a.status === 'planned' || !a.split) continue;
      if (a.date > asOf || !(a.split.powerSkills > 0)) continue;
      if (before && a.date <= before.upTo) continue;
      quarters += Math.round(a.split.powerSkills * 4);
      ids.push(a.id);
    }
    if (before) {
      quarters += before.quarters;
      ids.push(...before.activityIds);
    }
    return { hours: quarters / 4, activityIds: ids };
  }

  it.each(['2026-11-22', '2024-02-29', '2021-06-30'])(
    'counts learning and leadership on %s as reading every activity does',
    (asOf) => {
      const got = areas.map((area) => {
        const { hours, activityIds } = learningHours(list, area, asOf);
        return { hours, activityIds };
      });
      const expected = learnedByReading(asOf);
      expect(got).toEqual(expected);
      expect(expected[1]!.activityIds.length).toBeGreaterThan(50);
      expect(leadershipTrainingHours(list, asOf)).toEqual(leadershipByReading(asOf));
      for (const upTo of ['2020-05-31', '2026-02-30']) {
        const before = { upTo, quarters: 8, activityIds: ['kept'] };
        expect(leadershipTrainingHours(list, asOf, before)).toEqual(
          leadershipByReading(asOf, upTo <= asOf ? before : undefined),
        );
      }
    },
  );
});
