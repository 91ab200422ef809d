/**
 * Everything the report reads, as plain arrays for the report's domain; `undefined` while
 * loading. Study and journal rows are read as stored and interpreted by shared/domain/report.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate } from '../../../../shared/dates';
import {
  readJournal,
  readStudyPlans,
  readStudyTime,
  type JournalEntry,
  type StudyPlanInfo,
  type StudyTime,
} from '../../../../shared/domain/report';
import { useGoals, useLadderPlan, useReadinessInput } from '../../db/career-hooks';
import { useProfile } from '../../db/hooks';
import { readOptionalTable } from '../../db/repositories/report';
import { useStore } from '../../db/store-context';
import { useEvidenceCounts } from '../credit-log/use-evidence';

export interface ExtraRecords {
  study: { plans: StudyPlanInfo[]; blocks: StudyTime[]; sessions: StudyTime[] };
  journal: JournalEntry[];
}

function useExtraRecords(): ExtraRecords | undefined {
  const store = useStore();
  return useLiveQuery(async () => {
    const [plans, blocks, sessions, courses, events, media] = await Promise.all(
      ['studyPlans', 'studyBlocks', 'studySessions', 'courses', 'events', 'media'].map((t) =>
        readOptionalTable(store, t),
      ),
    );
    return {
      study: {
        plans: readStudyPlans(plans!),
        blocks: readStudyTime(blocks!),
        sessions: readStudyTime(sessions!),
      },
      journal: [
        ...readJournal('course', courses!),
        ...readJournal('event', events!),
        ...readJournal('media', media!),
      ],
    };
  }, [store]);
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
