export * from './types';
export * from './fields';
export * from './validate';
export * from './validate-network';
export * from './suggest';
export * from './reconcile';
export * from './facts';
export * from './upcoming';
