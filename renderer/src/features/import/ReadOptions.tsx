import { activityTypes, type ActivityType } from '../../../../shared/catalog/credentials';
import {
  importUnits,
  type DateOrder,
  type DateOrderEvidence,
  type ImportUnit,
} from '../../../../shared/domain/import';
import { Field } from '../../components/Field';
import { activityTypeLabels } from '../credentials/messages';
import { choicesResetText, importUnitLabels } from './messages';
import type { ChoicesReset } from './use-import-wizard';

interface Props {
  unit: ImportUnit;
  onUnit: (unit: ImportUnit) => void;
  /** The choices the last file chosen set back (it names other columns), or null. */
  choicesReset: ChoicesReset | null;
  dateOrder: DateOrder;
  evidence: DateOrderEvidence | null;
  onDateOrder: (order: DateOrder) => void;
  defaultType: ActivityType | null;
  onDefaultType: (type: ActivityType | null) => void;
}

function dateOrderHint(evidence: DateOrderEvidence): string {
  if (evidence.conflict)
    return 'Your file writes dates both ways: rows that do not fit the choice are shown as errors, and rows whose date fits both ways are pointed out below.';
  if (evidence.example)
    return `Ascent read ${evidence.example} in your file, which can only be ${evidence.order === 'dmy' ? 'day first' : 'month first'}.`;
  return 'Nothing in the file tells: the choice follows your computer’s settings. Check a few rows below.';
}

function DateOrderChoice({
  dateOrder,
  evidence,
  onDateOrder,
}: Pick<Props, 'dateOrder' | 'evidence' | 'onDateOrder'>) {
  if (!evidence?.ambiguous) return null;
  const choices: [DateOrder, string][] = [
    ['dmy', 'Day first: 03/04/2026 is 3 April 2026'],
    ['mdy', 'Month first: 03/04/2026 is March 4, 2026'],
  ];
  return (
    <fieldset className="import-date-order">
      <legend>How are dates like 03/04/2026 written?</legend>
      <p className="hint">{dateOrderHint(evidence)}</p>
      {choices.map(([order, label]) => (
        <div className="radio-field" key={order}>
          <input
            type="radio"
            id={`date-order-${order}`}
            name="date-order"
            checked={dateOrder === order}
            onChange={() => onDateOrder(order)}
          />
          <label htmlFor={`date-order-${order}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Step 2's choices beside the columns: the amount's unit, dates, unrecognised types. */
export function ReadOptions(props: Props) {
  return (
    <div className="import-options">
      <Field label="The amount column counts" hint="1 PDU = 1 hour; 1 CEU = 10 hours.">
        <select value={props.unit} onChange={(e) => props.onUnit(e.target.value as ImportUnit)}>
          {importUnits.map((u) => (
            <option key={u} value={u}>
              {importUnitLabels[u]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Rows whose type Ascent does not recognise" hint="Or rows with no type at all.">
        <select
          value={props.defaultType ?? ''}
          onChange={(e) => props.onDefaultType((e.target.value || null) as ActivityType | null)}
        >
          <option value="">Show them as errors</option>
          {activityTypes.map((t) => (
            <option key={t} value={t}>
              Import as {activityTypeLabels[t]}
            </option>
          ))}
        </select>
      </Field>
      {/* Always there, so that the words are announced when a file sets choices back. */}
      <p role="status" className="hint import-choices-reset">
        {choicesResetText(props.choicesReset)}
      </p>
      <DateOrderChoice {...props} />
    </div>
  );
}
