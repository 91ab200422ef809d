export * from './types';
export * from './action-types';
export { evaluateRequirement } from './requirement';
export { readinessScore, rungReadiness, ladderReadiness } from './rung';
export { actionsForRequirement, nextBestActions, type RankOptions } from './actions';
export { credentialActions } from './credential-actions';
export {
  learningHours,
  leadershipBefore,
  leadershipTrainingHours,
  type LeadershipBefore,
  readinessReads,
} from './learning-records';
export { lastTwelveMonthsFrom, currentOn, recentConferences } from './records';
export { hoursShownBy, hoursShownByHeld } from './hours-shown';
