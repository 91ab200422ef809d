/**
 * Everything the report reads, as plain arrays for the report's domain; `undefined` while
 * loading. Study and journal records come through their own features' repositories, typed
 * as stored, and are interpreted by shared/domain/report.
 */
import { useMemo } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import type { ReportInput } from '../../../../shared/domain/report';
import { useGoals, useLadderPlan, useReadinessInput } from '../../db/career-hooks';
import { useProfile } from '../../db/hooks';
import { useJournal } from '../../db/journal-hooks';
import { useStudyData } from '../../db/study-hooks';
import { useEvidenceCounts } from '../credit-log/use-evidence';

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
  const readiness = useReadinessInput(asOf);
  const evidenceCounts = useEvidenceCounts();
  const extra = useExtraRecords();
  return useMemo(() => {
    if (!profile || !plan || !goals || !readiness || !evidenceCounts || !extra) return undefined;
    return { profile, plan, goals, readiness, evidenceCounts, extra };
  }, [profile, plan, goals, readiness, evidenceCounts, extra]);
}

export type ReportData = NonNullable<ReturnType<typeof useReportData>>;
