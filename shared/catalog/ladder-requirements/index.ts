export * from './types';
export { defaultLadderPlan, defaultRequirements, defaultRungPlan } from './defaults';
export * from './validate';
export * from './edit';
export {
  CHANGED_BY_YOU,
  REQUIREMENT_CHANGED_BY_YOU,
  isChangedByYou,
  requirementBasis,
  shippedRequirement,
  withRequirementBasis,
} from './changed';
