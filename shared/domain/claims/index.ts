export * from './activity-draft';
export * from './claim-csv';
export * from './log-view';
