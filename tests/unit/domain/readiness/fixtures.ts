// Builders for readiness tests: requirements, rungs and credit-log activities by hand.
import type {
  LadderPlan,
  LadderRungPlan,
  Requirement,
  RequirementSpec,
} from '../../../../shared/catalog/ladder-requirements';
import type { Activity } from '../../../../shared/domain/credits/activity';

export function req(
  id: string,
  spec: RequirementSpec,
  priority: Requirement['priority'] = 'essential',
): Requirement {
  return { ...spec, id, priority, basis: { source: 'test' }, origin: 'user' } as Requirement;
}

export function rungOf(requirements: Requirement[], id = 'target'): LadderRungPlan {
  return {
    id,
    level: 1,
    name: 'Target',
    typicalTitles: [],
    typicalYears: { min: 0, max: null },
    typicalCredentials: [],
    requirements,
    origin: 'user',
  };
}

export const planOf = (...rungs: LadderRungPlan[]): LadderPlan => ({ id: 'test', rungs });

export function activity(
  id: string,
  date: string,
  split: Partial<Record<'waysOfWorking' | 'powerSkills' | 'businessAcumen', number>>,
  extra: Partial<Activity> = {},
): Activity {
  const full = { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0, ...split };
  return {
    id,
    date,
    title: id,
    type: 'course-or-training',
    amount: full.waysOfWorking + full.powerSkills + full.businessAcumen,
    unit: 'hours',
    status: 'earned',
    split: full,
    ...extra,
  };
}
