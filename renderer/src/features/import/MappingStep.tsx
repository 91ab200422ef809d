import { useId } from 'react';
import {
  NO_HEADER_ROW,
  type HeaderChoice,
  type ImportField,
} from '../../../../shared/domain/import';
import { Field } from '../../components/Field';
import { ColumnTable } from './ColumnTable';
import { headerChoiceText, importFieldLabels, noHeaderRowText } from './messages';
import { ReadOptions } from './ReadOptions';
import type { ImportWizard, LoadedFile } from './use-import-wizard';

interface Props {
  file: LoadedFile;
  wizard: ImportWizard;
}

function Missing({ fields }: { fields: readonly ImportField[] }) {
  if (fields.length === 0) return null;
  const names = fields.map((f) =>
    f === 'amount' ? 'Amount (or an area column)' : importFieldLabels[f],
  );
  return (
    <p className="form-summary" role="alert">
      Choose a column for: {names.join(', ')}.
      {fields.includes('type') ? ' Or choose a type for rows without one.' : ''}
    </p>
  );
}

/**
 * Which row names the columns: Ascent's guess, any other of the first rows, or none (a file
 * whose every row is an activity). Rows above the chosen one are not imported.
 */
function HeaderRowChoice(props: {
  headerRow: number;
  choices: readonly HeaderChoice[];
  onChoose: (row: number) => void;
}) {
  return (
    <div className="import-header-row">
      <Field
        label="Which row holds the column names?"
        hint="Rows above it are not imported. If no row names the columns, choose “None”."
      >
        <select value={props.headerRow} onChange={(e) => props.onChoose(Number(e.target.value))}>
          {props.choices.map((c) => (
            <option key={c.row} value={c.row}>
              {headerChoiceText(c)}
            </option>
          ))}
          <option value={NO_HEADER_ROW}>{noHeaderRowText}</option>
        </select>
      </Field>
    </div>
  );
}

/** Step 2: what each column holds, as Ascent guessed it; every choice can be changed. */
export function MappingStep({ file, wizard }: Props) {
  const id = useId();
  const { options, evidence } = wizard;
  const unnamed = file.setup.headerRow === NO_HEADER_ROW;
  return (
    <section className="card import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>2. Check the columns</h2>
      <HeaderRowChoice
        headerRow={file.setup.headerRow}
        choices={wizard.headerChoices}
        onChoose={wizard.setHeaderRow}
      />
      <p className="hint">
        {unnamed
          ? 'The file names no columns: choose what each column holds, or ignore it.'
          : 'Ascent guessed what each column holds from its name. Change any guess, or ignore a column.'}
      </p>
      <Missing fields={wizard.missing} />
      <ColumnTable
        fileName={file.name}
        header={file.setup.header}
        rows={file.table.rows}
        headerRow={file.setup.headerRow}
        mapping={options?.mapping ?? []}
        onChange={wizard.setColumn}
      />
      {options && (
        <ReadOptions
          unit={options.unit}
          onUnit={wizard.setUnit}
          choicesReset={wizard.choicesReset}
          dateOrder={options.dateOrder}
          evidence={evidence}
          onDateOrder={wizard.setDateOrder}
          defaultType={options.defaultType}
          onDefaultType={wizard.setDefaultType}
        />
      )}
    </section>
  );
}
