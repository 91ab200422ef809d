import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import type { LocalDate } from '../../../../shared/dates';
import { parseHours } from '../../../../shared/domain/claims';
import {
  defaultTargetValue,
  measuresForKind,
  measureUnit,
  requirementFitsKind,
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
  const source = 'credentials';
  const param = defaultParam(source);
  return {
    title: '',
    why: '',
    kind: 'credential',
    status: 'active',
    startDate: asOf,
    targetDate: '',
    targetType: 'number',
    // "Earn PMP" saves as it is: one credential chosen, one to hold.
    value: defaultValueText(source, param),
    source,
    param,
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

/** The target a measure starts with, as the form shows it ('' when the user types one). */
function defaultValueText(source: GoalMeasureSource, param: string): string {
  const value = defaultTargetValue(measureOf(source, param));
  return value === null ? '' : String(value);
}

/**
 * The draft's fields once another measure is chosen: its default parameter, and its default
 * target (a credential goal: the credentials chosen). A number the user typed is kept; only
 * the previous measure's own default goes, so "1" of "Credentials held" never becomes a
 * target of one contact hour.
 */
export function withMeasure(
  d: Pick<GoalDraft, 'source' | 'param' | 'value'>,
  source: GoalMeasureSource,
): Pick<GoalDraft, 'source' | 'param' | 'value'> {
  const param = defaultParam(source);
  const typed = d.value.trim() !== '' && d.value !== defaultValueText(d.source, d.param);
  const value = typed ? d.value : defaultValueText(source, param);
  return { source, param, value };
}

/**
 * The draft once another kind is chosen: the measure kept, with what was chosen for it, while
 * the kind takes it (measuresForKind: a custom goal takes any), else the kind's first measure
 * (withMeasure); and the linked ladder requirement kept only while it fits the kind
 * (requirementFitsKind), so the form never holds a requirement its list no longer offers
 * ("Choose a requirement" shown, a mismatch saved). A link to a requirement not in `plan` is
 * left for the save to refuse. Turning "Earn PMP" into a custom goal once reset it to months of
 * experience in leading projects.
 */
export function withKind(d: GoalDraft, kind: GoalKind, plan: LadderPlan): GoalDraft {
  const [rungId, requirementId] = d.link.split('|');
  const linked = plan.rungs
    .find((r) => r.id === rungId)
    ?.requirements.find((q) => q.id === requirementId);
  const fits = !linked || requirementFitsKind(kind, linked.kind);
  const measureFits = measuresForKind[kind].includes(d.source);
  return {
    ...d,
    kind,
    ...(measureFits ? {} : withMeasure(d, measuresForKind[kind][0]!)),
    link: fits ? d.link : '',
  };
}

/**
 * A number typed in the goal form, read as the credit log and the journal forms read hours
 * (parseHours): "7,5" is 7.5, and "1.500" or "1,500" (1500 or 1.5?) is NaN, never a silent 1.5;
 * the domain refuses NaN and the form says the two readings (amountError).
 */
const numberOf = (text: string): number => parseHours(text);

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
      return { source, current: param.trim() === '' ? 0 : numberOf(param) };
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
  const measure = measureOf(d.source, d.param);
  // A blank target takes the measure's default (a credential goal: every credential chosen).
  const value = d.value.trim() === '' ? defaultTargetValue(measure) : numberOf(d.value);
  if (value === null) return null;
  return {
    type: 'number',
    value,
    unit: measureUnit[d.source] ?? 'custom',
    ...(d.source === 'manual' ? { unitLabel: d.unitLabel.trim() } : {}),
    measure,
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
