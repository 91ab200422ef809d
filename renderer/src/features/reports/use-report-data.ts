/**
 * Everything the report reads, as plain arrays for the report's domain; `undefined` while
 * loading. Study and journal records come through their own features' repositories, typed
 * as stored, and are interpreted by shared/domain/report. The user's own credential
 * definitions (`own`) are waited for too, so the report names them as the screens do from its
 * first drawing ("Credentials held: PMOX", never "a credential of your own" until they load).
 * Readiness reaches the report as it reaches the Dashboard and the Ladder: knowing the user's
 * own credentials (so a requirement naming a deleted one is recognised, withOwnCredentials)
 * and with the start-up summary's judged cycles (withCycleFigures), so the report's next
 * actions are the screens' next actions.
 */
import { useMemo } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import type { ReportInput } from '../../../../shared/domain/report';
import { useGoals, useLadderPlan, useReadinessInput } from '../../db/career-hooks';
import { useCreditSummary } from '../../db/credit-summary';
import { useProfile } from '../../db/hooks';
import { useJournal } from '../../db/journal-hooks';
import { useStudyData } from '../../db/study-hooks';
import { useEvidenceCounts } from '../credit-log/use-evidence';
import { withCycleFigures, withOwnCredentials } from '../ladder/credential-names';
import { useOwnCredentials } from '../ladder/use-own-credentials';

export type ExtraRecords = Pick<ReportInput, 'study' | 'journal'>;

function useExtraRecords(): ExtraRecords | undefined {
  const study = useStudyData();
  const journal = useJournal();
  return useMemo(() => {
    if (!study || !journal) return undefined;
    const { plans, blocks, sessions } = study;
    const { courses, events, media, interactions, contacts } = journal;
    return {
      study: { plans, blocks, sessions },
      journal: { courses, events, media, interactions, contacts },
    };
  }, [study, journal]);
}

export function useReportData(asOf: LocalDate) {
  const profile = useProfile();
  const plan = useLadderPlan();
  const goals = useGoals();
  const records = useReadinessInput(asOf);
  const credit = useCreditSummary(asOf);
  const evidenceCounts = useEvidenceCounts();
  const extra = useExtraRecords();
  // The same shared read the goal cards, the ladder and the report's parts name them from.
  const own = useOwnCredentials();
  const readiness = useMemo(
    () =>
      records && own && credit
        ? withCycleFigures(withOwnCredentials(records, own), credit.evaluations)
        : undefined,
    [records, own, credit],
  );
  return useMemo(() => {
    if (!profile || !plan || !goals || !readiness || !evidenceCounts || !extra || !own)
      return undefined;
    return { profile, plan, goals, readiness, evidenceCounts, extra, own };
  }, [profile, plan, goals, readiness, evidenceCounts, extra, own]);
}

export type ReportData = NonNullable<ReturnType<typeof useReportData>>;
