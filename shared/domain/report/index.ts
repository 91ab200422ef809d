export * from './types';
export {
  resolvePeriod,
  inPeriod,
  runsPastReportDate,
  cycleInForce,
  cycleWindows,
  choiceInForce,
  type CycleWindow,
} from './period';
export * from './credit-log';
export * from './credentials';
export * from './study';
export * from './journal';
export * from './career';
export * from './goals';
export * from './paper';
export * from './eligibility';
export * from './build';
export * from './audit-pack';
