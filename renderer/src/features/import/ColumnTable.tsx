import {
  NO_HEADER_ROW,
  importFields,
  type ColumnMapping,
  type ImportField,
} from '../../../../shared/domain/import';
import { importFieldLabels } from './messages';

interface Props {
  fileName: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  headerRow: number;
  mapping: ColumnMapping;
  onChange: (column: number, field: ImportField | null) => void;
}

const EXAMPLES = 3;

/** The first few filled cells of a column below the header, to recognise it by. */
function examples(rows: Props['rows'], headerRow: number, column: number): string[] {
  const out: string[] = [];
  for (let i = headerRow + 1; i < rows.length && out.length < EXAMPLES; i += 1) {
    const cell = rows[i]![column]?.trim();
    if (cell) out.push(cell);
  }
  return out;
}

export const columnName = (header: readonly string[], i: number) =>
  header[i]?.trim() || `Column ${i + 1} (no name)`;

/** Step 2's table: one row per column of the file, each with what it is imported as. */
export function ColumnTable({ fileName, header, rows, headerRow, mapping, onChange }: Props) {
  return (
    <div
      className="cl-table-wrap table-scroll scroll-region"
      role="region"
      aria-label="Columns of the file"
      tabIndex={0}
    >
      <table className="cl-table import-columns">
        <caption>
          {headerRow === NO_HEADER_ROW
            ? `Columns of ${fileName} (the file names no columns)`
            : `Columns of ${fileName}, named in row ${headerRow + 1}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First values</th>
            <th scope="col">Import as</th>
          </tr>
        </thead>
        <tbody>
          {header.map((_, i) => {
            const name = columnName(header, i);
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td className="import-examples">
                  {examples(rows, headerRow, i).join(' · ') || '—'}
                </td>
                <td>
                  <select
                    aria-label={`Import column “${name}” as`}
                    value={mapping[i] ?? ''}
                    onChange={(e) => onChange(i, (e.target.value || null) as ImportField | null)}
                  >
                    <option value="">Ignore this column</option>
                    {importFields.map((f) => (
                      <option key={f} value={f}>
                        {importFieldLabels[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
