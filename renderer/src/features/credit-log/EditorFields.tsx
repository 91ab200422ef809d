import { useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { isActivityType, isGivingBack } from '../../../../shared/catalog/credentials';
import { splitApplies } from '../../../../shared/domain/credits';
import { AmountFields } from './AmountFields';
import { CategoryFields } from './CategoryFields';
import { BasicsFields } from './BasicsFields';
import { ClaimFields } from './ClaimFields';
import { EvidenceField } from './EvidenceField';
import { earnedOnly, type FieldsProps } from './form-types';
import { activityFieldText, countsNowhereText, evidenceRefused } from './messages';
import { PerCredentialFields } from './PerCredentialFields';
import { SplitFields } from './SplitFields';
import type { ActivityForm } from './use-activity-form';
import type { EvidenceInfo } from './use-evidence';

interface Props {
  form: ActivityForm;
  held: readonly HeldWithRule[];
  /** The evidence files the stored activity has (undefined while they are read). */
  existing: EvidenceInfo[] | undefined;
}

/** The activity form's fields, from its date and type to its evidence files. */
export function EditorFields({ form, held, existing }: Props) {
  const earned = earnedOnly(held);
  const chosen = earned.filter(
    (h) => h.rule.categoryScheme === 'pmi' && h.rule.waysOfWorkingDefault === 'chosen',
  );
  // Ways of Working the activity was opened with for a credential not drawn with `chosen` (no
  // longer held, or not earned): drawn too, so that a refusal about it has a field to fix it.
  // Fixed as the form opens, so that a field emptied stays where it was.
  const [allocated] = useState(() => Object.keys(form.draft.waysOfWorkingFor));
  const undrawn = allocated
    .filter((ruleId) => !chosen.some((h) => h.rule.id === ruleId))
    .map((ruleId) => ({ ruleId, acronym: form.acronyms.get(ruleId) ?? ruleId }));
  const fields: FieldsProps = {
    draft: form.draft,
    update: form.update,
    // As the error summary words them (activityFieldText): what to type, in the unit chosen.
    errorFor: (f) => {
      const e = form.errorFor(f);
      return e ? activityFieldText(e, form.draft) : undefined;
    },
  };
  const type = form.draft.type;
  const education = isActivityType(type) && !isGivingBack(type);
  const pmi = splitApplies(held);
  return (
    <>
      <BasicsFields
        {...fields}
        dateNote={form.countsNowhere && countsNowhereText(form.countsNowhere, form.acronyms)}
        onDateBlur={form.settleDate}
        pmi={pmi}
      />
      <AmountFields {...fields} />
      {education && <SplitFields {...fields} chosen={chosen} undrawn={undrawn} pmi={pmi} />}
      <CategoryFields {...fields} earned={earned} />
      <ClaimFields {...fields} />
      <PerCredentialFields {...fields} earned={earned} />
      <EvidenceField
        existing={existing}
        removeIds={form.removeIds}
        onToggleRemove={form.toggleRemove}
        added={form.added}
        onAdd={form.addFiles}
        onRemoveAdded={form.removeAdded}
        error={
          form.evidenceErrors.map((x) => evidenceRefused(x.name ?? '', x.code, x)).join(' ') ||
          undefined
        }
      />
    </>
  );
}
