import { useId, useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { claimStatuses, type ClaimStatus } from '../../../../shared/domain/credits';
import { Field } from '../../components/Field';
import { claimStatusLabels } from '../credentials/messages';
import type { FieldsProps } from './form-types';
import { claimForLabel } from './messages';

interface Props extends FieldsProps {
  earned: readonly HeldWithRule[];
}

/** Claim status per credential (issue 3 part 3) and "do not count it for this credential". */
export function PerCredentialFields({ draft, update, errorFor, earned }: Props) {
  const id = useId();
  // Open at first when something is already set; afterwards the user opens and closes it.
  const [initiallyOpen] = useState(
    () => Object.keys(draft.claims).length > 0 || draft.excludedFrom.length > 0,
  );
  if (earned.length === 0) return null;

  function setClaim(ruleId: string, value: ClaimStatus | '') {
    const claims = { ...draft.claims };
    if (value) claims[ruleId] = value;
    else delete claims[ruleId];
    update({ claims });
  }
  function setExcluded(ruleId: string, excluded: boolean) {
    const rest = draft.excludedFrom.filter((x) => x !== ruleId);
    update({ excludedFrom: excluded ? [...rest, ruleId] : rest });
  }

  return (
    <details className="cl-per-credential" open={initiallyOpen}>
      <summary>Per credential: a different claim status, or leave it out</summary>
      {earned.map((h) => {
        const ruleId = h.rule.id;
        const boxId = `${id}-${ruleId}`;
        return (
          <div key={h.credential.id} className="cl-credential-options">
            <Field label={claimForLabel(h.rule.acronym)} error={errorFor(`claims.${ruleId}`)}>
              <select
                name={`claims.${ruleId}`}
                value={draft.claims[ruleId] ?? ''}
                onChange={(e) => setClaim(ruleId, e.target.value as ClaimStatus | '')}
              >
                <option value="">Same as above ({claimStatusLabels[draft.status]})</option>
                {claimStatuses.map((s) => (
                  <option key={s} value={s}>
                    {claimStatusLabels[s]}
                  </option>
                ))}
              </select>
            </Field>
            <div className="checkbox-field">
              <input
                type="checkbox"
                id={boxId}
                checked={draft.excludedFrom.includes(ruleId)}
                onChange={(e) => setExcluded(ruleId, e.target.checked)}
              />
              <label htmlFor={boxId}>Do not count it for {h.rule.acronym}</label>
            </div>
          </div>
        );
      })}
    </details>
  );
}
