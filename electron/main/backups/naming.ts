/**
 * Names of automatic backup files: shared with the renderer, which tells by the name that a
 * file picked by hand is one of them (shared/backup-names.ts).
 */
export * from '../../../shared/backup-names';
