import {
  applicationStatusOf,
  applicationValidityOf,
  type HeldCredential,
} from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import {
  applicationProblemText,
  applicationStatusText,
  applicationWhyText,
} from './application-words';

/**
 * A PMI exam application's eligibility on a credential not earned yet (application.ts): until
 * when the exam can be sat, the attempts used, and what to do about a problem. Nothing for an
 * earned credential, an exam without such a rule, or when the person has given neither the
 * approval date nor the attempts.
 */
export function ApplicationEligibility({
  credential,
  asOf,
}: {
  credential: HeldCredential;
  asOf: LocalDate;
}) {
  const status = applicationStatusOf(credential, asOf);
  if (!status) return null;
  return (
    <div className="application-eligibility">
      <p>{applicationStatusText(status)}</p>
      {status.problems.length > 0 && (
        <div className="warning-text" role="note" aria-label="Exam application">
          <ul>
            {status.problems.map((p) => (
              <li key={p.code}>{applicationProblemText(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted">{applicationWhyText(applicationValidityOf(credential.credentialId)!)}</p>
    </div>
  );
}
