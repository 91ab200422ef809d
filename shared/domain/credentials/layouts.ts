/**
 * How each body lays its cycles out in the calendar (domain-facts §1, §3, §4). A layout
 * gives the first frame from the certification date, the next frame after a renewal, and
 * which renewals can renew a frame; cycles.ts turns frames into cycles.
 */
import type { CredentialRule, CycleEndRule } from '../../catalog/credentials';
import type { LocalDate } from '../../dates';
import {
  anniversary,
  dayAfter,
  dayBefore,
  earlierOf,
  firstOfYear,
  lastOfYear,
  yearOf,
} from './calendar';
import type { Renewal } from './held';

export interface CyclePeriod {
  start: LocalDate;
  end: LocalDate;
}

export interface Frame {
  start: LocalDate;
  /** Last day of the cycle: the renew-by date. */
  end: LocalDate;
  periods: CyclePeriod[];
  /** Last day of the suspension that follows an unrenewed end, when the rule has one. */
  suspensionEnd: LocalDate | null;
  lapseKind: 'expired' | 'not-current';
}

export interface Layout {
  first(earned: LocalDate): Frame;
  next(previous: Frame, index: number, renewal: Renewal): Frame;
  renews(frame: Frame, renewal: Renewal): boolean;
  /** Last day whose activities count towards a renewed frame. */
  countTo(frame: Frame, renewal: Renewal): LocalDate;
  /**
   * The frame as a renewal leaves it, where the renewal cuts it short (PeopleCert's exam
   * before the renew-by date); absent, or the frame itself, where it does not.
   */
  closedBy?(frame: Frame, renewal: Renewal): Frame;
}

function lastDay(anchor: LocalDate, months: number, rule: CycleEndRule): LocalDate {
  const day = anniversary(anchor, months);
  return rule === 'anniversary' ? day : dayBefore(day);
}

const inWindow = (frame: Frame, r: Renewal) =>
  r.date >= frame.start && r.date <= (frame.suspensionEnd ?? frame.end);
const defaultCountTo = (frame: Frame, r: Renewal) => (r.date > frame.end ? r.date : frame.end);

/**
 * PMI, IIBA, Scrum Alliance, Disciplined Agile and custom credentials: cycles anchored to
 * the certification date. PMI (§1, B): the cycle ends the day before the third anniversary;
 * the next starts on the anniversary whenever the renewal happened; unrenewed, suspended for
 * `suspensionMonths`, then expired.
 */
export function anniversaryLayout(earned: LocalDate, months: number, rule: CredentialRule): Layout {
  const endRule = rule.cycleEnd?.value ?? 'day-before-anniversary';
  const suspension = rule.suspensionMonths?.value ?? 0;
  const frame = (index: number): Frame => {
    const from = anniversary(earned, index * months);
    const start = index === 0 || endRule !== 'anniversary' ? from : dayAfter(from);
    const end = lastDay(earned, (index + 1) * months, endRule);
    const suspensionEnd =
      suspension > 0 ? lastDay(earned, (index + 1) * months + suspension, endRule) : null;
    return {
      start: index === 0 ? earned : start,
      end,
      periods: [],
      suspensionEnd,
      lapseKind: 'expired',
    };
  };
  return {
    first: () => frame(0),
    next: (_previous, index) => frame(index),
    renews: inWindow,
    countTo: defaultCountTo,
  };
}

/** `count` CPD years of 12 months from the start; the last one runs to the renew-by day. */
function cycleYears(start: LocalDate, end: LocalDate, count: number): CyclePeriod[] {
  const periods: CyclePeriod[] = [];
  for (let i = 0; i < count; i += 1) {
    const from = anniversary(start, 12 * i);
    if (from > end) break;
    const last = i === count - 1;
    periods.push({
      start: from,
      end: last ? end : earlierOf(dayBefore(anniversary(start, 12 * (i + 1))), end),
    });
  }
  return periods;
}

/**
 * A frame ending on `end`, earlier than its own: its sub-periods end there too, and those
 * starting after it are gone.
 */
function endedOn(frame: Frame, end: LocalDate): Frame {
  const periods = frame.periods
    .filter((p) => p.start <= end)
    .map((p) => ({ start: p.start, end: earlierOf(p.end, end) }));
  return { ...frame, end, periods };
}

/**
 * PeopleCert (§3, B): renew-by = exam + 3 years; a later exam in the suite starts a new
 * cycle on its date; the CPD route (20 points in each 12-month period) extends the renew-by
 * date by 3 years. Unrenewed, the certificate is "not current", never revoked. An exam
 * (recorded, or another in the suite) before the renew-by date ends the cycle the day before
 * it (closedBy), so cycles never overlap: the old one shows and is judged to that day, and
 * what is done from the exam on counts in the new one only (countTo).
 */
export function peopleCertLayout(months: number, rule: CredentialRule): Layout {
  const endRule = rule.cycleEnd?.value ?? 'anniversary';
  const frame = (start: LocalDate, anchor: LocalDate): Frame => {
    const end = lastDay(anchor, months, endRule);
    return {
      start,
      end,
      periods: cycleYears(start, end, Math.max(1, Math.ceil(months / 12))),
      suspensionEnd: null,
      lapseKind: 'not-current',
    };
  };
  return {
    first: (earned) => frame(earned, earned),
    next: (previous, _index, r) => {
      if (r.method === 'exam') return frame(r.date, r.date);
      const start = dayAfter(previous.end);
      return frame(start, endRule === 'anniversary' ? previous.end : start);
    },
    renews: (f, r) =>
      r.method === 'exam' ? r.date > f.start : r.date >= f.start && r.date <= f.end,
    countTo: (f, r) => (r.method === 'exam' ? earlierOf(f.end, dayBefore(r.date)) : f.end),
    closedBy: (f, r) =>
      r.method === 'exam' && r.date <= f.end ? endedOn(f, dayBefore(r.date)) : f,
  };
}

/**
 * ISACA (§4, A/B): at least the annual minimum every calendar year and the total per fixed
 * 3-year period. The fixed period starts on 1 January after certification; hours earned
 * between the certification date and that 1 January count towards the first year (ISACA
 * CPE policy, M). The next period starts on 1 January whatever the renewal date.
 */
export function isacaLayout(earned: LocalDate, months: number): Layout {
  const years = Math.max(1, Math.round(months / 12));
  const base = yearOf(earned) + 1;
  const frame = (index: number): Frame => {
    const firstYear = base + index * years;
    const periods: CyclePeriod[] = [];
    for (let y = firstYear; y < firstYear + years; y += 1) {
      periods.push({ start: firstOfYear(y), end: lastOfYear(y) });
    }
    if (index === 0 && periods[0]) periods[0].start = earned;
    const start = periods[0]?.start ?? earned;
    return {
      start,
      end: lastOfYear(firstYear + years - 1),
      periods,
      suspensionEnd: null,
      lapseKind: 'expired',
    };
  };
  return {
    first: () => frame(0),
    next: (_previous, index) => frame(index),
    renews: inWindow,
    countTo: defaultCountTo,
  };
}
