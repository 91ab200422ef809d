/**
 * The career side: profile, settings, roles, a degree, contact hours, skill assessments and
 * goals, in the row shapes of renderer/src/db/repositories (profile.ts, career.ts).
 */
import { skillIds } from '../../../shared/catalog/skills/skills';
import { addDays, addMonths, daysBetween, type LocalDate } from '../../../shared/dates';
import { roleTypes } from '../../../shared/domain/experience';
import type { Preset } from './presets';
import { idOf, stamp, type Random } from './random';
import { industries, organisations, topics } from './words';

type Row = Record<string, unknown>;

export const BENCH_NAME = 'Dana Okafor';

export function profileRows(first: LocalDate): Record<string, Row[]> {
  return {
    profile: [
      {
        id: 'me',
        name: BENCH_NAME,
        currentRung: 'pmo-manager',
        targetRung: 'pmo-director',
        education: 'master',
        gacAccredited: false,
        weeklyAvailability: { mon: 1, tue: 2, wed: 0, thu: 2, fri: 0, sat: 3.5, sun: 0 },
        createdAt: stamp(first),
        updatedAt: stamp(first),
      },
    ],
    settings: [{ id: 'app', theme: 'system', updatedAt: stamp(first) }],
  };
}

const titles = ['Project Coordinator', 'Project Manager', 'PMO Analyst', 'Programme Manager'];

/** Consecutive roles from the career's first month to an ongoing one. */
export function roleRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate): Row[] {
  const months = Math.floor(daysBetween(first, today) / 30.5);
  const each = Math.max(1, Math.floor(months / preset.roles));
  return Array.from({ length: preset.roles }, (_, i) => {
    const start = addMonths(first, i * each).slice(0, 7);
    const last = i === preset.roles - 1;
    return {
      id: idOf('role', i),
      title: `${titles[Math.min(titles.length - 1, Math.floor((i * titles.length) / preset.roles))]}`,
      organisation: r.pick(organisations),
      industry: r.pick(industries),
      start,
      end: last ? null : addMonths(first, (i + 1) * each - 1).slice(0, 7),
      roleTypes: [r.pick(roleTypes), r.pick(['pmo', 'leading-projects'] as const)].filter(
        (t, k, all) => all.indexOf(t) === k,
      ),
      teamSize: r.int(2, 40),
      createdAt: stamp(first),
      updatedAt: stamp(first),
    };
  });
}

export function educationRows(first: LocalDate): Record<string, Row[]> {
  const year = Number(first.slice(0, 4));
  return {
    degrees: [
      {
        id: 'deg-1',
        level: 'master',
        field: 'Business Administration',
        institution: 'City University',
        year: year - 1,
        gacAccredited: false,
        createdAt: stamp(first),
        updatedAt: stamp(first),
      },
    ],
    contactHours: [
      {
        id: 'me',
        hours: 12,
        courses: [
          { title: 'PMP boot camp', hours: 35, date: addMonths(first, 30), topic: 'general' },
        ],
        updatedAt: stamp(first),
      },
    ],
  };
}

/** Every skill assessed once a year. */
export function assessmentRows(r: Random, preset: Preset, first: LocalDate): Row[] {
  const rows: Row[] = [];
  for (let y = 0; y < preset.years; y++) {
    const date = addMonths(first, 12 * y + 6);
    for (const skill of skillIds) {
      rows.push({
        id: idOf('sk', rows.length),
        skill,
        level: Math.min(5, 1 + Math.floor((y * 5) / preset.years) + r.int(0, 1)),
        date,
        createdAt: stamp(date),
      });
    }
  }
  return rows;
}

function goalTarget(r: Random, i: number) {
  switch (i % 4) {
    case 0:
      return {
        kind: 'education',
        target: {
          type: 'number',
          value: r.int(10, 60),
          unit: 'hours',
          measure: { source: 'learning-credits', area: 'all' },
        },
      };
    case 1:
      return {
        kind: 'skill',
        target: {
          type: 'number',
          value: r.int(2, 5),
          unit: 'level',
          measure: { source: 'skill', skill: r.pick(skillIds) },
        },
      };
    case 2:
      return {
        kind: 'network',
        target: {
          type: 'number',
          value: r.int(1, 4),
          unit: 'count',
          measure: { source: 'conferences' },
        },
      };
    default:
      return {
        kind: 'experience',
        target: {
          type: 'number',
          value: r.int(12, 60),
          unit: 'months',
          measure: { source: 'experience', roleTypes: ['pmo'] },
        },
      };
  }
}

/** Goals across the career: the old ones achieved or dropped, the recent ones active. */
export function goalRows(r: Random, preset: Preset, first: LocalDate, today: LocalDate): Row[] {
  const span = daysBetween(first, today);
  return Array.from({ length: preset.goals }, (_, i) => {
    const start = addDays(first, Math.floor((i * span) / preset.goals));
    const end = addMonths(start, r.int(3, 18));
    const past = end < today;
    const due = addMonths(start, 2);
    return {
      id: idOf('goal', i),
      title: `${r.pick(topics)}: goal ${i + 1}`,
      ...goalTarget(r, i),
      startDate: start,
      targetDate: end,
      milestones: [
        { id: idOf(`goal-${i}-m`, 0), title: 'First step', due, doneOn: due <= today ? due : null },
      ],
      status: past ? r.pick(['achieved', 'achieved', 'dropped'] as const) : 'active',
      createdAt: stamp(start),
      updatedAt: stamp(start),
    };
  });
}
