import { useMemo, useState } from 'react';
import type { ActivityType } from '../../../../shared/catalog/credentials';
import type { Activity, AmountUnit } from '../../../../shared/domain/credits';
import {
  dateOrderEvidence,
  decimalMarkEvidence,
  missingFields,
  remap,
  setUpImport,
  type ColumnMapping,
  type DateOrder,
  type ImportField,
  type ImportOptions,
  type ImportSetup,
} from '../../../../shared/domain/import';
import type { LocalDate } from '../../../../shared/dates';
import { readCsvFile, type CsvTable } from './csv-file';
import { localeDateOrder } from './locale';
import { refusedText } from './messages';

export type ExistingActivity = Pick<Activity, 'id' | 'date' | 'title' | 'provider'>;

/**
 * A file as read. What its rows are compared with for duplicates is not kept here: it is the log
 * as it is now (useRowAnalysis), so an import taken back on this screen frees its rows again.
 */
export interface LoadedFile {
  name: string;
  table: CsvTable;
  setup: ImportSetup;
}

const fallbackOrder = localeDateOrder();

/** A set of row numbers with `row` in it or not. */
function toggled(rows: ReadonlySet<number>, row: number, present: boolean): ReadonlySet<number> {
  const next = new Set(rows);
  if (present) next.add(row);
  else next.delete(row);
  return next;
}

/** A picked file read and set up, or the words saying why it cannot be imported. */
function loadFile(name: string, bytes: Uint8Array): LoadedFile | string {
  const table = readCsvFile(bytes);
  if ('refused' in table) return refusedText(table.refused);
  return { name, table, setup: setUpImport(table.rows) };
}

/**
 * The wizard's choices: the file, the column mapping, the amount unit, how numeric dates
 * are read, the type for unrecognised rows, and the duplicates kept and warned rows left out.
 * Nothing here writes anything. `splitApplies` is whether the Talent Triangle split applies to
 * the person (splitApplies), undefined while their credentials are read: the rows wait for it.
 */
export function useImportWizard(today: LocalDate, splitApplies: boolean | undefined) {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [unit, setUnit] = useState<AmountUnit>('body-unit');
  const [dateChoice, setDateChoice] = useState<DateOrder | null>(null);
  const [defaultType, setDefaultType] = useState<ActivityType | null>(null);
  const [keep, setKeep] = useState<ReadonlySet<number>>(new Set());
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<number>>(new Set());

  const evidence = useMemo(
    () => (file ? dateOrderEvidence(file.table.rows, file.setup.headerRow, mapping) : null),
    [file, mapping],
  );
  const dateOrder = dateChoice ?? evidence?.order ?? fallbackOrder;
  // "1.500" is read only where the file's own numbers show its decimal mark (numbers.ts).
  const decimalMark = useMemo(
    () => (file ? decimalMarkEvidence(file.table.rows, file.setup.headerRow, mapping) : null),
    [file, mapping],
  );
  const options = useMemo<ImportOptions | null>(
    () =>
      file && splitApplies !== undefined
        ? {
            mapping,
            unit,
            dateOrder,
            defaultType,
            asOf: today,
            decimalMark,
            splitApplies,
            unclosedQuotes: file.table.quoteProblems,
          }
        : null,
    [file, mapping, unit, dateOrder, defaultType, today, decimalMark, splitApplies],
  );

  function load(name: string, bytes: Uint8Array) {
    const loaded = loadFile(name, bytes);
    if (typeof loaded === 'string') {
      setLoadError(loaded);
      setFile(null);
      return;
    }
    setFile(loaded);
    setMapping(loaded.setup.mapping);
    setUnit(loaded.setup.unit);
    setDateChoice(null);
    setKeep(new Set());
    setLeaveOut(new Set());
    setLoadError(null);
  }

  return {
    file,
    loadError,
    setLoadError,
    load,
    options,
    evidence,
    missing: missingFields(mapping, { defaultType }),
    setColumn: (column: number, field: ImportField | null) =>
      setMapping(remap(mapping, column, field)),
    setUnit,
    setDateOrder: setDateChoice,
    setDefaultType,
    keep,
    setKept: (row: number, kept: boolean) => setKeep((k) => toggled(k, row, kept)),
    /** Rows with a warning the user left out (canLeaveOut); unticked, a row is back in. */
    leaveOut,
    setLeftOut: (row: number, out: boolean) => setLeaveOut((l) => toggled(l, row, out)),
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
