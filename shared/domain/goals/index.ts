export * from './types';
export { measureValue } from './measure';
export * from './progress';
export * from './validate';
export * from './validate-milestones';
export * from './reminders';
export * from './targets';
export * from './order';
