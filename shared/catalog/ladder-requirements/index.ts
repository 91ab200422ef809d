export * from './types';
export { defaultLadderPlan, defaultRequirements, defaultRungPlan } from './defaults';
export * from './validate';
export * from './edit';
