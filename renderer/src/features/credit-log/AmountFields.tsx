import { amountUnits, type AmountUnit } from '../../../../shared/domain/credits';
import { Field } from '../../components/Field';
import type { FieldsProps } from './form-types';
import { activityLabels as labels, amountError, amountUnitLabels } from './messages';

/** How much: amount, its unit, and the share relevant to the profession. */
export function AmountFields({ draft, update, errorFor }: FieldsProps) {
  return (
    <fieldset>
      <legend>How much</legend>
      <div className="cl-row">
        <Field
          label={labels.amount}
          hint="In quarter-hour steps, e.g. 1.5 or 1,75."
          error={amountError(draft.amount, errorFor('amount'))}
        >
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
    </fieldset>
  );
}
