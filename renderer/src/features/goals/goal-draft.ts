import type { LocalDate } from '../../../../shared/dates';
import {
  measureUnit,
  type Goal,
  type GoalKind,
  type GoalMeasure,
  type GoalMeasureSource,
  type GoalStatus,
  type Milestone,
} from '../../../../shared/domain/goals';

/** What the goal form holds: everything as typed. */
export interface GoalDraft {
  id?: string;
  title: string;
  why: string;
  kind: GoalKind;
  status: GoalStatus;
  startDate: string;
  targetDate: string;
  targetType: 'number' | 'requirement';
  value: string;
  source: GoalMeasureSource;
  /** The measure's one parameter: role type, topic, area, skill, credential, or current count. */
  param: string;
  unitLabel: string;
  /** 'rungId|requirementId'. */
  link: string;
  milestones: Milestone[];
}

export function emptyGoalDraft(asOf: LocalDate): GoalDraft {
  return {
    title: '',
    why: '',
    kind: 'credential',
    status: 'active',
    startDate: asOf,
    targetDate: '',
    targetType: 'number',
    value: '',
    source: 'credentials',
    param: 'pmp',
    unitLabel: '',
    link: '',
    milestones: [],
  };
}

/** The default parameter of a measure, so a fresh choice is never blank. */
export function defaultParam(source: GoalMeasureSource): string {
  const defaults: Partial<Record<GoalMeasureSource, string>> = {
    experience: 'leading-projects',
    'contact-hours': 'general',
    'learning-credits': 'all',
    skill: 'leadership',
    credentials: 'pmp',
    manual: '0',
  };
  return defaults[source] ?? '';
}

function measureOf(source: GoalMeasureSource, param: string): GoalMeasure {
  switch (source) {
    case 'experience':
      return { source, roleTypes: param === 'any-role' ? 'any-role' : [param as never] };
    case 'contact-hours':
      return { source, topic: param as never };
    case 'learning-credits':
      return { source, area: param as never };
    case 'skill':
      return { source, skill: param as never };
    case 'credentials':
      return { source, anyOf: param ? [param] : [] };
    case 'manual':
      return { source, current: param.trim() === '' ? 0 : Number(param) };
    default:
      return { source } as GoalMeasure;
  }
}

function paramOf(m: GoalMeasure): string {
  switch (m.source) {
    case 'experience':
      return m.roleTypes === 'any-role' ? 'any-role' : (m.roleTypes[0] ?? '');
    case 'contact-hours':
      return m.topic;
    case 'learning-credits':
      return m.area;
    case 'skill':
      return m.skill;
    case 'credentials':
      return m.anyOf[0] ?? '';
    case 'manual':
      return String(m.current);
    default:
      return '';
  }
}

function targetOf(d: GoalDraft): Goal['target'] {
  if (d.targetType === 'requirement') {
    const [rungId, requirementId] = d.link.split('|');
    return rungId && requirementId ? { type: 'requirement', rungId, requirementId } : null;
  }
  if (d.value.trim() === '') return null;
  return {
    type: 'number',
    value: Number(d.value.trim()),
    unit: measureUnit[d.source] ?? 'custom',
    ...(d.source === 'manual' ? { unitLabel: d.unitLabel.trim() } : {}),
    measure: measureOf(d.source, d.param),
  };
}

/** The goal the draft describes (unvalidated: the repository checks it before saving). */
export function draftToGoal(d: GoalDraft): Omit<Goal, 'id'> & { id?: string } {
  return {
    ...(d.id ? { id: d.id } : {}),
    title: d.title.trim(),
    ...(d.why.trim() ? { why: d.why.trim() } : {}),
    kind: d.kind,
    target: targetOf(d),
    startDate: d.startDate,
    targetDate: d.targetDate === '' ? null : d.targetDate,
    milestones: d.milestones.map((m) => ({ ...m, title: m.title.trim() })),
    status: d.status,
  };
}

export function goalToDraft(g: Goal, asOf: LocalDate): GoalDraft {
  const base = { ...emptyGoalDraft(asOf), id: g.id, title: g.title, why: g.why ?? '' };
  const t = g.target;
  return {
    ...base,
    kind: g.kind,
    status: g.status,
    startDate: g.startDate,
    targetDate: g.targetDate ?? '',
    milestones: [...g.milestones],
    ...(t?.type === 'number'
      ? {
          value: String(t.value),
          source: t.measure.source,
          param: paramOf(t.measure),
          unitLabel: t.unitLabel ?? '',
        }
      : {}),
    ...(t?.type === 'requirement'
      ? { targetType: 'requirement' as const, link: `${t.rungId}|${t.requirementId}` }
      : {}),
  };
}
