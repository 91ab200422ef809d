import { useState } from 'react';
import type { CycleEndRule } from '../../../../shared/catalog/credentials';
import { withChoice, type RuleChoice } from '../../../../shared/domain/rule-panel/rule-choices';
import { useToday } from '../../app/use-today';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import { saveHeld, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { confidenceWords, cycleEndActions, cycleEndLabels, sourceText } from './messages';
import { rowRefusalText } from './credential-summary';
import { ruleSaveWords } from './rule-number-words';

const choiceLabels: Record<RuleChoice['key'], string> = { cycleEnd: 'Cycle ends' };
const unexpectedText =
  'Nothing was saved because of an unexpected problem; the rule in use is unchanged. Try again.';

/**
 * A rule that is a convention rather than a number (where a cycle ends): the reading in use
 * with its source and confidence, the other reading and who gives it, and a button to use the
 * other one for this credential, saved as the credential's override like a number.
 */
export function RuleChoiceRow({
  choice,
  held,
  onSaved,
}: {
  choice: RuleChoice;
  held: HeldRow;
  /** Told the row as written (useWrittenHeld). */
  onSaved?: (saved: HeldRow) => void;
}) {
  const store = useStore();
  const today = useToday();
  const [error, setError] = useState<string | undefined>();
  const { chosen, catalogue, other } = choice;
  const label = choiceLabels[choice.key];
  const errorId = `choice-${choice.key}-error`;

  async function save(value: CycleEndRule | undefined) {
    const overrides = withChoice(held.overrides, choice, value);
    try {
      // Onto the row as shown only: a change made in another window since is not overwritten.
      const result = await saveHeld(store, { ...held, overrides }, today, held);
      if (result.ok) onSaved?.(result.value);
      setError(
        result.ok
          ? undefined
          : 'conflict' in result
            ? ruleSaveWords.conflict
            : rowRefusalText(result.errors, (f) => f.startsWith('overrides'), held.renewals),
      );
    } catch (e) {
      // A storage failure (read-only data, a full disk) must not pass silently: the rule in
      // use stays as it was, and the row says so.
      setError(e instanceof StorageError ? storageErrorText(e.code) : unexpectedText);
    }
  }

  return (
    <li className="rule-row">
      <div className="rule-main">
        <span className="rule-label">{label}</span>
        <strong className="rule-value">{cycleEndLabels[chosen.value]}</strong>
        <span className={`confidence c-${chosen.confidence}`}>{confidenceWords(chosen).tag}</span>
      </div>
      <dl className="facts">
        <dt>Source</dt>
        <dd>{sourceText(chosen.source)}</dd>
        <dt>How sure</dt>
        <dd>{confidenceWords(chosen).text}</dd>
        {choice.overridden && (
          <>
            <dt>Catalogue’s rule</dt>
            <dd>
              {cycleEndLabels[catalogue.value]} ({sourceText(catalogue.source)})
            </dd>
          </>
        )}
        <dt>{choice.disputed ? 'Sources disagree' : 'Other reading'}</dt>
        {choice.options
          .filter((o) => !o.catalogue)
          .map((o) => (
            <dd key={o.value}>
              {cycleEndLabels[o.value]} — {o.source ?? 'no source gives this reading'}
            </dd>
          ))}
        {catalogue.disagreement && (
          <>
            <dt>Chosen because</dt>
            <dd>{catalogue.disagreement.chosenBecause}</dd>
          </>
        )}
      </dl>
      <div className="override">
        {choice.overridden ? (
          <button type="button" className="secondary" onClick={() => void save(undefined)}>
            Back to the catalogue’s rule
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            aria-describedby={error ? errorId : undefined}
            onClick={() => void save(other.value)}
          >
            {cycleEndActions[other.value]}
          </button>
        )}
        {error && (
          <p className="error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
