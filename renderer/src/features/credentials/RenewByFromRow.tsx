import type { CredentialRule } from '../../../../shared/catalog/credentials';
import { formatDate } from '../../components/format';
import { confidenceWords, sourceText } from './messages';

/**
 * "Why this number?" for the day a rule's renew-by dates began (PRINCE2 Foundation: exams from
 * 1 Jan 2023, domain-facts §3 and §5.4): shown with its source, how sure, and what other
 * sources say. Not a number the holder replaces: a certificate that does show a renew-by date
 * is entered by recording the exam that gave it one.
 */
export function RenewByFromRow({ rule }: { rule: CredentialRule }) {
  const from = rule.renewByFrom;
  if (!from) return null;
  const disagreement = from.disagreement;
  return (
    <li className="rule-row">
      <div className="rule-main">
        <span className="rule-label">Certificates have a renew-by date from exams on</span>
        <strong className="rule-value">{formatDate(from.value)}</strong>
        <span className={`confidence c-${from.confidence}`}>{confidenceWords(from).tag}</span>
      </div>
      <details>
        <summary>Why this date?</summary>
        <dl className="facts">
          <dt>Source</dt>
          <dd>{sourceText(from.source)}</dd>
          <dt>How sure</dt>
          <dd>{confidenceWords(from).text}</dd>
          <dt>What it means</dt>
          <dd>
            A {rule.acronym} certificate from an earlier exam has no renew-by date and needs no
            continuing education, until you pass another exam in the suite (or this one again) on or
            after that day.
          </dd>
          {disagreement && (
            <>
              <dt>Sources disagree</dt>
              <dd>
                <ul>
                  {disagreement.alternatives.map((a, i) => (
                    <li key={i}>{a.source}</li>
                  ))}
                </ul>
                <p>Chosen because: {disagreement.chosenBecause}</p>
              </dd>
            </>
          )}
        </dl>
      </details>
    </li>
  );
}
