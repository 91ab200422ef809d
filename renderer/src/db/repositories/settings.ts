import {
  defaultRotationPolicy,
  rotationPolicy,
  type RotationPolicy,
} from '../../../../shared/ipc/contract';
import { REMINDER_LEAD_DAYS, weekStarts, type WeekStart } from '../../../../shared/domain/study';
import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** The browser reminds the user to export when the last export is older than this. */
export const EXPORT_REMINDER_DAYS = { min: 1, max: 365, default: 14 } as const;

export interface AppSettings {
  theme: ThemeChoice;
  /** ISO time of the last complete backup the user exported, or null for never. */
  lastExportAt: string | null;
  exportReminderDays: number;
  /** How many automatic backups the desktop keeps per period. */
  rotation: RotationPolicy;
  /** The app version that last started with this data (a change triggers a backup). */
  lastRunVersion: string | null;
  /** Study reminders: days ahead a deadline starts to show (issue 7 part 4). */
  reminderLeadDays: number;
  weekStart: WeekStart;
  clock: ClockChoice;
}

export const clockChoices = ['24h', '12h'] as const;
export type ClockChoice = (typeof clockChoices)[number];

interface SettingsRow extends Partial<AppSettings> {
  id: 'app';
  updatedAt: string;
}

export const defaultSettings: AppSettings = {
  theme: 'system',
  lastExportAt: null,
  exportReminderDays: EXPORT_REMINDER_DAYS.default,
  rotation: defaultRotationPolicy,
  lastRunVersion: null,
  reminderLeadDays: REMINDER_LEAD_DAYS.default,
  weekStart: 'monday',
  clock: '24h',
};

const isLeadDays = (n: unknown): n is number =>
  Number.isInteger(n) &&
  (n as number) >= REMINDER_LEAD_DAYS.min &&
  (n as number) <= REMINDER_LEAD_DAYS.max;

function studyFromRow(row: SettingsRow | undefined) {
  return {
    reminderLeadDays: isLeadDays(row?.reminderLeadDays)
      ? row.reminderLeadDays
      : defaultSettings.reminderLeadDays,
    weekStart: weekStarts.includes(row?.weekStart as WeekStart) ? row!.weekStart! : 'monday',
    clock: clockChoices.includes(row?.clock as ClockChoice) ? row!.clock! : '24h',
  };
}

const isReminderDays = (n: unknown): n is number =>
  Number.isInteger(n) &&
  (n as number) >= EXPORT_REMINDER_DAYS.min &&
  (n as number) <= EXPORT_REMINDER_DAYS.max;

/** Every field is checked on the way out: a row from an older version, or damaged, still reads. */
function fromRow(row: SettingsRow | undefined): AppSettings {
  const rotation = rotationPolicy.safeParse(row?.rotation);
  return {
    theme: themeChoices.includes(row?.theme as ThemeChoice) ? row!.theme! : 'system',
    lastExportAt: typeof row?.lastExportAt === 'string' ? row.lastExportAt : null,
    exportReminderDays: isReminderDays(row?.exportReminderDays)
      ? row.exportReminderDays
      : defaultSettings.exportReminderDays,
    rotation: rotation.success ? rotation.data : defaultSettings.rotation,
    lastRunVersion: typeof row?.lastRunVersion === 'string' ? row.lastRunVersion : null,
    ...studyFromRow(row),
  };
}

export async function getSettings(store: Store): Promise<AppSettings> {
  return fromRow(await store.db.table<SettingsRow, string>('settings').get('app'));
}

async function update(store: Store, patch: Partial<AppSettings>): Promise<void> {
  await writeTransaction(store, ['settings'], async () => {
    const table = store.db.table<SettingsRow, string>('settings');
    const existing = await table.get('app');
    // Only what was set is stored; reading fills the rest from the defaults.
    await table.put({ ...existing, ...patch, id: 'app', updatedAt: nowIso() });
  });
}

export async function setTheme(store: Store, theme: ThemeChoice): Promise<void> {
  if (!themeChoices.includes(theme)) throw new RangeError(`Unknown theme: ${String(theme)}`);
  await update(store, { theme });
}

export async function recordExport(store: Store, at: string): Promise<void> {
  await update(store, { lastExportAt: at });
}

export async function setExportReminderDays(store: Store, days: number): Promise<void> {
  if (!isReminderDays(days)) throw new RangeError(`Reminder days out of range: ${days}`);
  await update(store, { exportReminderDays: days });
}

export async function setRotation(store: Store, rotation: RotationPolicy): Promise<void> {
  await update(store, { rotation: rotationPolicy.parse(rotation) });
}

export async function setLastRunVersion(store: Store, version: string): Promise<void> {
  await update(store, { lastRunVersion: version });
}

export type StudySettings = Pick<AppSettings, 'reminderLeadDays' | 'weekStart'>;

export async function setStudySettings(store: Store, study: StudySettings): Promise<void> {
  if (!isLeadDays(study.reminderLeadDays))
    throw new RangeError(`Reminder lead time out of range: ${study.reminderLeadDays}`);
  if (!weekStarts.includes(study.weekStart)) throw new RangeError('Unknown week start');
  await update(store, { reminderLeadDays: study.reminderLeadDays, weekStart: study.weekStart });
}

/** The 12- or 24-hour clock of every time shown (Settings → Time format), saved on its own. */
export async function setClock(store: Store, clock: ClockChoice): Promise<void> {
  if (!clockChoices.includes(clock)) throw new RangeError(`Unknown clock: ${String(clock)}`);
  await update(store, { clock });
}
