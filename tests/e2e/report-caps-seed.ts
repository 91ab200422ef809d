/**
 * A small profile for the report's caps, units and long names (report.spec.ts), written as a
 * backup file with the app's own encoder: Robin Aalto holds a PMP from 10 Mar 2024 with 30 h of
 * volunteering (Giving Back counts at most 25 PDUs a cycle) and 38.5 h of education, a CSM
 * earned on 1 Nov 2026 with one hour logged since, and a PMI-PMOCP exam booked for 22 Mar 2027;
 * a study plan with a long name; a goal to hold the PMI-PMOCP.
 */
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';

const now = '2026-11-01T09:00:00.000Z';
const stamp = { createdAt: now, updatedAt: now };

export const LONG_PLAN =
  'PMI-PMOCP exam preparation: PMO services, governance and value delivery, with weekly practice tests and mock exams';

const split = (waysOfWorking: number, powerSkills: number, businessAcumen: number) => ({
  waysOfWorking,
  powerSkills,
  businessAcumen,
});

function rows() {
  const activity = (id: string, date: string, type: string, amount: number, s: object) => ({
    id,
    date,
    title: id === 'act-vol' ? 'Chapter volunteering' : `Course ${id.slice(4)}`,
    provider: 'PMI chapter',
    type,
    amount,
    unit: 'hours',
    split: s,
    status: 'earned',
    ...stamp,
  });
  return {
    profile: [
      {
        id: 'me',
        name: 'Robin Aalto',
        currentRung: 'pmo-analyst',
        targetRung: 'pmo-director',
        education: 'bachelor',
        gacAccredited: false,
        weeklyAvailability: { mon: 1, tue: 1, wed: 1, thu: 1, fri: 0, sat: 2, sun: 0 },
        ...stamp,
      },
    ],
    credentials: [
      {
        id: 'held-pmp',
        credentialId: 'pmp',
        stage: 'earned',
        earnedDate: '2024-03-10',
        renewals: [],
        ...stamp,
      },
      {
        id: 'held-csm',
        credentialId: 'csm',
        stage: 'earned',
        earnedDate: '2026-11-01',
        renewals: [],
        ...stamp,
      },
      {
        id: 'held-pmocp',
        credentialId: 'pmi-pmocp',
        stage: 'exam-booked',
        examDate: '2027-03-22',
        renewals: [],
        ...stamp,
      },
    ],
    activities: [
      activity('act-vol', '2026-05-02', 'volunteer', 30, split(0, 0, 0)),
      activity('act-edu', '2026-04-15', 'course-or-training', 37.5, split(13.5, 12, 12)),
      activity('act-one', '2026-11-10', 'course-or-training', 1, split(1, 0, 0)),
    ],
    goals: [
      {
        id: 'goal-pmocp',
        title: 'Earn the PMI-PMOCP',
        kind: 'credential',
        target: {
          type: 'number',
          value: 1,
          unit: 'count',
          measure: { source: 'credentials', anyOf: ['pmi-pmocp'] },
        },
        startDate: '2026-01-01',
        targetDate: '2027-06-30',
        milestones: [],
        status: 'active',
        ...stamp,
      },
    ],
    studyPlans: [
      {
        id: 'plan-long',
        title: LONG_PLAN,
        target: { kind: 'goal', goalId: 'goal-pmocp' },
        hoursNeeded: 40,
        start: '2026-10-01',
        deadline: '2027-03-15',
        availabilityOverride: {},
        blackouts: [],
        sessionMinutes: 120,
        bufferDays: 7,
        dayStart: '18:00',
        status: 'active',
        ...stamp,
      },
    ],
    studyBlocks: [5, 12].map((d, i) => ({
      id: `blk-${i}`,
      planId: 'plan-long',
      date: `2026-10-${String(d).padStart(2, '0')}`,
      start: '18:00',
      minutes: 120,
      edited: false,
      ...stamp,
    })),
    studySessions: [
      {
        id: 'ses-0',
        planId: 'plan-long',
        date: '2026-10-05',
        minutes: 90,
        topic: 'PMO services',
        source: 'manual',
        activityId: null,
        ...stamp,
      },
    ],
  };
}

/** The backup file's bytes. */
export async function capsBackup(): Promise<Buffer> {
  const { bytes } = await encodeBackup(
    {
      schemaVersion: LATEST_SCHEMA_VERSION,
      tables: {
        ...Object.fromEntries(latestTables().map((t) => [t, []])),
        ...rows(),
      },
    },
    { appVersion: '0.4.0', exportedAt: now },
  );
  return Buffer.from(bytes);
}
