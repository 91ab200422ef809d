/**
 * Next best actions towards the target rung (issue 5 part 7): one or more actions per
 * unmet requirement, merged where two requirements ask for the same thing, ranked by how
 * much they raise the target rung's score and then by deadline.
 */
import type { LadderPlan } from '../../catalog/ladder-requirements/types';
import type { SkillLevel } from '../../catalog/skills/skills';
import type { LocalDate } from '../../dates';
import type { ActionSpec, NextAction, PartWay } from './action-types';
import { credentialActions } from './credential-actions';
import { conferencesToAttend } from './records';
import { rungReadiness } from './rung';
import type { ReadinessInput, RequirementResult, RungReadiness } from './types';

/** The specs that close one unmet requirement. */
export function actionsForRequirement(r: RequirementResult, input: ReadinessInput): ActionSpec[] {
  if (r.met) return [];
  if (r.missing) return [{ code: 'ENTER_INFORMATION', missing: r.missing }];
  const q = r.requirement;
  switch (q.kind) {
    case 'credential':
      return credentialActions(r, input);
    case 'education-level':
      return [{ code: 'RAISE_EDUCATION', from: input.education.highest, to: q.minLevel }];
    case 'pm-education-hours':
      return [{ code: 'COMPLETE_TRAINING', topic: q.topic, hours: r.gap }];
    case 'experience': {
      const on = r.evidence.kind === 'experience' ? r.evidence.metOn : null;
      return [{ code: 'GAIN_EXPERIENCE', roleTypes: q.roleTypes, months: r.gap, on }];
    }
    case 'industries':
      return [{ code: 'BROADEN_INDUSTRIES', count: r.gap }];
    case 'team-size':
      return [{ code: 'LEAD_LARGER_TEAM', size: q.size }];
    case 'skill':
      return r.have === 0
        ? [{ code: 'ASSESS_SKILL', skill: q.skill, target: q.level }]
        : [{ code: 'RAISE_SKILL', skill: q.skill, from: r.have as SkillLevel, to: q.level }];
    case 'conferences':
      return [
        {
          code: 'ATTEND_CONFERENCE',
          ...conferencesToAttend(input.network.conferences, input.asOf, r.gap),
        },
      ];
    case 'memberships':
      return [{ code: 'JOIN_ASSOCIATION', count: r.gap }];
    case 'mentors':
      return [{ code: 'FIND_MENTOR', count: r.gap }];
    case 'continuous-learning':
      return [{ code: 'EARN_LEARNING_CREDITS', area: q.area, hours: r.gap }];
    case 'leadership-training':
      return [{ code: 'TAKE_LEADERSHIP_TRAINING', hours: r.gap }];
    case 'custom':
      return [{ code: 'COMPLETE_CUSTOM', requirementId: q.id, title: q.title }];
  }
}

/** Two actions with the same key ask for the same thing and are merged. */
function mergeKey(a: ActionSpec): string {
  const { code } = a;
  switch (a.code) {
    case 'GAIN_EXPERIENCE':
      return `${code}|${JSON.stringify(a.roleTypes)}`;
    case 'COMPLETE_TRAINING':
      return `${code}|${a.topic}`;
    case 'EARN_CREDENTIAL':
    case 'RENEW_CREDENTIAL':
      return `${code}|${a.credential}`;
    case 'RAISE_EDUCATION':
      return `${code}|${a.to}|${a.gacAccredited ?? ''}`;
    case 'ENTER_INFORMATION':
      return `${code}|${a.missing}`;
    default:
      return `${code}|${JSON.stringify(a)}`;
  }
}

type Sized = Extract<ActionSpec, { code: 'GAIN_EXPERIENCE' | 'COMPLETE_TRAINING' }>;

const sizeOf = (a: Sized) => (a.code === 'GAIN_EXPERIENCE' ? a.months : a.hours);

/**
 * Two same-kind asks merged: the larger one is kept with its own label (the exam it unlocks,
 * or none), never the smaller one's. When the smaller one unlocks an exam the larger one does
 * not name, it is kept as `partWay`: that much of the larger ask unlocks that exam.
 */
function mergeSized<T extends Sized>(a: T, b: T): T {
  const [big, small] = sizeOf(b) > sizeOf(a) ? [b, a] : [a, b];
  const { unlocks: _u, partWay: _p, ...rest } = big;
  const unlocks = big.unlocks ?? (sizeOf(small) === sizeOf(big) ? small.unlocks : undefined);
  const candidates: PartWay[] = [big.partWay, small.partWay].filter((p) => p !== undefined);
  if (small.unlocks && small.unlocks !== unlocks) {
    candidates.push({ amount: sizeOf(small), unlocks: small.unlocks });
  }
  // The nearest exam on the way that the kept label does not already name.
  const partWay = candidates
    .filter((p) => p.unlocks.exam !== unlocks?.exam)
    .sort((x, y) => x.amount - y.amount)[0];
  return {
    ...rest,
    ...(unlocks ? { unlocks } : {}),
    ...(partWay ? { partWay } : {}),
  } as T;
}

/**
 * Of two same-key specs, the larger ask wins (more months, more hours), keeping the reason
 * that goes with its number (mergeSized); other codes ask for the same thing either way.
 */
export function larger(a: ActionSpec, b: ActionSpec): ActionSpec {
  if (a.code === 'GAIN_EXPERIENCE' && b.code === 'GAIN_EXPERIENCE') return mergeSized(a, b);
  if (a.code === 'COMPLETE_TRAINING' && b.code === 'COMPLETE_TRAINING') return mergeSized(a, b);
  return a;
}

export interface RankOptions {
  /** Target dates of goals by the id of the target-rung requirement they link to. */
  deadlines?: Readonly<Record<string, LocalDate>>;
  /** How many actions to return (the Dashboard shows three); all when absent. */
  limit?: number;
}

function earliest(a: LocalDate | null, b: LocalDate | null): LocalDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

interface Draft {
  spec: ActionSpec;
  results: RequirementResult[];
  deadline: LocalDate | null;
  order: number;
}

function collect(readiness: RungReadiness, input: ReadinessInput, options: RankOptions): Draft[] {
  const drafts = new Map<string, Draft>();
  readiness.requirements.forEach((r, order) => {
    const goalDeadline = options.deadlines?.[r.requirement.id] ?? null;
    for (const spec of actionsForRequirement(r, input)) {
      const own = spec.code === 'ATTEND_CONFERENCE' ? spec.by : null;
      const deadline = earliest(goalDeadline, own);
      const key = mergeKey(spec);
      const prev = drafts.get(key);
      if (!prev) drafts.set(key, { spec, results: [r], deadline, order });
      else {
        prev.spec = larger(prev.spec, spec);
        if (!prev.results.includes(r)) prev.results.push(r);
        prev.deadline = earliest(prev.deadline, deadline);
      }
    }
  });
  return [...drafts.values()];
}

/** Score points one requirement still lacks: its shortfall over the essential count. */
function shortfall(r: RequirementResult, essentialCount: number): number {
  return r.requirement.priority === 'essential' ? ((1 - r.progress) * 100) / essentialCount : 0;
}

function toAction(d: Draft, essentialCount: number): NextAction & { exactGain: number } {
  const exactGain = d.results.reduce((sum, r) => sum + shortfall(r, essentialCount), 0);
  const essential = d.results.some((r) => r.requirement.priority === 'essential');
  return {
    ...d.spec,
    requirementIds: d.results.map((r) => r.requirement.id),
    priority: essential ? 'essential' : 'recommended',
    gain: Math.round(exactGain * 10) / 10,
    deadline: d.deadline,
    exactGain,
  };
}

/**
 * Ranked next best actions for the target rung (issue 5 part 7; README, Decisions): renewing
 * a suspended credential first — it is the one action that is lost by waiting (domain-facts
 * §1: expired a year after the cycle's end, then the exam must be retaken) — then by score
 * gain (largest first), then deadline (soonest first, none last), then the order of the
 * requirements in the rung. Returns [] for an unknown rung or a rung already met.
 */
export function nextBestActions(
  plan: LadderPlan,
  targetRungId: string,
  input: ReadinessInput,
  options: RankOptions = {},
): NextAction[] {
  const rung = plan.rungs.find((x) => x.id === targetRungId);
  if (!rung) return [];
  const readiness = rungReadiness(rung, input);
  const essentialCount = readiness.essential.total;
  const drafts = collect(readiness, input, options);
  const ranked = drafts
    .map((d) => ({ d, a: toAction(d, essentialCount) }))
    .sort((x, y) => {
      const renew =
        Number(y.a.code === 'RENEW_CREDENTIAL') - Number(x.a.code === 'RENEW_CREDENTIAL');
      if (renew !== 0) return renew;
      if (Math.abs(y.a.exactGain - x.a.exactGain) > 1e-9) return y.a.exactGain - x.a.exactGain;
      const dx = x.a.deadline ?? '9999-12-31';
      const dy = y.a.deadline ?? '9999-12-31';
      if (dx !== dy) return dx < dy ? -1 : 1;
      return x.d.order - y.d.order;
    })
    .map(({ a: { exactGain: _, ...action } }) => action as NextAction);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
