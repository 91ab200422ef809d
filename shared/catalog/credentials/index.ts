export * from './types';
export * from './activity-types';
export * from './catalog';
export * from './validation';
export * from './custom';
export * from './overrides';
export { cite, MAKE_CONFIGURABLE, type Citation } from './sources';
export { PPM_SUITE } from './peoplecert';
export { pmiCycleEnd } from './pmi';
