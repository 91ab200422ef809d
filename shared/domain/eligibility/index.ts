export * from './education';
export * from './validate-education';
export * from './types';
export {
  evaluateCondition,
  conditionProgress,
  conditionDate,
  findHolding,
  findOutOfStanding,
  holdingEvidence,
  mustRetake,
} from './conditions';
export {
  evaluateExam,
  evaluateAllExams,
  evaluatePath,
  comparePaths,
  missingInfo,
} from './evaluate';
