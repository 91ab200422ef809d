/**
 * Builders for the credits tests: every expectation in the tests is worked out by hand.
 */
import { findCredentialRule, type CredentialRule } from '../../../../shared/catalog/credentials';
import {
  cyclesFor,
  type HeldCredential,
  type HeldWithRule,
  type Renewal,
} from '../../../../shared/domain/credentials';
import { evaluateCycle, type Activity, type AreaSplit } from '../../../../shared/domain/credits';

export function rule(id: string): CredentialRule {
  const found = findCredentialRule(id);
  if (!found) throw new Error(`no catalogue rule ${id}`);
  return found;
}

export function held(
  credentialId: string,
  earnedDate: string,
  renewals: Renewal[] = [],
): HeldCredential {
  return { id: `held-${credentialId}`, credentialId, stage: 'earned', earnedDate, renewals };
}

export function holding(
  credentialId: string,
  earnedDate: string,
  renewals: Renewal[] = [],
): HeldWithRule {
  return { credential: held(credentialId, earnedDate, renewals), rule: rule(credentialId) };
}

let next = 0;

/** An earned activity; education types default to a split that puts every hour in Power Skills. */
export function activity(overrides: Partial<Activity> & Pick<Activity, 'date'>): Activity {
  next += 1;
  const base: Activity = {
    id: `a${String(next).padStart(3, '0')}`,
    title: 'An activity',
    type: 'course-or-training',
    amount: 1,
    unit: 'hours',
    status: 'earned',
    ...overrides,
  };
  return base;
}

/** A course of `ways + power + business` hours split across the Talent Triangle. */
export function course(
  date: string,
  split: Partial<AreaSplit>,
  extra: Partial<Activity> = {},
): Activity {
  const full: AreaSplit = { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0, ...split };
  const amount = full.waysOfWorking + full.powerSkills + full.businessAcumen;
  return activity({ date, amount, split: full, ...extra });
}

export function givingBack(
  date: string,
  type: Activity['type'],
  amount: number,
  extra: Partial<Activity> = {},
): Activity {
  return activity({ date, type, amount, ...extra });
}

/** Evaluates cycle `index` of a held credential on `asOf`. */
export function evaluate(
  h: HeldWithRule,
  activities: readonly Activity[],
  asOf: string,
  index = 0,
  alsoHeld: readonly HeldWithRule[] = [h],
) {
  const context = { alsoHeld };
  const cycle = cyclesFor(h.credential, h.rule, asOf, context)[index];
  if (!cycle) throw new Error(`no cycle ${index}`);
  return evaluateCycle(h.rule, h.credential, cycle, activities, asOf, context);
}
