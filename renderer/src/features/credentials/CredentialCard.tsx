import {
  areas,
  type CreditUnit,
  type CredentialRule,
} from '../../../../shared/catalog/credentials';
import type { CredentialStatus, HeldWithRule } from '../../../../shared/domain/credentials';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { formatDate, formatNumber } from '../../components/format';
import { CycleBar, ProgressBar } from './charts';
import {
  amount,
  areaLabels,
  bodyLabels,
  credentialStatusLabels,
  cycleStatusLabels,
  daysLeftText,
  shortfallText,
  uncreditedCategoryNames,
} from './messages';

interface Props {
  held: HeldWithRule;
  status: CredentialStatus;
  evaluation: CycleEvaluation | null;
}

export function credentialTitle(rule: CredentialRule): string {
  return rule.acronym === rule.name ? rule.name : `${rule.acronym} — ${rule.name}`;
}

/** One credential at a glance: status, the current cycle, per-area progress, what is missing. */
export function CredentialCard({ held, status, evaluation }: Props) {
  const { rule, credential } = held;
  return (
    <article className="card credential-card" aria-labelledby={`cred-${credential.id}`}>
      <header className="card-header">
        <h2 id={`cred-${credential.id}`}>
          <a href={hrefFor('credentials', credential.id)}>{credentialTitle(rule)}</a>
        </h2>
        <span className={`pill status-${status}`}>{credentialStatusLabels[status]}</span>
      </header>
      <p className="muted">{rule.body === 'custom' ? rule.bodyName : bodyLabels[rule.body]}</p>
      {evaluation ? (
        <CycleSummary evaluation={evaluation} rule={rule} />
      ) : (
        <NoCycle status={status} rule={rule} />
      )}
    </article>
  );
}

function NoCycle({ status, rule }: { status: CredentialStatus; rule: CredentialRule }) {
  if (rule.cycleKind === 'lifetime')
    return <p>Valid for life: no continuing education is needed.</p>;
  if (status === 'target' || status === 'preparing' || status === 'exam-booked') {
    return <p>Not earned yet. Its cycle starts on the day you pass the exam.</p>;
  }
  return <p>Add the date you earned it to see its cycle.</p>;
}

/**
 * "10 PDUs counted of 60"; past the total, "86 PDUs counted — 60 required", since "86 of 60"
 * reads as a mistake.
 */
function countedText(counted: number, total: number, unit: CreditUnit): string {
  return counted > total
    ? `${amount(counted, unit)} counted — ${formatNumber(total)} required`
    : `${amount(counted, unit)} counted of ${formatNumber(total)}`;
}

export function CycleSummary({
  evaluation: ev,
  rule,
}: {
  evaluation: CycleEvaluation;
  rule: CredentialRule;
}) {
  const total = ev.requirement.total;
  const unit = ev.unit;
  const uncredited = uncreditedCategoryNames(rule, ev);
  return (
    <div className="cycle-summary">
      <p>
        Cycle {ev.cycleIndex + 1}: {formatDate(ev.start)} – {formatDate(ev.end)} ·{' '}
        <strong>{cycleStatusLabels[ev.status]}</strong>
        {ev.deadline && ` · ${daysLeftText(ev.daysLeft)}`}
      </p>
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
      {ev.shortfalls.length > 0 && (
        <div className="shortfalls">
          {/* A renewed cycle asks for nothing more: these are what the log does not show. */}
          <h3>{ev.renewedOn ? 'Not shown in your log' : 'Still missing'}</h3>
          <ul>
            {ev.shortfalls.map((s, i) => (
              <li key={i}>{shortfallText(s, unit, uncredited)}</li>
            ))}
          </ul>
          {ev.pace && ev.deadline && (
            <p className="muted">
              To finish on time: about {amount(ev.pace.perMonth, unit)} a month (
              {formatNumber(ev.pace.perWeek)} a week).
            </p>
          )}
        </div>
      )}
      {ev.met && <p className="met">All requirements of this cycle are met.</p>}
      {rule.carryOverMax && ev.carryOut.length > 0 && (
        <p className="muted">
          {amount(
            ev.carryOut.reduce((s, p) => s + p.hours, 0),
            unit,
          )}{' '}
          would carry over to the next cycle.
        </p>
      )}
    </div>
  );
}
