export * from './types';
export { examRules, findExamRule } from './rules';
export { examCite } from './sources';
