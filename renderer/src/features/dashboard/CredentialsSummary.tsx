import { useMemo } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { applicationStatusOf, byStanding } from '../../../../shared/domain/credentials';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import {
  credentialHeadline,
  type CredentialHeadline,
} from '../../../../shared/domain/dashboard/credential-headline';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { formatDate, formatNumber } from '../../components/format';
import { useCreditSummary } from '../../db/credit-summary';
import { applicationProblemText } from '../credentials/application-words';
import { countedText } from '../credentials/counted-words';
import {
  credentialStatusLabels,
  cycleStatusText,
  inDaysText,
  unitWord,
} from '../credentials/messages';

/**
 * The card's first line: a suspended credential and what to do ("PMP is suspended: renew by 4
 * Dec 2027 — your log meets the requirement: record the renewal on its page."), else the next
 * cycle end ("Next cycle end: PMP on 14 Jan 2028 — in 418 days."). It is named a cycle end, not
 * "the next deadline", because Next deadlines beside it also lists exams, goals and events,
 * which may come sooner.
 */
export function Headline({ h, held }: { h: CredentialHeadline; held: HeldWithRule }) {
  const name = <strong>{held.rule.acronym}</strong>;
  if (h.kind === 'deadline') {
    return (
      <p className="next-deadline">
        Next cycle end: {name} on {formatDate(h.date)} — {inDaysText(h.daysLeft)}
        {h.met ? ' (requirements met)' : ''}.
      </p>
    );
  }
  const next = h.logMeetsRule
    ? ' — your log meets the requirement: record the renewal on its page'
    : h.remaining !== null && h.remaining > 0
      ? ` — log ${formatNumber(h.remaining)} more ${unitWord(held.rule.unit, h.remaining)} first`
      : '';
  return (
    <p className="next-deadline">
      {name} is suspended: renew by {formatDate(h.renewBy)}
      {next}.
    </p>
  );
}

/**
 * The cycle's figures in the credential page's words ("10 PDUs counted of 60", past the total
 * "86 PDUs counted — 60 required": countedText); its status only when the credential's own
 * label does not say it already.
 */
function cycleText(ev: CycleEvaluation, statusLabel: string, asOf: LocalDate): string {
  const cycleLabel = cycleStatusText(ev, asOf);
  const figures = countedText(ev.counted.total, ev.requirement.total, ev.unit);
  return cycleLabel === statusLabel ? figures : `${cycleLabel} · ${figures}`;
}

/** Every credential's status, led by a suspended credential or the next cycle end, on the dashboard. */
export function CredentialsSummary() {
  const today = useToday();
  const data = useCreditSummary(today);
  const headline = useMemo(
    () => (data ? credentialHeadline(data.withRules, data.evaluations, today) : null),
    [data, today],
  );
  if (!data) return null;
  const headlineHeld = headline && data.withRules.find((h) => h.credential.id === headline.heldId);
  // As on the Credentials screen (byStanding): expired ones after the others, latest first.
  const standing = byStanding(data.withRules, today, { alsoHeld: data.withRules });
  const listed = [...standing.held, ...standing.noLongerHeld];

  return (
    <section className="card" aria-labelledby="dash-credentials">
      <h2 id="dash-credentials">
        <a href={hrefFor('credentials')}>Credentials</a>
      </h2>
      {data.withRules.length === 0 ? (
        <p>
          No credentials yet. <a href={hrefFor('credentials')}>Add the ones you hold or aim for</a>{' '}
          to see their cycles and deadlines here.
        </p>
      ) : (
        <>
          {headline && headlineHeld && <Headline h={headline} held={headlineHeld} />}
          <ul className="dash-credentials">
            {listed.map(({ held: h, status }) => {
              const ev = data.evaluations.get(h.credential.id);
              // An exam application's problems (all attempts used, eligibility over), as on the
              // credential's card: the dashboard is where a person looks before booking.
              const problems = applicationStatusOf(h.credential, today)?.problems ?? [];
              return (
                <li key={h.credential.id}>
                  <a href={hrefFor('credentials', h.credential.id)}>{h.rule.acronym}</a>{' '}
                  <span className={`pill status-${status}`}>{credentialStatusLabels[status]}</span>
                  {ev && <span> {cycleText(ev, credentialStatusLabels[status], today)}</span>}
                  {problems.map((p) => (
                    <p key={p.code} className="warning-text">
                      {applicationProblemText(p)}
                    </p>
                  ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
