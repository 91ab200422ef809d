export * from './assessment';
export * from './targets';
