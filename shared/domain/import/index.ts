export * from './types';
export * from './analyze';
export * from './plan';
export * from './preview';
export { detectColumns, detectHeaderRow, unitFromHeader } from './headers';
export * from './header-row';
export {
  parseDateCell,
  detectDateOrder,
  fullYear,
  readsBothWays,
  type DateOrderEvidence,
} from './dates';
export { excelSerialToLocalDate } from './excel-serial';
export {
  parseNumberCell,
  isBlankNumberCell,
  unitOfCell,
  isAmbiguousNumber,
  ambiguousReadings,
  decimalMarkOf,
  detectDecimalMark,
  withoutThousandsSeparators,
  type DecimalMark,
} from './numbers';
export { activityTypeFromWords, claimStatusFromWords } from './vocabulary';
export { comparesProvider, duplicateKey, markDuplicates } from './duplicates';
export { guessDelimiter, separatorLine, type Delimiter } from './delimiter';
export { readRow } from './row';
export {
  semesterCreditsCell,
  type NotSemesterCredits,
  type SemesterCreditsCell,
} from './semester-credits';
export * from './skipped';
export { FORMULA_LIKE, unguardFormulaCell } from './formula-guard';
