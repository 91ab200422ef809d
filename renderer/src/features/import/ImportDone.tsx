import { useEffect, useRef, useState } from 'react';
import {
  isTotalsLine,
  skippedRowsExtension,
  skippedRowsFileName,
  skippedRowsTable,
  splitSkipped,
  type RowOutcome,
} from '../../../../shared/domain/import';
import { hrefFor } from '../../app/routes';
import { formatNumber } from '../../components/format';
import { notSavedText } from '../../components/storage-messages';
import { usePlatform } from '../../platform';
import { guardsFormulae } from '../credit-log/csv-text';
import { LeftOutRows } from './LeftOutRows';
import { RowOutcomeTable } from './RowOutcomeTable';
import { skippedRowsText } from './skipped-csv';
import { doneText, rowsAboveText, undoneText } from './messages';
import { skippedCsvLabels, skippedProblems, skippedSavedText } from './skipped-text';
import type { LoadedFile } from './use-import-wizard';

/** At most this many skipped rows are drawn; the saved CSV has them all. */
const SHOWN = 200;

/** "Save the skipped rows as CSV": the rows as the file had them, each with its problem. */
function SaveSkipped({ file, skipped }: { file: LoadedFile; skipped: readonly RowOutcome[] }) {
  const platform = usePlatform();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setNote(null);
    try {
      const table = skippedRowsTable(
        file.table.rows,
        file.setup.headerRow,
        skipped,
        skippedCsvLabels,
      );
      const { delimiter } = file.table;
      const tabs = skippedRowsExtension(delimiter) === 'txt';
      const outcome = await platform.saveFile({
        suggestedName: skippedRowsFileName(file.name, delimiter),
        mimeType: tabs ? 'text/tab-separated-values;charset=utf-8' : 'text/csv;charset=utf-8',
        filters: [
          tabs
            ? { name: 'Text (tab-separated)', extensions: ['txt'] }
            : { name: 'CSV (spreadsheet)', extensions: ['csv'] },
        ],
        content: skippedRowsText(table, delimiter),
      });
      if (outcome.saved)
        setNote({
          text: skippedSavedText(outcome.fileName, skipped.length, guardsFormulae(table)),
          error: false,
        });
    } catch (e) {
      setNote({ text: notSavedText('The file', e), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="actions import-save-skipped">
      <button type="button" onClick={() => void save()} disabled={busy}>
        {/* On the desktop a Save dialog follows; on the web the file downloads at once. */}
        {platform.kind === 'desktop'
          ? 'Save the skipped rows as CSV…'
          : 'Save the skipped rows as CSV'}
      </button>
      <span role="status" className={note?.error ? 'error' : 'muted'}>
        {busy ? 'Saving…' : (note?.text ?? '')}
      </span>
    </div>
  );
}

/** The rows to correct, by their number in the file, with what was wrong with each. */
function SkippedRows({ skipped }: { skipped: readonly RowOutcome[] }) {
  const caption = `Rows not imported${
    skipped.length > SHOWN
      ? `: the first ${SHOWN} of ${formatNumber(skipped.length)} (the saved CSV has them all)`
      : ''
  }`;
  return (
    <RowOutcomeTable
      regionLabel="Skipped rows"
      caption={caption}
      reasonHeader="What was wrong"
      rows={skipped.slice(0, SHOWN)}
      reasonsOf={skippedProblems}
    />
  );
}

/**
 * The end: how many activities were imported and rows skipped, the way back, and an Undo for
 * the whole import (a file imported with the wrong unit or date order is taken back at once).
 * The skipped rows stay listed with their reasons, and can be saved as a CSV to correct and
 * import again: nothing in the file is lost because a row could not be read. The rows the user
 * left out and the totals lines not imported are listed apart (splitSkipped).
 */
export function ImportDone({
  imported,
  skipped,
  file,
  above = [],
  onUndo,
}: {
  imported: number;
  /**
   * The rows not imported (errors, duplicates not kept, rows the user left out, totals lines),
   * as they were when Import was pressed.
   */
  skipped: readonly RowOutcome[];
  /** The file imported, for the skipped rows' own cells. */
  file: LoadedFile | null;
  /**
   * The rows above the column names that hold anything: not among the skipped rows (nothing in
   * them is an activity to correct), but said.
   */
  above?: readonly number[];
  onUndo: () => Promise<void>;
}) {
  const [undoing, setUndoing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { toCorrect, leftOut } = splitSkipped(skipped);
  const totals = leftOut.filter(isTotalsLine).length;
  return (
    <section className="card import-step" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={heading} tabIndex={-1}>
        Import finished
      </h2>
      <p role="status" className="import-done">
        {doneText(imported, toCorrect.length, leftOut.length - totals, totals)}
      </p>
      {above.length > 0 && <p>{rowsAboveText(above, true)}</p>}
      {toCorrect.length > 0 && (
        <>
          <p>
            The rows below were not imported. Save them as a CSV with a Problem column, correct them
            in a spreadsheet, and import that file again.
          </p>
          {file && <SaveSkipped file={file} skipped={toCorrect} />}
          <SkippedRows skipped={toCorrect} />
        </>
      )}
      {leftOut.length > 0 && <LeftOutRows rows={leftOut} withCsv={toCorrect.length > 0} />}
      <div className="actions">
        <a className="button" href={hrefFor('credit-log')}>
          Back to the credit log
        </a>
        <button
          type="button"
          className="secondary"
          disabled={undoing}
          onClick={() => {
            setUndoing(true);
            void onUndo();
          }}
        >
          {undoing ? 'Taking the import back…' : 'Undo this import'}
        </button>
      </div>
    </section>
  );
}

/**
 * After an Undo of the import: what was taken back and what was kept, and the way back to the
 * choices (`onAgain`): an import is most often taken back for a wrong unit or date order, put
 * right there without choosing the file again.
 */
export function ImportUndone({
  removed,
  kept,
  gone,
  onAgain,
}: {
  removed: number;
  kept: number;
  gone: number;
  onAgain: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card import-step" aria-labelledby="import-undone-title">
      <h2 id="import-undone-title" ref={heading} tabIndex={-1}>
        Import taken back
      </h2>
      <p role="status">{undoneText(removed, kept, gone)}</p>
      <div className="actions">
        <button type="button" onClick={onAgain}>
          Change the choices and import again
        </button>
        <a href={hrefFor('credit-log')}>Back to the credit log</a>
      </div>
    </section>
  );
}
