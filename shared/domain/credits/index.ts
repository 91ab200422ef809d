export * from './activity';
export * from './types';
export {
  validateActivity,
  TITLE_MAX_LENGTH,
  SEMESTER_CREDITS_MAX,
  type ActivityError,
  type ActivityErrorCode,
} from './validate-activity';
export { applyActivity } from './apply-activity';
export { evaluateCycle, type CycleInputs } from './evaluate-cycle';
export { carryOverWindowStart, handedOn } from './carry-over';
export { DAYS_PER_MONTH } from './pace';
export { categoriesWithoutCredit } from './shortfalls';
export { toQuarters, toHours, isQuarterStep } from './quarters';
export { evaluateCycles, evaluateCurrentCycle, evaluateCycleAt } from './evaluate-credential';
export {
  unusualActivity,
  LARGEST_CYCLE_TOTAL,
  type Unusual,
  type UnusualCode,
} from './plausibility';
export {
  behindOnYearlyMinimum,
  isMissed,
  missedMinimums,
  openShortfalls,
  type MissedMinimum,
} from './missed-minimums';
export { waysOfWorkingNotAllocated } from './ways-of-working';
export {
  countsForNoPmiForWantOfSplit,
  holdsPmiCredential,
  splitApplies,
  wantingSplit,
} from './split-missing';
export {
  cycleRouteOf,
  offersRenewalRoute,
  renewalRouteOf,
  routeAsksForCredits,
} from './renewal-route';
export { amountStep, nearestAmounts, type NearestAmounts } from './amount-steps';
