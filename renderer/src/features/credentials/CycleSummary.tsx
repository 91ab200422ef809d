/**
 * A credential's cycle at a glance, on its card and its page: dates, status, counted against
 * the total, per-area bars, what is still missing and the pace, and what carries over. On
 * PeopleCert's exam route, what to do by the renew-by date instead of a total.
 */
import { areas, type CredentialRule } from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import {
  handedOn,
  missedMinimums,
  openShortfalls,
  waysOfWorkingNotAllocated,
  type Activity,
  type CycleEvaluation,
  type Shortfall,
} from '../../../../shared/domain/credits';
import { deadlineMeaning, yearDueOn } from '../../../../shared/domain/credits/pace';
import { regainOf } from '../../../../shared/domain/credentials';
import { useToday } from '../../app/use-today';
import { formatDate, formatNumber } from '../../components/format';
import { CycleBar, ProgressBar } from './charts';
import { paceText } from './pace-words';
import {
  amount,
  areaLabels,
  cycleStatusText,
  daysLeftText,
  expiredCycleText,
  examRouteNote,
  missedMinimumAdvice,
  missedMinimumText,
  shortfallText,
  uncreditedCategoryNames,
  type ShortfallContext,
} from './messages';
import { carryOverText, countedText } from './counted-words';

/**
 * What the days left count down to: the cycle's end ("418 days left"), or once the cycle has
 * ended unrenewed, the day to renew by before the credential expires (deadlineMeaning).
 */
function deadlineText(ev: CycleEvaluation): string {
  if (deadlineMeaning(ev) !== 'renew-by') return daysLeftText(ev.daysLeft);
  return ev.daysLeft <= 0
    ? 'today is the last day to renew before it expires'
    : `${daysLeftText(ev.daysLeft)} to renew before it expires`;
}

/**
 * What the Ways of Working line needs for a credential whose Ways of Working count only where
 * the user allocates them (waysOfWorkingDefault 'chosen'): its name and the hours logged in
 * the cycle but not allocated to it, planned activities left out (waysOfWorkingNotAllocated).
 * With the log (`activities`), an activity planned for the credential that brings it nothing is
 * left out too; without it, only those the explanations show as planned. Worked out only when
 * that line is shown: the explanations it is summed from are made when first read. A start-up
 * summary has none (0: not known).
 */
function allocationOf(
  rule: CredentialRule,
  ev: CycleEvaluation,
  shortfalls: readonly Shortfall[],
  activities?: readonly Activity[],
): ShortfallContext['allocation'] {
  if (rule.categoryScheme !== 'pmi' || rule.waysOfWorkingDefault !== 'chosen') return undefined;
  if (!shortfalls.some((s) => s.code === 'AREA_MIN' && s.area === 'waysOfWorking'))
    return undefined;
  const claims = activities && { activities, credentialId: rule.id };
  return {
    credential: rule.acronym,
    notAllocated: waysOfWorkingNotAllocated(ev.activities, claims),
  };
}

/** Yearly minimums of past years that were not reached, and what that means (missedMinimums). */
function MissedYears({
  ev,
  rule,
  asOf,
}: {
  ev: CycleEvaluation;
  rule: CredentialRule;
  asOf: LocalDate;
}) {
  const missed = missedMinimums(ev, asOf);
  if (missed.length === 0) return null;
  const years = new Set(missed.map((m) => m.period.start)).size;
  return (
    <div className="shortfalls missed">
      <h3>Missed</h3>
      <ul>
        {missed.map((m, i) => (
          <li key={i}>{missedMinimumText(m, ev.unit)}</li>
        ))}
      </ul>
      <p>{missedMinimumAdvice(rule, ev.unit, years)}</p>
    </div>
  );
}

export function CycleSummary({
  evaluation: ev,
  rule,
  activities,
  expiredOn,
}: {
  evaluation: CycleEvaluation;
  rule: CredentialRule;
  /** The log the evaluation was made from, where the screen has it (allocationOf). */
  activities?: readonly Activity[];
  /** The first day the credential is expired, when it is (expiredOn, credentials/order.ts). */
  expiredOn?: LocalDate | null;
}) {
  const asOf = useToday();
  const total = ev.requirement.total;
  const unit = ev.unit;
  const uncredited = uncreditedCategoryNames(rule, ev);
  const handed = handedOn(ev);
  // A renewed cycle asks for nothing more: its gaps are all "not shown in your log". A running
  // one lists what can still be earned apart from the years already missed.
  // An expired cycle can take nothing more (domain-facts §1): no "Still missing", no pace.
  const expired = ev.status === 'expired';
  const open = expired ? [] : ev.renewedOn ? ev.shortfalls : openShortfalls(ev.shortfalls, asOf);
  const context: ShortfallContext = {
    allocation: allocationOf(rule, ev, open, activities),
    rule,
  };
  return (
    <div className="cycle-summary">
      <p>
        Cycle {ev.cycleIndex + 1}: {formatDate(ev.start)} – {formatDate(ev.end)} ·{' '}
        <strong>{cycleStatusText(ev, asOf)}</strong>
        {ev.deadline && ` · ${deadlineText(ev)}`}
      </p>
      {ev.status === 'renew-by-exam' && ev.deadline && (
        // PeopleCert's exam route (domain-facts §3): no CPD is asked; what is logged still counts.
        <>
          <p>{examRouteNote(ev.deadline)}</p>
          <p className="counted">{amount(ev.counted.total, unit)} counted in this cycle.</p>
        </>
      )}
      {total !== null && (
        <>
          <p className="counted">{countedText(ev.counted.total, total, unit)}</p>
          <CycleBar
            elapsed={ev.elapsedDays}
            days={ev.cycleDays}
            counted={ev.counted.total}
            total={total}
            label={
              ev.counted.total > total
                ? `${formatNumber(ev.counted.total)} counted, ${formatNumber(total)} required`
                : `${formatNumber(ev.counted.total)} of ${formatNumber(total)} counted`
            }
          />
        </>
      )}
      {ev.requirement.areaMin && (
        <ul className="area-bars">
          {areas.map((a) => {
            const min = ev.requirement.areaMin?.[a];
            if (min === null || min === undefined) return null;
            const have = ev.counted.byArea[a];
            return (
              <li key={a}>
                <span>{areaLabels[a]}</span>
                <ProgressBar
                  value={have}
                  target={min}
                  label={`${areaLabels[a]}: ${formatNumber(have)} of ${formatNumber(min)}`}
                />
                <span>
                  {formatNumber(have)} / {formatNumber(min)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!ev.renewedOn && !expired && <MissedYears ev={ev} rule={rule} asOf={asOf} />}
      {expired && <p>{expiredCycleText(rule.acronym, expiredOn ?? null, regainOf(rule))}</p>}
      {open.length > 0 && (
        <div className="shortfalls">
          {/* A renewed cycle asks for nothing more: these are what the log does not show. */}
          <h3>{ev.renewedOn ? 'Not shown in your log' : 'Still missing'}</h3>
          <ul>
            {open.map((s, i) => (
              <li key={i}>{shortfallText(s, unit, uncredited, context)}</li>
            ))}
          </ul>
          {ev.pace && ev.deadline && ev.remaining > 0 && (
            <p className="muted">{paceText(ev, ev.pace, ev.deadline, yearDueOn(ev, asOf))}</p>
          )}
        </div>
      )}
      {ev.met && <p className="met">All requirements of this cycle are met.</p>}
      {/* Only a cycle that meets its rule hands surplus on (handedOn, §1). */}
      {rule.carryOverMax && handed.length > 0 && (
        <p className="muted">
          {carryOverText(
            handed.reduce((s, p) => s + p.hours, 0),
            unit,
          )}
        </p>
      )}
    </div>
  );
}
