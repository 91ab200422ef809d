/**
 * Fills an empty sample database with a made-up but realistic career, through the same
 * repositories (and so the same validation) as the user's own records. Dates are placed
 * relative to `today`, so the sample always looks current.
 */
import { addDays, addMonths, type LocalDate } from '../../../../shared/dates';
import type { ActivityType } from '../../../../shared/catalog/credentials';
import type { SkillId, SkillLevel } from '../../../../shared/catalog/skills/skills';
import type { Store } from '../../db/database';
import { saveProfile } from '../../db/repositories/profile';
import { saveHeld } from '../../db/repositories/credentials';
import { saveActivity } from '../../db/repositories/activities';
import { markSampleLoaded } from '../../db/repositories/sample-loaded';
import { seedJournal, seedPastConference } from './seed-journal';
import { seedStudy } from './seed-study';
import {
  saveAssessment,
  saveContactHours,
  saveDegree,
  saveGoal,
  saveRole,
} from '../../db/repositories/career';

export const SAMPLE_NAME = 'Sam Rivera';

type Split = [number, number, number];
/**
 * [months ago, days offset, title, provider, type, hours, split (WoW, Power, Business)]. Last
 * month's regional conference is not here: it is a journal event with its confirmed credit
 * entry (seedPastConference), so the journal and the ladder count it too.
 */
const activities: [number, number, string, string, ActivityType, number, Split | null][] = [
  [13, 3, 'Risk workshop for PMO analysts', 'PMI chapter', 'course-or-training', 7, [4, 2, 1]],
  [12, 10, 'Reading: The PMO handbook', 'Self-study', 'read', 4, [1, 1, 2]],
  [
    11,
    2,
    'Chapter meeting: benefits realisation',
    'PMI chapter',
    'organization-meetings',
    2,
    [0, 1, 1],
  ],
  [10, 15, 'Agile estimation webinar', 'Online', 'online-or-digital-media', 1.5, [1.5, 0, 0]],
  [9, 6, 'Negotiation skills course', 'Training provider', 'course-or-training', 14, [0, 10, 4]],
  [8, 20, 'Mentoring a new coordinator', 'Own organisation', 'share-knowledge', 6, null],
  [
    7,
    4,
    'Portfolio prioritisation course',
    'Training provider',
    'course-or-training',
    10,
    [3, 2, 5],
  ],
  [6, 12, 'Podcast series on PMO value', 'Online', 'online-or-digital-media', 3, [0, 1, 2]],
  [5, 8, 'Talk at the chapter: dashboards that work', 'PMI chapter', 'give-presentation', 3, null],
  [
    4,
    18,
    'Financial basics for project people',
    'Online course',
    'course-or-training',
    8,
    [0, 0, 8],
  ],
  [3, 5, 'Leading change course', 'Training provider', 'course-or-training', 12, [2, 8, 2]],
  [2, 9, 'Reading: Agile PMO patterns', 'Self-study', 'read', 5, [3, 1, 1]],
  [
    0,
    -6,
    'Coaching conversation on stakeholder mapping',
    'Mentor',
    'informal-learning',
    1.5,
    [0, 1.5, 0],
  ],
];

const skills: [SkillId, SkillLevel][] = [
  ['leadership', 3],
  ['communication', 4],
  ['analytical', 4],
  ['organisational', 4],
  ['technicalTools', 3],
  ['businessAcumen', 2],
  ['adaptability', 3],
  ['organisationalChange', 2],
];

function must<T extends { ok: boolean }>(result: T, what: string): T {
  if (!result.ok) throw new Error(`The sample ${what} could not be saved.`);
  return result;
}

function activityDate(today: LocalDate, monthsAgo: number, offset: number): LocalDate {
  const day = addDays(addMonths(today, -monthsAgo), offset);
  return day > today ? today : day;
}

async function seedCareer(store: Store, today: LocalDate): Promise<void> {
  const year = Number(today.slice(0, 4));
  const roles = [
    [
      'Project Coordinator',
      'Harbour Logistics',
      'Logistics',
      year - 9,
      year - 6,
      ['project-team', 'pmo'],
    ],
    [
      'Project Manager',
      'Northgate Health',
      'Healthcare',
      year - 6,
      year - 3,
      ['leading-projects', 'risk'],
    ],
    ['PMO Analyst', 'Brightline Energy', 'Energy', year - 3, null, ['pmo', 'scheduling', 'agile']],
  ] as const;
  for (const [title, organisation, industry, from, to, roleTypes] of roles) {
    const input = {
      title,
      organisation,
      industry,
      start: `${from}-03`,
      end: to === null ? null : `${to}-02`,
      roleTypes: [...roleTypes],
    };
    must(await saveRole(store, input, today), 'role');
  }
  const degree = {
    level: 'bachelor' as const,
    field: 'Business Administration',
    institution: 'City University',
    year: year - 10,
    gacAccredited: false,
  };
  must(await saveDegree(store, degree, today), 'degree');
  must(await saveContactHours(store, { hours: 40 }, today), 'contact hours');
  for (const [skill, level] of skills) {
    must(await saveAssessment(store, { skill, level, date: addMonths(today, -1) }, today), 'skill');
  }
}

/**
 * Writes the whole sample career, then notes what it holds (so leaving can tell what the user
 * added); throws (with nothing more to do) if any record is refused.
 */
export async function seedSample(store: Store, today: LocalDate): Promise<void> {
  const profile = must(
    await saveProfile(store, {
      name: SAMPLE_NAME,
      currentRung: 'pmo-analyst',
      targetRung: 'pmo-manager',
      education: 'bachelor',
      gacAccredited: false,
      weeklyAvailability: { mon: '', tue: '1.5', wed: '', thu: '1.5', fri: '', sat: '3', sun: '' },
    }),
    'profile',
  );
  const pmpEarned = addMonths(today, -14);
  must(
    await saveHeld(store, { credentialId: 'pmp', stage: 'earned', earnedDate: pmpEarned }, today),
    'PMP',
  );
  const examDate = addMonths(today, 4);
  const pmocp = must(
    await saveHeld(store, { credentialId: 'pmi-pmocp', stage: 'exam-booked', examDate }, today),
    'PMI-PMOCP',
  );
  for (const [ago, offset, title, provider, type, hours, split] of activities) {
    const date = activityDate(today, ago, offset);
    if (date < pmpEarned) continue;
    const input = {
      date,
      title,
      provider,
      type,
      amount: hours,
      unit: 'hours' as const,
      split: split
        ? { waysOfWorking: split[0], powerSkills: split[1], businessAcumen: split[2] }
        : null,
      status: 'earned' as const,
    };
    must(await saveActivity(store, input, today), 'activity');
  }
  await seedPastConference(store, today, activityDate(today, 1, 14));
  await seedCareer(store, today);
  await seedJournal(store, today);
  if (profile.ok && pmocp.ok)
    await seedStudy(store, today, pmocp.value.id, examDate, profile.profile.weeklyAvailability);
  must(
    await saveGoal(
      store,
      {
        title: 'Earn the PMI-PMOCP',
        why: 'The PMO Manager roles I want ask for it.',
        kind: 'credential',
        target: {
          type: 'number',
          value: 1,
          unit: 'count',
          measure: { source: 'credentials', anyOf: ['pmi-pmocp'] },
        },
        startDate: addMonths(today, -2),
        targetDate: addMonths(today, 5),
        milestones: [
          {
            id: 'sample-m1',
            title: 'Finish the prep course',
            due: addMonths(today, 2),
            doneOn: null,
          },
        ],
        status: 'active',
      },
      today,
    ),
    'goal',
  );
  // Last, always: the loaded row says the sample was filled to its end (isSampleFilled), and
  // before it was kept the goal was the last write, which is how older samples are told.
  await markSampleLoaded(store);
}
