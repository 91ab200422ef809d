/**
 * The credentials repository: held credentials and definitions of the user's own. Callers
 * import it from here; it is kept by subject in credential-rows.ts (rows, reads and the rule
 * each held credential is judged by), held-credential-writes.ts and custom-credential-writes.ts.
 */
export {
  listCustom,
  listHeld,
  listHeldUsing,
  ruleFor,
  withRules,
  type CustomRow,
  type HeldRow,
  type SaveResult,
} from './credential-rows';
export {
  deleteHeld,
  deleteRenewal,
  editRenewal,
  recordRenewal,
  restoreHeld,
  saveHeld,
  undoRenewal,
  type SaveConflict,
} from './held-credential-writes';
export {
  deleteCustom,
  restoreCustom,
  saveCustom,
  updateCustom,
  type DeleteCustomResult,
  type UpdateCustomResult,
} from './custom-credential-writes';
