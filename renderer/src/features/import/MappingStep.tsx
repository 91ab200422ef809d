import { useId } from 'react';
import type { ImportField } from '../../../../shared/domain/import';
import { ColumnTable } from './ColumnTable';
import { importFieldLabels } from './messages';
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

/** Step 2: what each column holds, as Ascent guessed it; every choice can be changed. */
export function MappingStep({ file, wizard }: Props) {
  const id = useId();
  const { options, evidence } = wizard;
  return (
    <section className="card import-step" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>2. Check the columns</h2>
      <p className="hint">
        Ascent guessed what each column holds from its name. Change any guess, or ignore a column.
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
