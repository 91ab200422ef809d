import { takesSemesterCredits } from '../../../../shared/catalog/credentials';
import { amountUnits, type AmountUnit } from '../../../../shared/domain/credits';
import { Field } from '../../components/Field';
import type { FieldsProps } from './form-types';
import {
  activityLabels as labels,
  amountHint,
  amountUnitLabels,
  SEMESTER_CREDITS_HINT,
} from './messages';

/**
 * How much: amount, its unit, the share relevant to the profession and, for a university
 * course, its semester credits (ISACA counts those, domain-facts §4). The credits field is
 * shown only for the types that take them; what was typed in it stays in the draft when the
 * type changes, and is saved only with such a type (activityFromDraft).
 */
export function AmountFields({ draft, update, errorFor }: FieldsProps) {
  return (
    <fieldset>
      <legend>How much</legend>
      <div className="cl-row">
        <Field label={labels.amount} hint={amountHint(draft.unit)} error={errorFor('amount')}>
          <input
            type="text"
            inputMode="decimal"
            name="amount"
            value={draft.amount}
            onChange={(e) => update({ amount: e.target.value })}
          />
        </Field>
        <Field label={labels.unit} error={errorFor('unit')}>
          <select
            name="unit"
            value={draft.unit}
            onChange={(e) => update({ unit: e.target.value as AmountUnit })}
          >
            {amountUnits.map((u) => (
              <option key={u} value={u}>
                {amountUnitLabels[u]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={labels.relevantPercent}
          hint="Only the relevant part counts: 15 hours at 50 % is 7.5."
          error={errorFor('relevantPercent')}
        >
          <input
            type="text"
            inputMode="decimal"
            name="relevantPercent"
            value={draft.relevantPercent}
            onChange={(e) => update({ relevantPercent: e.target.value })}
          />
        </Field>
      </div>
      {takesSemesterCredits(draft.type) && (
        <Field
          label={labels.semesterCredits}
          hint={SEMESTER_CREDITS_HINT}
          error={errorFor('semesterCredits')}
        >
          <input
            type="text"
            inputMode="decimal"
            name="semesterCredits"
            value={draft.semesterCredits}
            onChange={(e) => update({ semesterCredits: e.target.value })}
          />
        </Field>
      )}
    </fieldset>
  );
}
