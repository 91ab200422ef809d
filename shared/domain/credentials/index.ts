export * from './held';
export * from './cycles';
export * from './status';
export * from './renewals';
export { anniversary } from './calendar';
export * from './order';
export * from './keep-current';
export * from './keep-current-form';
export * from './application';
