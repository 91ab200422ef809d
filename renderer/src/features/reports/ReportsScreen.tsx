import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  buildReport,
  longLogRows,
  paperSizeForLocale,
  reportSections,
  resolvePeriod,
  choiceInForce,
  cycleWindows,
  type ReportPeriod,
  withCycleCount,
} from '../../../../shared/domain/report';
import { useToday } from '../../app/use-today';
import { focusBackWhenEnabled } from '../../components/focus-soon';
import { fileWriteProblem } from '../../components/storage-messages';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { SAMPLE_DATABASE_NAME } from '../sample/sample-mode';
import { AuditPacks } from './AuditPacks';
import { longReportText, preparingText, printRefusedText } from './messages';
import { onPrintRequest, takePrintRequest } from './print-request';
import { ReportControls, type ReportOptions } from './ReportControls';
import { ReportDocument } from './ReportDocument';
import { useReportData } from './use-report-data';
import './reports.css';

// The choices survive a visit to another screen and back (for this session), as the credit
// log's filter does. Null until the user changes one: the first choices are then read anew.
const remembered: { options: ReportOptions | null } = { options: null };

/**
 * Every section, the last 12 months, and the paper of the user's locale (paperSizeForLocale:
 * US Letter in the United States, Canada, Mexico, the Philippines…, A4 elsewhere).
 */
function defaultOptions(): ReportOptions {
  return {
    sections: new Set(reportSections),
    period: { kind: 'last-12-months' },
    pageSize: paperSizeForLocale(navigator.language),
  };
}

/** Back to the first choices (defaultOptions; tests that share one window: setup.ts). */
export function forgetReportChoices(): void {
  remembered.options = null;
}

/** The progress report (issue 8): choose sections, period and paper; print; audit packs. */
export function ReportsScreen() {
  const asOf = useToday();
  const platform = usePlatform();
  // The database actually open decides, so the report says "sample" exactly when it was
  // made from the sample records.
  const sample = useStore().db.name === SAMPLE_DATABASE_NAME;
  const data = useReportData(asOf);
  const [chosenOptions, setChosenOptions] = useState(() => remembered.options ?? defaultOptions());
  const setOptions = (next: ReportOptions) => setChosenOptions((remembered.options = next));
  const [note, setNote] = useState('');
  // The report follows the choices in the background: a long period draws thousands of rows,
  // and the controls answer at once meanwhile, saying the report is being brought up to date.
  const shown = useDeferredValue(chosenOptions);
  const updating = shown !== chosenOptions;
  const windows = useMemo(
    () => (data ? cycleWindows(data.readiness.held, asOf) : []),
    [data, asOf],
  );
  // A credential chosen earlier with no cycle in force now (deleted since, or its cycle
  // ended) gives way to the first one in force, rather than to "no cycle running".
  const options = useMemo(
    () => ({ ...chosenOptions, period: choiceInForce(chosenOptions.period, windows) }),
    [chosenOptions, windows],
  );
  const chosen = resolvePeriod(options.period, asOf, windows);
  const resolved = resolvePeriod(choiceInForce(shown.period, windows), asOf, windows);
  const periodKey = resolved.ok ? JSON.stringify(resolved.period) : null;
  const model = useMemo(() => {
    if (!data || periodKey === null) return null;
    // The credit log says how much of its hours the cycle's credential counts (cycleCountOf).
    return withCycleCount(
      buildReport({
        asOf,
        period: JSON.parse(periodKey) as ReportPeriod,
        sections: shown.sections,
        profile: data.profile,
        plan: data.plan,
        goals: data.goals,
        readiness: data.readiness,
        evidenceCounts: data.evidenceCounts,
        study: data.extra.study,
        journal: data.extra.journal,
      }),
    );
  }, [data, asOf, shown.sections, periodKey]);

  const { pageSize } = shown;
  const longRows = longLogRows(model?.creditLog ?? null);
  // One print at a time: the button is switched off while a report is printed (a long one
  // takes a minute before the save dialog opens), and has the focus back once it ends.
  const [printing, setPrinting] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const print = useCallback(() => {
    const pressed = button.current;
    setPrinting(true);
    setNote(preparingText(longRows));
    platform
      .printReport({
        pageSize,
        suggestedName: `progress-report${sample ? '-sample-data' : ''}-${asOf}.pdf`,
      })
      .then((o) => setNote(o.kind === 'pdf' && o.saved ? `Saved ${o.fileName}.` : ''))
      .catch((e: unknown) => {
        // Main says why when the report was printed but the chosen file could not be written.
        const problem = fileWriteProblem(e);
        setNote(
          problem !== null
            ? `The report was made, but its PDF was not saved. ${problem}`
            : `The report was not printed (${e instanceof Error ? e.message : String(e)}). Try again.`,
        );
      })
      .finally(() => {
        setPrinting(false);
        focusBackWhenEnabled(pressed);
      });
  }, [platform, pageSize, asOf, sample, longRows]);
  // Nothing chosen, nothing to print but a title: the button waits for a section.
  const noSections = options.sections.size === 0;
  const ready = model !== null && !updating && !noSections && !printing;
  // "Print report…" from the menu: print once the report is on the page.
  useEffect(() => {
    if (!ready) return;
    const run = () => {
      if (takePrintRequest()) print();
    };
    // After this render, so the page printed is the report just drawn.
    const timer = setTimeout(run, 0);
    const off = onPrintRequest(run);
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [ready, print]);

  // "Print report…" from the menu when no report can be made as chosen (no section, or a
  // period that cannot be used): answered now, never printed later once the choice is
  // mended. A report still loading or catching up with a good choice is waited for.
  const refusal = noSections
    ? printRefusedText.NO_SECTIONS
    : data && !chosen.ok
      ? printRefusedText[chosen.problem]
      : null;
  useEffect(() => {
    if (refusal === null) return;
    const refuse = () => {
      if (takePrintRequest()) setNote(refusal);
    };
    const timer = setTimeout(refuse, 0);
    const off = onPrintRequest(refuse);
    return () => {
      clearTimeout(timer);
      off();
      // Once the choice is mended (or changed), the refusal no longer stands beside it.
      setNote((n) => (n === refusal ? '' : n));
    };
  }, [refusal]);

  if (!data) return <p role="status">Loading…</p>;
  return (
    <div className="reports-screen">
      <header className="page-header">
        <h1>Reports</h1>
      </header>
      <ReportControls
        options={options}
        onChange={setOptions}
        cycles={windows.map((w) => ({
          heldId: w.heldId,
          label: w.acronym,
          name:
            data.readiness.held.find((h) => h.credential.id === w.heldId)?.rule.name ?? w.acronym,
          index: w.index,
          start: w.start,
          end: w.end,
        }))}
        problem={chosen.ok ? null : chosen.problem}
        asOf={asOf}
      />
      <div className="actions">
        <button ref={button} type="button" onClick={print} disabled={!ready}>
          Print report…
        </button>
        <span role="status" className="muted">
          {updating && chosen.ok ? 'Updating the report…' : note}
        </span>
      </div>
      {longRows !== null && (
        <p className="muted" data-testid="long-report">
          {longReportText(longRows)}
        </p>
      )}
      {noSections && (
        <p className="error" role="alert">
          Choose at least one section to include; the report is empty.
        </p>
      )}
      {model && chosen.ok && (
        <ReportDocument
          model={model}
          pageSize={pageSize}
          sample={sample}
          busy={updating}
          own={data.own}
        />
      )}
      <AuditPacks held={data.readiness.held} activities={data.readiness.activities} asOf={asOf} />
    </div>
  );
}
