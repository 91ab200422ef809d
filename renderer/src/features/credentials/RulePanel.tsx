import { useState } from 'react';
import type { CredentialRule, Sourced } from '../../../../shared/catalog/credentials';
import {
  isOverridden,
  ruleNumbers,
  withOverride,
  type RuleNumber,
} from '../../../../shared/domain/rule-panel/rule-numbers';
import { ruleChoices } from '../../../../shared/domain/rule-panel/rule-choices';
import { parseHours } from '../../../../shared/domain/claims/activity-draft';
import { ambiguousReadings } from '../../../../shared/domain/import/numbers';
import { useToday } from '../../app/use-today';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import { unclearAmountText } from '../credit-log/messages';
import { saveHeld, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { confidenceWords, fieldErrorText, ruleNoteText, sourceText } from './messages';
import {
  numberLabel as label,
  numberValueText as valueText,
  ownNumberProblem,
  ownNumberRefusal,
  ruleSaveWords,
} from './rule-number-words';
import { RuleChoiceRow } from './RuleChoiceRow';
import { RenewByFromRow } from './RenewByFromRow';
import { RouteChoiceRow } from './RouteChoiceRow';
import { WriteGroup } from '../../components/read-only';
import { useWrittenHeld } from './use-written-held';

/** "Why this number?": every number of the rule with its source and confidence, and the user's own. */
export function RulePanel({
  held,
  rule,
  noRenewBy = false,
}: {
  held: HeldRow;
  rule: CredentialRule;
  /** The certificate has no renew-by date (noRenewByBefore): no route to choose yet. */
  noRenewBy?: boolean;
}) {
  const rows = ruleNumbers(rule);
  const choices = ruleChoices(rule);
  // Every row saves onto the row this window last wrote (useWrittenHeld).
  const [current, onSaved] = useWrittenHeld(held);
  return (
    <section className="card rule-panel" aria-labelledby="rule-title">
      <h2 id="rule-title">The rule behind the numbers</h2>
      <p className="hint">
        Bodies change their rules. Every number shows where it comes from and how sure we are;
        replace any of them with your own and Ascent uses yours for this credential. Where sources
        disagree, the panel says which reading Ascent follows and lets you pick the other.
      </p>
      {rows.length + choices.length === 0 ? (
        <p>This credential has no continuing-education numbers.</p>
      ) : (
        <WriteGroup>
          <ul className="rule-rows">
            {!noRenewBy && <RouteChoiceRow held={current} rule={rule} onSaved={onSaved} />}
            {rows
              .filter((n) => n.key === 'cycleMonths')
              .map((n) => (
                <RuleRow key={n.key} n={n} rule={rule} held={current} onSaved={onSaved} />
              ))}
            {choices.map((c) => (
              <RuleChoiceRow key={c.key} choice={c} held={current} onSaved={onSaved} />
            ))}
            <RenewByFromRow rule={rule} />
            {rows
              .filter((n) => n.key !== 'cycleMonths')
              .map((n) => (
                <RuleRow key={n.key} n={n} rule={rule} held={current} onSaved={onSaved} />
              ))}
          </ul>
        </WriteGroup>
      )}
    </section>
  );
}

function RuleRow({
  n,
  rule,
  held,
  onSaved,
}: {
  n: RuleNumber;
  rule: CredentialRule;
  held: HeldRow;
  onSaved: (saved: HeldRow) => void;
}) {
  const store = useStore();
  const today = useToday();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const overridden = isOverridden(held.overrides, n.key);
  const inputId = `override-${n.key}`;
  // The field is emptied once a number is saved: anything typed in it is not saved yet, and
  // leaving the page asks first, as every other form does.
  useUnsavedChanges(text.trim() !== '');

  async function save(value: number | undefined) {
    const overrides = withOverride(held.overrides, n.key, value);
    try {
      // Onto the row as shown only: a change made in another window since is not overwritten.
      const result = await saveHeld(store, { ...held, overrides }, today, held);
      if (!result.ok) {
        if ('conflict' in result) return setError(ruleSaveWords.conflict);
        const first = result.errors[0];
        // Worded for this row: a refusal about the total reads differently under a minimum.
        return setError(
          ownNumberRefusal(n, rule, first?.code) ??
            fieldErrorText(first?.code ?? 'INVALID', first && { ...first, field: n.key }),
        );
      }
      onSaved(result.value);
    } catch (e) {
      // A storage failure (read-only data, a full disk) must not pass silently: the number in
      // use stays as it was, and the row says so.
      return setError(
        e instanceof StorageError ? storageErrorText(e.code) : ruleSaveWords.unexpected,
      );
    }
    setError(undefined);
    setText('');
  }

  function submitOwn() {
    const typed = text.trim();
    // "1,500" or "1.500" could be 1500 or 1.5: asked, as the credit log asks (parseHours).
    const readings = ambiguousReadings(typed);
    if (readings) return setError(unclearAmountText(typed, readings));
    const problem = ownNumberProblem(n, rule, typed.replace(',', '.'));
    if (problem) return setError(problem);
    void save(parseHours(typed));
  }

  return (
    <li className="rule-row">
      <div className="rule-main">
        <span className="rule-label">{label(n, rule)}</span>
        <strong className="rule-value">{valueText(n, rule)}</strong>
        <span className={`confidence c-${n.sourced.confidence}`}>
          {confidenceWords(n.sourced).tag}
        </span>
      </div>
      <details>
        <summary>Why this number?</summary>
        <Provenance sourced={n.sourced} n={n} rule={rule} />
      </details>
      <div className="override">
        <label htmlFor={inputId}>Your number for “{label(n, rule)}”</label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), submitOwn())}
        />
        <button type="button" className="secondary" onClick={submitOwn}>
          Use my number
        </button>
        {overridden && (
          <button type="button" className="secondary" onClick={() => void save(undefined)}>
            Back to the catalogue’s number
          </button>
        )}
        {error && (
          <p className="error" id={`${inputId}-error`}>
            {error}
          </p>
        )}
      </div>
    </li>
  );
}

function Provenance({
  sourced,
  n,
  rule,
}: {
  sourced: Sourced<number | null>;
  n: RuleNumber;
  rule: CredentialRule;
}) {
  const note = ruleNoteText(sourced.note);
  return (
    <dl className="facts">
      <dt>Source</dt>
      <dd>{sourceText(sourced.source)}</dd>
      {sourced.url && (
        <>
          <dt>Address</dt>
          <dd className="url">{sourced.url}</dd>
        </>
      )}
      <dt>How sure</dt>
      <dd>{confidenceWords(sourced).text}</dd>
      {note && (
        <>
          <dt>Note</dt>
          <dd>{note}</dd>
        </>
      )}
      {sourced.replaced && (
        <>
          <dt>Catalogue’s number</dt>
          <dd>
            {valueText({ ...n, sourced: sourced.replaced }, rule)} (
            {sourceText(sourced.replaced.source)})
          </dd>
        </>
      )}
      {sourced.disagreement && (
        <>
          <dt>Sources disagree</dt>
          <dd>
            <ul>
              {sourced.disagreement.alternatives.map((a, i) => (
                <li key={i}>
                  {a.value === null ? 'Unknown' : String(a.value)} — {a.source}
                </li>
              ))}
            </ul>
            <p>Chosen because: {sourced.disagreement.chosenBecause}</p>
          </dd>
        </>
      )}
    </dl>
  );
}
