/**
 * A seeded profile for the report tests, written as a backup file with the app's own encoder
 * and restored through the app: Dana Okafor with a PMP and a PMI-RMP, 200 credit-log
 * activities (some planned, ten with evidence), goals with milestones, a study plan with
 * blocks and sessions, and journal entries with reflections.
 */
import { encodeBackup } from '../../renderer/src/db/backup/encode';
import type { CourseRow, EventRow, MediaRow } from '../../renderer/src/db/repositories/journal';
import type { StudySessionRow } from '../../renderer/src/db/repositories/study-log';
import type { StudyBlockRow, StudyPlanRow } from '../../renderer/src/db/repositories/study-plans';
import { LATEST_SCHEMA_VERSION, latestTables } from '../../renderer/src/db/schema';

const now = '2026-11-01T09:00:00.000Z';
const stamp = { createdAt: now, updatedAt: now };

/** Evidence bytes that no text encoding would keep intact by accident. */
export function evidenceBytes(n: number): Uint8Array {
  const head = new TextEncoder().encode(`%PDF-1.4 certificate ${n}\n`);
  const body = Uint8Array.from({ length: 3000 + n * 17 }, (_, i) => (i * 31 + n * 7) % 256);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

function day(offset: number): string {
  const d = new Date(Date.UTC(2025, 0, 20) + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface SeededActivity {
  id: string;
  date: string;
  title: string;
  amount: number;
  status: string;
}

/** 200 activities every 3.5 days from 20 Jan 2025; the last five are planned (after today). */
export function seededActivities(): (SeededActivity & Record<string, unknown>)[] {
  return Array.from({ length: 200 }, (_, i) => {
    const amount = 1 + (i % 4) * 0.5; // 1, 1.5, 2, 2.5 hours
    const planned = i >= 195;
    return {
      id: `act-${String(i + 1).padStart(3, '0')}`,
      date: planned ? day(700 + i - 195) : day(Math.floor(i * 3.45)),
      title: `Learning activity ${i + 1}`,
      provider: i % 2 ? 'PMI chapter' : 'Online academy',
      type: 'course-or-training',
      amount,
      unit: 'hours',
      split: { waysOfWorking: amount - 0.5, powerSkills: 0.25, businessAcumen: 0.25 },
      status: planned ? 'planned' : 'earned',
      ...stamp,
    };
  });
}

/** Evidence on every 20th activity: act-001, act-021, … act-181. */
export function seededEvidence() {
  return Array.from({ length: 10 }, (_, k) => {
    const data = evidenceBytes(k);
    return {
      id: `ev-${k}`,
      activityId: `act-${String(k * 20 + 1).padStart(3, '0')}`,
      name: k === 3 ? 'scan: page/1.png' : `certificate-${k}.pdf`,
      mimeType: 'application/pdf',
      size: data.byteLength,
      data,
      addedAt: now,
    };
  });
}

/** Typed rows as the backup format holds them: plain objects. */
const plain = (rows: readonly object[]): Record<string, unknown>[] =>
  rows.map((r) => Object.fromEntries(Object.entries(r)));

/**
 * A study plan towards the first goal with four planned blocks and three sessions in October
 * 2026, and one timer session logged without a plan: rows as the study planner stores them.
 */
export function seededStudy(): {
  plans: StudyPlanRow[];
  blocks: StudyBlockRow[];
  sessions: StudySessionRow[];
} {
  const plans: StudyPlanRow[] = [
    {
      id: 'plan-1',
      title: 'PgMP exam preparation',
      target: { kind: 'goal', goalId: 'goal-1' },
      hoursNeeded: 60,
      start: '2026-10-01',
      deadline: '2027-01-29',
      availabilityOverride: {},
      blackouts: [],
      sessionMinutes: 120,
      bufferDays: 7,
      dayStart: '18:00',
      status: 'active',
      ...stamp,
    },
  ];
  const blocks = [0, 7, 14, 21].map((d, i): StudyBlockRow => ({
    id: `blk-${i}`,
    planId: 'plan-1',
    date: `2026-10-${String(5 + d).padStart(2, '0')}`,
    start: '18:00',
    minutes: 120,
    edited: false,
    ...stamp,
  }));
  const sessions = [0, 7, 14].map((d, i): StudySessionRow => ({
    id: `ses-${i}`,
    planId: 'plan-1',
    date: `2026-10-${String(5 + d).padStart(2, '0')}`,
    minutes: 90,
    topic: 'Programme governance',
    source: 'manual',
    activityId: null,
    ...stamp,
  }));
  sessions.push({
    id: 'ses-free',
    planId: null,
    date: '2026-11-02',
    minutes: 30,
    topic: 'Benefits register',
    source: 'timer',
    activityId: null,
    ...stamp,
  });
  return { plans, blocks, sessions };
}

/**
 * A completed course and a chapter event with reflections, a book finished in the report's
 * year and one read long before it: rows as the learning journal stores them.
 */
export function seededJournal(): { courses: CourseRow[]; events: EventRow[]; media: MediaRow[] } {
  const courses: CourseRow[] = [
    {
      id: 'course-1',
      title: 'Benefits realisation masterclass',
      provider: 'Online academy',
      format: 'virtual',
      status: 'completed',
      start: '2026-03-02',
      end: '2026-03-20',
      contactHours: 14,
      cost: { amount: 450, currency: 'EUR' },
      link: '',
      topic: 'general',
      split: null,
      notes: 'Benefits need owners from day one.',
      reflection: {
        learned: 'Benefit maps make value visible.',
        apply: 'I will add a benefit map to every business case.',
      },
      ...stamp,
    },
  ];
  const events: EventRow[] = [
    {
      id: 'event-1',
      name: 'Chapter night: portfolio reviews',
      kind: 'chapter-meeting',
      organiser: 'PMI chapter',
      start: '2026-09-17',
      end: '2026-09-17',
      place: 'Utrecht',
      virtual: false,
      cost: null,
      link: '',
      notes: 'Met two PMO leads.',
      contactIds: [],
      reflection: { learned: '', apply: 'I will run a quarterly portfolio review.' },
      ...stamp,
    },
  ];
  const book = (id: string, title: string, date: string): MediaRow => ({
    id,
    kind: 'reading',
    title,
    author: 'A. Writer',
    date,
    hours: 4,
    area: 'businessAcumen',
    link: '',
    notes: '',
    ...stamp,
  });
  return {
    courses,
    events,
    media: [
      book('media-1', 'The PMO handbook', '2026-06-10'),
      book('media-0', 'Old notes', '2024-05-01'),
    ],
  };
}

function otherRows() {
  const profile = {
    id: 'me',
    name: 'Dana Okafor',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: 0, tue: 2, wed: 0, thu: 1.5, fri: 0, sat: 3, sun: 0 },
    ...stamp,
  };
  const credentials = [
    {
      id: 'held-pmp',
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2025-01-15',
      renewals: [],
      ...stamp,
    },
    {
      id: 'held-rmp',
      credentialId: 'pmi-rmp',
      stage: 'earned',
      earnedDate: '2024-06-01',
      renewals: [],
      ...stamp,
    },
  ];
  const goals = [
    {
      id: 'goal-1',
      title: 'Earn 30 learning hours this year',
      kind: 'education',
      target: {
        type: 'number',
        value: 30,
        unit: 'hours',
        measure: { source: 'learning-credits', area: 'all' },
      },
      startDate: '2026-01-01',
      targetDate: '2026-12-31',
      milestones: [
        { id: 'm1', title: 'Finish the risk course', due: '2026-06-30', doneOn: '2026-06-20' },
        { id: 'm2', title: 'Present at the chapter', due: '2026-12-15', doneOn: null },
      ],
      status: 'active',
      ...stamp,
    },
  ];
  const { plans: studyPlans, blocks: studyBlocks, sessions: studySessions } = seededStudy();
  const { courses, events, media } = seededJournal();
  return {
    profile: [profile],
    credentials,
    goals,
    studyPlans: plain(studyPlans),
    studyBlocks: plain(studyBlocks),
    studySessions: plain(studySessions),
    courses: plain(courses),
    events: plain(events),
    media: plain(media),
  };
}

/** The backup file's bytes. */
export async function seededBackup(): Promise<Buffer> {
  const { bytes } = await encodeBackup(
    {
      schemaVersion: LATEST_SCHEMA_VERSION,
      tables: {
        // A backup lists every table, empty or not.
        ...Object.fromEntries(latestTables().map((t) => [t, []])),
        ...otherRows(),
        activities: seededActivities(),
        evidence: seededEvidence(),
      },
    },
    { appVersion: '0.4.0', exportedAt: now },
  );
  return Buffer.from(bytes);
}
