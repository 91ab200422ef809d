import { useMemo, useState } from 'react';
import {
  activitiesToImport,
  countOutcomes,
  skippedRows,
  type RowOutcome,
} from '../../../../shared/domain/import';
import type { LocalDate } from '../../../../shared/dates';
import { splitApplies } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { focusSoon } from '../../components/focus-soon';
import { useCreditData } from '../../db/credit-hooks';
import type { ActivityRow } from '../../db/repositories/activities';
import { FileStep } from './FileStep';
import { ImportActions } from './ImportActions';
import { ImportDone, ImportUndone } from './ImportDone';
import { LastImport } from './LastImport';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SampleImportNote } from './SampleImportNote';
import { useImportRun } from './use-import-run';
import { useLastImport } from './use-last-import';
import { useImportWizard, type LoadedFile } from './use-import-wizard';
import { useRowAnalysis } from './use-row-analysis';
import { WriteGroup } from '../../components/read-only';
import './import.css';

interface Props {
  activities: readonly ActivityRow[];
  today: LocalDate;
}

/** What an import was started with (startImport). */
interface Imported {
  file: LoadedFile | null;
  above: readonly number[];
  skipped: RowOutcome[];
}

/**
 * `#/credit-log/import`: a credit log from a spreadsheet (issue 4 part 5). Choose a file,
 * check the columns, check the rows, import the valid ones in one transaction. Nothing is
 * written before "Import", and a stop or a failure during it writes nothing either.
 *
 * `activities` is the log as it is now: likely duplicates follow it (an import taken back here
 * frees its rows). A row without a Talent Triangle split is warned about only where the split
 * applies, as the activity form and the log decide it (splitApplies over the credentials held).
 */
export function ImportScreen({ activities, today }: Props) {
  const held = useCreditData()?.withRules;
  const wizard = useImportWizard(today, held && splitApplies(held));
  const analysis = useRowAnalysis(wizard.file, wizard.options, activities);
  const run = useImportRun(today);
  const last = useLastImport();
  const { file, keep, leaveOut } = wizard;
  const dataRows = file ? file.table.rows.length - file.setup.headerRow - 1 : 0;
  const counts = useMemo(
    () => (analysis.outcomes ? countOutcomes(analysis.outcomes, dataRows, keep, leaveOut) : null),
    [analysis.outcomes, dataRows, keep, leaveOut],
  );
  // The file, its rows above the column names and the rows left out, as they were when Import
  // was pressed: the finished screen lists them and saves them from that file's own cells, even
  // if another file were chosen meanwhile (the steps are switched off while the import runs).
  const [imported, setImported] = useState<Imported>({ file: null, above: [], skipped: [] });
  const running = run.state.phase === 'running';

  /** From an import taken back to its choices, kept meanwhile: step 2 takes the focus. */
  function importAgain() {
    run.again();
    focusSoon(() => document.querySelector('.import-steps > section:nth-of-type(2) h2'));
  }

  if (run.state.phase === 'done')
    return (
      <div className="credit-log import">
        <h1>Import from a spreadsheet</h1>
        <ImportDone
          imported={run.state.imported}
          skipped={imported.skipped}
          file={imported.file}
          above={imported.above}
          onUndo={run.undo}
        />
      </div>
    );
  if (run.state.phase === 'undone')
    return (
      <div className="credit-log import">
        <h1>Import from a spreadsheet</h1>
        <ImportUndone
          removed={run.state.removed}
          kept={run.state.kept}
          gone={run.state.gone}
          onAgain={importAgain}
        />
      </div>
    );

  function startImport() {
    if (!analysis.outcomes || !counts) return;
    const left = skippedRows(analysis.outcomes, keep, leaveOut);
    setImported({ file, above: wizard.above, skipped: left });
    const activities = activitiesToImport(analysis.outcomes, keep, leaveOut);
    // What the Last import card said of an earlier undo is over once another import runs.
    last.reset();
    void run.start(activities, left.length, file?.name ?? null);
  }

  return (
    <div className="credit-log import">
      <div className="cl-header">
        <h1>Import from a spreadsheet</h1>
        <a href={hrefFor('credit-log')}>Back to the credit log</a>
      </div>
      <SampleImportNote />
      {run.state.phase !== 'running' && (
        // Only this part is busy until it is known whether a last import can be taken back:
        // some screen readers skip a busy region, and the file step is ready at once.
        <div className="last-import-slot" aria-busy={last.status === undefined || undefined}>
          <LastImport last={last} />
        </div>
      )}
      <WriteGroup>
        {/* Steps 1–3 are switched off while the import runs: it writes the rows read before. */}
        <fieldset className="import-steps" disabled={running}>
          <FileStep
            fileName={file?.name ?? null}
            error={wizard.loadError}
            disabled={running}
            onFile={wizard.load}
            onError={wizard.setLoadError}
          />
          {file && <MappingStep file={file} wizard={wizard} />}
          {file && (
            <PreviewStep
              file={file}
              existing={activities}
              analysis={analysis}
              counts={counts}
              above={wizard.above}
              keep={keep}
              leaveOut={leaveOut}
              waiting={wizard.missing.length > 0}
              onKeep={wizard.setKept}
              onLeaveOut={wizard.setLeftOut}
            />
          )}
        </fieldset>
        <ImportActions
          toImport={file ? (counts?.toImport ?? 0) : null}
          canImport={analysis.ready && wizard.missing.length === 0 && (counts?.toImport ?? 0) > 0}
          state={run.state}
          onImport={startImport}
          onStop={run.stop}
        />
      </WriteGroup>
    </div>
  );
}
