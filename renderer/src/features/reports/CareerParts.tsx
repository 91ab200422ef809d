import type { ReportModel } from '../../../../shared/domain/report';
import type { OwnCredential } from '../ladder/credential-names';
import { CredentialsPart, EligibilityPart, GoalsPart, SummaryPart } from './CareerSections';

/** The career half of the report, in the order the sections are listed. */
export function CareerParts({
  model,
  own,
}: {
  model: ReportModel;
  /** The user's own credential definitions, to name them as the screens do. */
  own?: readonly OwnCredential[] | undefined;
}) {
  return (
    <>
      {model.summary && <SummaryPart s={model.summary} />}
      {model.credentials && <CredentialsPart rows={model.credentials} />}
      {model.eligibility && (
        <EligibilityPart
          exams={model.eligibility}
          shownHeldIds={new Set(model.credentials?.map((c) => c.heldId))}
        />
      )}
      {model.goals && (
        <GoalsPart
          lines={model.goals}
          own={own}
          achievedBefore={model.goalsAchievedBefore}
          begunAfter={model.goalsBegunAfter}
        />
      )}
    </>
  );
}
