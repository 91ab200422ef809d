/** Pure checks of what the user types in the backup settings. */
import { rotationPolicy, type RotationPolicy } from '../../../../shared/ipc/contract';
import { EXPORT_REMINDER_DAYS } from '../../db/repositories/settings';

export const rotationFields = [
  { key: 'daily', label: 'Daily backups to keep', min: 1, max: 365 },
  { key: 'weekly', label: 'Weekly backups to keep', min: 0, max: 520 },
  { key: 'monthly', label: 'Monthly backups to keep', min: 0, max: 1200 },
] as const;

export type RotationDraft = Record<keyof RotationPolicy, string>;
export type RotationErrors = Partial<Record<keyof RotationPolicy, string>>;

// An empty box is not zero: Number('') would be 0, so it becomes NaN and is refused.
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** The typed numbers as a policy, or a sentence for each field out of range. */
export function checkRotation(
  draft: RotationDraft,
): { ok: true; value: RotationPolicy } | { ok: false; errors: RotationErrors } {
  const numbers = Object.fromEntries(rotationFields.map((f) => [f.key, toNumber(draft[f.key])]));
  const parsed = rotationPolicy.safeParse(numbers);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: RotationErrors = {};
  for (const f of rotationFields) {
    if (parsed.error.issues.some((i) => i.path[0] === f.key))
      errors[f.key] = `Enter a whole number of backups from ${f.min} to ${f.max}.`;
  }
  return { ok: false, errors };
}

/** The typed number of reminder days, or why it is not accepted. */
export function checkReminderDays(
  text: string,
): { ok: true; value: number } | { ok: false; error: string } {
  const n = toNumber(text);
  const { min, max } = EXPORT_REMINDER_DAYS;
  if (Number.isInteger(n) && n >= min && n <= max) return { ok: true, value: n };
  return { ok: false, error: `Enter a whole number of days from ${min} to ${max}.` };
}
