import { claimStatuses, type ClaimStatus } from '../../../../shared/domain/credits';
import { Field } from '../../components/Field';
import { claimStatusLabels } from '../credentials/messages';
import type { FieldsProps } from './form-types';
import { activityLabels as labels } from './messages';

/** Claim status, claim code and notes; the time in the role for Work as a practitioner. */
export function ClaimFields({ draft, update, errorFor }: FieldsProps) {
  return (
    <fieldset>
      <legend>Claim</legend>
      {draft.type === 'work-as-practitioner' && (
        <div className="cl-row">
          <Field
            label={labels.practitionerPeriod}
            hint="Practitioner PDUs are pro-rated to your time in the role."
            error={errorFor('practitionerPeriod')}
          >
            <input
              type="date"
              name="practitionerPeriod"
              value={draft.roleStart}
              onChange={(e) => update({ roleStart: e.target.value })}
            />
          </Field>
          <Field
            label={labels.roleEnd}
            hint="Blank if you are still in the role: the time then runs to the completion date."
            error={errorFor('roleEnd')}
          >
            <input
              type="date"
              name="roleEnd"
              value={draft.roleEnd}
              onChange={(e) => update({ roleEnd: e.target.value })}
            />
          </Field>
        </div>
      )}
      <Field
        label={labels.status}
        hint="Planned activities show as a projection and never count as earned."
        error={errorFor('status')}
      >
        <select
          name="status"
          value={draft.status}
          onChange={(e) => update({ status: e.target.value as ClaimStatus })}
        >
          {claimStatuses.map((s) => (
            <option key={s} value={s}>
              {claimStatusLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={labels.claimCode}
        hint="The provider’s activity or course number, if it has one."
      >
        <input
          type="text"
          name="claimCode"
          value={draft.claimCode}
          onChange={(e) => update({ claimCode: e.target.value })}
        />
      </Field>
      <Field label={labels.notes}>
        <textarea
          name="notes"
          rows={3}
          value={draft.notes}
          onChange={(e) => update({ notes: e.target.value })}
        />
      </Field>
    </fieldset>
  );
}
