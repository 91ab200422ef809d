import type { LadderRungPlan } from '../../../../shared/catalog/ladder-requirements';
import { Field } from '../../components/Field';

/** "3. Senior PMO Analyst" or, with typical titles, "2. PMO Analyst — PMO Officer, …". */
export function rungChoiceLabel(r: LadderRungPlan): string {
  const titles = r.typicalTitles.filter((t) => t !== r.name).join(', ');
  return titles ? `${r.level}. ${r.name} — ${titles}` : `${r.level}. ${r.name}`;
}

/** A choice of rung from the user's own ladder: only the rungs that are on it now. */
export function RungSelect(props: {
  label: string;
  rungs: readonly LadderRungPlan[];
  value: string;
  error?: string | undefined;
  onChange: (v: string) => void;
}) {
  return (
    <Field label={props.label} error={props.error}>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose…</option>
        {props.rungs.map((r) => (
          <option key={r.id} value={r.id}>
            {rungChoiceLabel(r)}
          </option>
        ))}
      </select>
    </Field>
  );
}
