import type { CredentialRule } from '../../../../shared/catalog/credentials';
import {
  examDayPassed,
  expiredOn,
  noRenewByBefore,
  type CredentialStatus,
  type HeldWithRule,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { CycleEvaluation } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { ApplicationEligibility } from './ApplicationEligibility';
import { RuleAppliesNotice } from './RuleAppliesNotice';
import { noRenewByText } from './no-renew-by-words';
import { CycleSummary } from './CycleSummary';
import { examDateText, examToCome } from './counted-words';
import { bodyLabels, credentialStatusLabels, examPassedText } from './messages';

interface Props {
  held: HeldWithRule;
  status: CredentialStatus;
  evaluation: CycleEvaluation | null;
  /** The person's other credentials (a suite exam may give this one a renew-by date). */
  alsoHeld?: readonly HeldWithRule[];
}

export function credentialTitle(rule: CredentialRule): string {
  return rule.acronym === rule.name ? rule.name : `${rule.acronym} — ${rule.name}`;
}

/** The id of a credential's card heading (it names the card). */
const cardHeadingId = (heldId: string) => `cred-${heldId}`;

/** A credential card's link (its name, in its heading): where focus goes to reach the card. */
export function credentialCardLink(heldId: string): HTMLAnchorElement | null {
  return document.getElementById(cardHeadingId(heldId))?.querySelector('a') ?? null;
}

/** One credential at a glance: status, the current cycle, per-area progress, what is missing. */
export function CredentialCard({ held, status, evaluation, alsoHeld }: Props) {
  const { rule, credential } = held;
  const today = useToday();
  return (
    <article className="card credential-card" aria-labelledby={cardHeadingId(credential.id)}>
      <header className="card-header">
        <h2 id={cardHeadingId(credential.id)}>
          <a href={hrefFor('credentials', credential.id)}>{credentialTitle(rule)}</a>
        </h2>
        <span className={`pill status-${status}`}>{credentialStatusLabels[status]}</span>
      </header>
      <p className="muted">{rule.body === 'custom' ? rule.bodyName : bodyLabels[rule.body]}</p>
      {evaluation ? (
        <CycleSummary
          evaluation={evaluation}
          rule={rule}
          expiredOn={
            status === 'expired'
              ? expiredOn(credential, rule, today, { alsoHeld: alsoHeld ?? [held] })
              : null
          }
        />
      ) : (
        <NoCycle
          status={status}
          rule={rule}
          examDate={credential.examDate ?? null}
          examPassed={examDayPassed(credential, today)}
          noRenewBy={noRenewByBefore(credential, rule, today, { alsoHeld: alsoHeld ?? [held] })}
        />
      )}
      <ApplicationEligibility credential={credential} asOf={today} />
      <RuleAppliesNotice credential={credential} rule={rule} />
    </article>
  );
}

function NoCycle({
  status,
  rule,
  examDate,
  examPassed,
  noRenewBy,
}: {
  status: CredentialStatus;
  rule: CredentialRule;
  examDate: LocalDate | null;
  /** The exam day has passed while the stage still says it is to come (examDayPassed). */
  examPassed: boolean;
  /** Set when the certificate has no renew-by date (noRenewByBefore): the day they began. */
  noRenewBy: LocalDate | null;
}) {
  const exam = examDateText(status, examDate);
  if (examToCome(status)) {
    return (
      <>
        {examDate && examPassed ? (
          // The day has passed and the stage still says it is to come: ask for the outcome.
          <p>
            <strong>{examPassedText(examDate)}</strong>
          </p>
        ) : examDate ? (
          <p>
            <strong>{exam}</strong>
          </p>
        ) : (
          status === 'exam-booked' && (
            <p>Exam booked. Add its date to see it among your deadlines.</p>
          )
        )}
        <p>
          {rule.cycleKind === 'lifetime'
            ? 'Valid for life: no continuing education is needed.'
            : 'Not earned yet. Its cycle starts on the day you pass the exam.'}
        </p>
      </>
    );
  }
  if (rule.cycleKind === 'lifetime')
    return <p>Valid for life: no continuing education is needed.</p>;
  if (noRenewBy) return <p>{noRenewByText(rule.acronym, noRenewBy)}</p>;
  return <p>Add the date you earned it to see its cycle.</p>;
}
