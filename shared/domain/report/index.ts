export * from './types';
export { resolvePeriod, inPeriod, type CycleWindow } from './period';
export * from './credit-log';
export * from './credentials';
export * from './study';
export * from './journal';
export * from './career';
export * from './build';
export * from './audit-pack';
