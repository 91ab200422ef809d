import type { CredentialReportRow } from '../../../../shared/domain/report';
import { categoryLabel, missedMinimumText, shortfallText } from '../credentials/messages';

/**
 * Under a credential's cycle line, what its "still needed" is made of when the count alone
 * does not show it (stillNeededOf): the yearly minimums already missed, and each gap still
 * open, in the credential page's own words (missedMinimumText, shortfallText), which state
 * facts and so read as well on a report handed to a manager. Without it a PeopleCert
 * certificate read "Behind: a yearly minimum was missed. Counted 622 CPDs (60 required), 40
 * still needed.", which says neither which year nor why 40.
 */
export function CycleNeeds({ c }: { c: CredentialReportRow }) {
  const cy = c.cycle;
  if (!cy || (cy.missed.length === 0 && cy.stillNeeded.length === 0)) return null;
  const withoutCredit = cy.withoutCredit.map((k) => k.name ?? categoryLabel(k.id));
  return (
    <div className="report-needs" data-testid={`cycle-needs-${c.heldId}`}>
      {cy.missed.map((m) => (
        <p key={`${m.period.start}-${m.category ?? ''}`}>{missedMinimumText(m, c.unit, c)}</p>
      ))}
      {cy.stillNeeded.length > 0 && (
        <>
          <p id={`still-needed-${c.heldId}`}>Still needed:</p>
          <ul aria-labelledby={`still-needed-${c.heldId}`}>
            {cy.stillNeeded.map((s, i) => (
              <li key={i}>{shortfallText(s, c.unit, withoutCredit, { rule: c })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
