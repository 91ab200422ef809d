import { useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { Activity, CycleEvaluation } from '../../../../shared/domain/credits';
import { claimCsvFileName, claimCsvTable, claimRows } from '../../../../shared/domain/claims';
import { notSavedText } from '../../components/storage-messages';
import { usePlatform } from '../../platform';
import { claimCsvLabels } from './claim-csv-labels';
import { toCsvText } from './csv-text';
import { activityCount } from './messages';

interface Props {
  held: HeldWithRule;
  evaluation: CycleEvaluation;
  activities: readonly Activity[];
}

/**
 * Exports one credential cycle's counted activities as a CSV in the shape of the body's
 * claim form (issue 3 part 6): a download on the web, a save dialog on the desktop.
 */
export function CycleCsvButton({ held, evaluation, activities }: Props) {
  const platform = usePlatform();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    const rows = claimRows(evaluation, activities);
    if (rows.length === 0) {
      setNote({ text: 'Nothing to export yet: no activity counts in this cycle.', error: false });
      return;
    }
    setBusy(true);
    setNote(null);
    try {
      const outcome = await platform.saveFile({
        suggestedName: claimCsvFileName(held.rule.acronym, evaluation),
        mimeType: 'text/csv;charset=utf-8',
        filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }],
        content: toCsvText(claimCsvTable(rows, held.rule, claimCsvLabels(held.rule))),
      });
      if (outcome.saved)
        setNote({
          text: `Saved ${outcome.fileName} (${activityCount(rows.length)}).`,
          error: false,
        });
    } catch (e) {
      setNote({ text: notSavedText('The file', e), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cl-export">
      <button type="button" className="secondary" onClick={exportCsv} disabled={busy}>
        Export cycle as CSV
      </button>
      <span role="status" className={note?.error ? 'error' : 'muted'}>
        {busy ? 'Exporting…' : (note?.text ?? '')}
      </span>
    </div>
  );
}
