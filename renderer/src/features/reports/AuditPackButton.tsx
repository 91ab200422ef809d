import { useRef, useState } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { Activity, CycleEvaluation } from '../../../../shared/domain/credits';
import { claimCsvTable, claimRows } from '../../../../shared/domain/claims';
import { planAuditPack } from '../../../../shared/domain/report';
import { formatDate } from '../../components/format';
import { focusBackWhenEnabled } from '../../components/focus-soon';
import { notSavedText } from '../../components/storage-messages';
import { evidenceOfActivities } from '../../db/repositories/report';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { bodyLabels } from '../credentials/messages';
import { claimCsvLabels } from '../credit-log/claim-csv-labels';
import { toCsvText } from '../credit-log/csv-text';
import { isSampleStore } from '../sample/sample-mode';
import { auditPackFileName, readMeText, zipAuditPack } from './audit-zip';
import { plural } from './messages';

interface Props {
  held: HeldWithRule;
  /** The cycle's days, named on the button. */
  cycle: { start: string; end: string };
  /** The cycle judged, or how to judge it: the Reports screen judges a cycle only when packed. */
  evaluation: CycleEvaluation | (() => CycleEvaluation);
  activities: readonly Activity[];
}

/**
 * Saves one credential cycle's audit pack (issue 8 part 3): a zip with the claim CSV, every
 * evidence file, an index and the keep-until date. Offered on the report screen and on the
 * credential's page. Made from sample data, its file name and read-me say so.
 */
export function AuditPackButton({ held, cycle, evaluation: judged, activities }: Props) {
  const store = useStore();
  const platform = usePlatform();
  // As the printed report: the database open decides whether the pack is made of sample data.
  const sample = isSampleStore(store);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const { rule } = held;
  const cycleWords = `${formatDate(cycle.start)} to ${formatDate(cycle.end)}`;

  // The button is switched off while the pack is made, which drops the focus to the page: it
  // comes back to the button once the pack is saved, cancelled or refused.
  const button = useRef<HTMLButtonElement>(null);
  async function save() {
    const pressed = button.current;
    setBusy(true);
    setNote(null);
    try {
      // Judged here, not when listed (the Reports screen lists every cycle of every credential).
      const evaluation = typeof judged === 'function' ? judged() : judged;
      const rows = claimRows(evaluation, activities);
      if (rows.length === 0) {
        setNote({ text: 'Nothing to pack yet: no activity counts in this cycle.', error: false });
        return;
      }
      const evidence = await evidenceOfActivities(
        store,
        rows.map((r) => r.activityId),
      );
      // The claim CSV and the index say alike how a course's semester credits counted (§4).
      const labels = claimCsvLabels(rule);
      const plan = planAuditPack(rule, evaluation, rows, evidence, labels.howCounted);
      const csv = toCsvText(claimCsvTable(rows, rule, labels));
      const bytes = zipAuditPack(
        plan,
        csv,
        readMeText(
          {
            acronym: rule.acronym,
            body:
              rule.body === 'custom'
                ? (rule.bodyName ?? 'your certifying body')
                : bodyLabels[rule.body],
          },
          plan,
          evaluation,
          sample,
        ),
        evidence,
      );
      const outcome = await platform.saveFile({
        suggestedName: auditPackFileName(plan, sample),
        mimeType: 'application/zip',
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
        content: bytes,
      });
      if (outcome.saved) {
        const keep = plan.retention
          ? ` Keep it until at least ${formatDate(plan.retention.until)}.`
          : '';
        setNote({
          text: `Saved ${outcome.fileName} (${plural(plan.files.length, 'evidence file', 'evidence files')}).${keep}`,
          error: false,
        });
      }
    } catch (e) {
      setNote({ text: notSavedText('The audit pack', e), error: true });
    } finally {
      setBusy(false);
      focusBackWhenEnabled(pressed);
    }
  }

  return (
    <div className="audit-pack">
      <button ref={button} type="button" className="secondary" onClick={save} disabled={busy}>
        Save audit pack{' '}
        <span className="visually-hidden">
          for {rule.acronym}, cycle {cycleWords}
        </span>
      </button>
      <span role="status" className={note?.error ? 'error' : 'muted'}>
        {busy ? 'Packing…' : (note?.text ?? '')}
      </span>
    </div>
  );
}
