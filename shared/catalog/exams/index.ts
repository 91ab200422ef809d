export * from './types';
export { examRules, findExamRule } from './rules';
export { examEditions, examFormats, findExamEdition, findExamFormats, passCount } from './formats';
export { examCite } from './sources';
