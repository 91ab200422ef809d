import { areas, type CredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { ActivityApplication, Contribution } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { semesterCreditsText } from '../credentials/amount-words';
import { amount, areaLabels, categoryNameIn, reasonText } from '../credentials/messages';
import { outcomeLabels } from './messages';

interface Props {
  held: readonly HeldWithRule[];
  /** applyActivity on the draft; null while the draft is not a valid activity. */
  applications: readonly ActivityApplication[] | null;
  /** Names of the fields that keep the draft from being an activity yet. */
  blocking: readonly string[];
}

function ContributionList({ c, rule }: { c: Contribution; rule: CredentialRule }) {
  const unit = rule.unit;
  const parts: [string, number][] = [
    ...areas.map((a) => [areaLabels[a], c.byArea[a]] as [string, number]),
    ['Giving Back', c.givingBack],
    [c.category ? categoryNameIn(rule, c.category) : 'Credits', c.general],
  ];
  const shown = parts.filter(([, n]) => n > 0);
  return (
    <ul className="cl-amounts">
      {shown.map(([label, n]) => (
        <li key={label}>
          {label}: <strong>{amount(n, unit)}</strong>
        </li>
      ))}
      {shown.length > 1 && <li>Total: {amount(c.total, unit)}</li>}
    </ul>
  );
}

function CredentialOutcome({ app, held }: { app: ActivityApplication; held: HeldWithRule }) {
  const unit = held.rule.unit;
  return (
    <li className={`cl-outcome cl-outcome-${app.outcome}`}>
      <h3>{held.rule.acronym}</h3>
      <p className="cl-badge">
        {outcomeLabels[app.outcome]}
        {app.cycleIndex !== null && app.outcome !== 'not-counted'
          ? ` (cycle ${app.cycleIndex + 1})`
          : ''}
      </p>
      {app.contribution && <ContributionList c={app.contribution} rule={held.rule} />}
      {app.semesterCredits && (
        <p className="cl-credits">{semesterCreditsText(app.semesterCredits, held.rule)}</p>
      )}
      {app.reasons.length > 0 && (
        <ul className="cl-reasons">
          {app.reasons.map((r, i) => (
            <li key={i}>{reasonText(r, unit, undefined, held.rule)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** How the activity being typed counts for each held credential (applyActivity, live). */
export function ActivityPreview({ held, applications, blocking }: Props) {
  const byId = new Map(held.map((h) => [h.credential.id, h]));
  return (
    <aside className="cl-preview card" aria-labelledby="cl-preview-title">
      <h2 id="cl-preview-title">How it counts</h2>
      {held.length === 0 ? (
        <p>
          Add the credentials you hold and this shows, as you type, what the activity brings to
          each. <a href={hrefFor('credentials')}>Add a credential</a>
        </p>
      ) : applications === null ? (
        <p className="muted">To see how it counts, complete or correct: {blocking.join(', ')}.</p>
      ) : (
        <>
          <p className="hint">Amounts before the cycle’s caps.</p>
          <ul className="cl-outcomes">
            {applications.map((app) => {
              const h = byId.get(app.heldId);
              return h ? <CredentialOutcome key={app.heldId} app={app} held={h} /> : null;
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
