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
  lastTwelveMonthsFrom,
  readinessReads,
  currentOn,
  recentConferences,
} from './records';
