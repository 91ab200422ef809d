import { useMemo, useState } from 'react';
import type { ActivityType } from '../../../../shared/catalog/credentials';
import type { Activity } from '../../../../shared/domain/credits';
import {
  amountUnitOf,
  dateOrderEvidence,
  decimalMarkEvidence,
  headerChoices,
  missingFields,
  NO_HEADER_ROW,
  remap,
  rowsAboveHeader,
  setUpImport,
  type ColumnMapping,
  type DateOrder,
  type ImportField,
  type ImportOptions,
  type ImportSetup,
  type ImportUnit,
} from '../../../../shared/domain/import';
import type { LocalDate } from '../../../../shared/dates';
import { readCsvFile, type CsvTable } from './csv-file';
import { localeDateOrder } from './locale';
import { numberedColumnText, refusedText } from './messages';

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

/**
 * The file set up with `headerRow` as the row of column names (Ascent's guess without one). The
 * columns of a file without such a row are shown as "Column 1", "Column 2"…
 */
function setUp(rows: CsvTable['rows'], headerRow?: number): ImportSetup {
  const setup = setUpImport(rows, headerRow);
  if (setup.headerRow !== NO_HEADER_ROW) return setup;
  return { ...setup, header: setup.header.map((_, i) => numberedColumnText(i)) };
}

/** A picked file read and set up, or the words saying why it cannot be imported. */
function loadFile(name: string, bytes: Uint8Array): LoadedFile | string {
  const table = readCsvFile(bytes);
  if ('refused' in table) return refusedText(table.refused);
  return { name, table, setup: setUp(table.rows) };
}

/** Which of the user's choices a newly chosen file set back to following the file. */
export interface ChoicesReset {
  dateOrder: boolean;
  unit: boolean;
}

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * `next` set up as `previous` was, when its columns are the same: read with the row of column
 * names the user chose for `previous`, that row names the columns exactly as it did (a file
 * without one: as many columns). Null when they differ.
 */
function sameColumns(previous: LoadedFile, next: LoadedFile): LoadedFile | null {
  const { headerRow, header } = previous.setup;
  const setup = next.setup.headerRow === headerRow ? next.setup : setUp(next.table.rows, headerRow);
  return sameNames(header, setup.header) ? { ...next, setup } : null;
}

/**
 * The wizard's choices: the file and the row that names its columns, the column mapping, the
 * amount unit, how numeric dates are read, the type for unrecognised rows, and the duplicates
 * kept and warned rows left out. Nothing here writes anything. A unit or date order the user
 * chose outlasts a change of header row; until they choose, both follow the file, the unit the
 * name of whichever column is mapped as the amount (amountUnitOf). A file chosen again with the
 * same column names (the corrected file) keeps the header row, mapping, unit and date order the
 * user chose; one with other columns starts again from what it suggests, and `choicesReset`
 * says which choices that undid.
 * `splitApplies` is whether the Talent Triangle split applies to the person (splitApplies),
 * undefined while their credentials are read: the rows wait for it.
 */
export function useImportWizard(today: LocalDate, splitApplies: boolean | undefined) {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [unitChoice, setUnitChoice] = useState<ImportUnit | null>(null);
  const [dateChoice, setDateChoice] = useState<DateOrder | null>(null);
  const [choicesReset, setChoicesReset] = useState<ChoicesReset | null>(null);
  const [defaultType, setDefaultType] = useState<ActivityType | null>(null);
  const [keep, setKeep] = useState<ReadonlySet<number>>(new Set());
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<number>>(new Set());

  const evidence = useMemo(
    () => (file ? dateOrderEvidence(file.table.rows, file.setup.headerRow, mapping) : null),
    [file, mapping],
  );
  const dateOrder = dateChoice ?? evidence?.order ?? fallbackOrder;
  const unit = unitChoice ?? (file ? amountUnitOf(file.setup.header, mapping) : 'body-unit');
  const table = file?.table;
  const choices = useMemo(() => (table ? headerChoices(table.rows) : []), [table]);
  const above = useMemo(
    () => (file ? rowsAboveHeader(file.table.rows, file.setup.headerRow) : []),
    [file],
  );
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
            mixedDateOrder: evidence?.conflict ?? false,
          }
        : null,
    [file, mapping, unit, dateOrder, defaultType, today, decimalMark, splitApplies, evidence],
  );

  function load(name: string, bytes: Uint8Array) {
    const loaded = loadFile(name, bytes);
    if (typeof loaded === 'string') {
      setLoadError(loaded);
      setFile(null);
      return;
    }
    const again = file ? sameColumns(file, loaded) : null;
    if (again) {
      setFile(again);
      setChoicesReset(null);
    } else {
      setFile(loaded);
      setMapping(loaded.setup.mapping);
      const reset = { dateOrder: dateChoice !== null, unit: unitChoice !== null };
      setChoicesReset(reset.dateOrder || reset.unit ? reset : null);
      setUnitChoice(null);
      setDateChoice(null);
    }
    setKeep(new Set());
    setLeaveOut(new Set());
    setLoadError(null);
  }

  /**
   * Another row names the columns (NO_HEADER_ROW: none does). The columns change, so the mapping
   * is proposed again over them; the unit, date order and type the user chose stay, and so do
   * the rows they kept or left out (a row keeps its number in the file).
   */
  function setHeaderRow(row: number) {
    if (!file) return;
    const setup = setUp(file.table.rows, row);
    setFile({ ...file, setup });
    setMapping(setup.mapping);
  }

  return {
    file,
    loadError,
    setLoadError,
    load,
    options,
    evidence,
    missing: missingFields(mapping, { defaultType }),
    /** The rows the user can choose as the one naming the columns (headerChoices). */
    headerChoices: choices,
    setHeaderRow,
    /** The rows above the header row that hold anything: not imported (rowsAboveHeader). */
    above,
    setColumn: (column: number, field: ImportField | null) =>
      setMapping(remap(mapping, column, field)),
    setUnit: setUnitChoice,
    /** The choices the last file chosen set back (it names other columns), or null. */
    choicesReset,
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
