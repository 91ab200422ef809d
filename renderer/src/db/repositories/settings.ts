import type { Store } from '../database';
import { nowIso, writeTransaction } from './write';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export interface AppSettings {
  theme: ThemeChoice;
}

interface SettingsRow extends AppSettings {
  id: 'app';
  updatedAt: string;
}

export const defaultSettings: AppSettings = { theme: 'system' };

export async function getSettings(store: Store): Promise<AppSettings> {
  const row = await store.db.table<SettingsRow, string>('settings').get('app');
  const theme = themeChoices.includes(row?.theme as ThemeChoice)
    ? (row!.theme as ThemeChoice)
    : 'system';
  return { ...defaultSettings, theme };
}

export async function setTheme(store: Store, theme: ThemeChoice): Promise<void> {
  if (!themeChoices.includes(theme)) throw new RangeError(`Unknown theme: ${String(theme)}`);
  await writeTransaction(store, ['settings'], async () => {
    const table = store.db.table<SettingsRow, string>('settings');
    const existing = await table.get('app');
    await table.put({ ...defaultSettings, ...existing, theme, id: 'app', updatedAt: nowIso() });
  });
}
