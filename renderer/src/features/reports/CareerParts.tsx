import type { ReportModel } from '../../../../shared/domain/report';
import { CredentialsPart, EligibilityPart, GoalsPart, SummaryPart } from './CareerSections';

/** The career half of the report, in the order the sections are listed. */
export function CareerParts({ model }: { model: ReportModel }) {
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
      {model.goals && <GoalsPart lines={model.goals} />}
    </>
  );
}
