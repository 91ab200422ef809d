import { useMemo } from 'react';
import { dueReminders, type DueReminder } from '../../../../shared/domain/study';
import { useToday } from '../../app/use-today';
import { useSettings } from '../../db/hooks';
import { useDeadlines } from '../../db/study-hooks';

/** Deadlines from today up to the lead time set in Settings; `undefined` while loading. */
export function useDueReminders(): DueReminder[] | undefined {
  const today = useToday();
  const settings = useSettings();
  const deadlines = useDeadlines(today);
  return useMemo(
    () =>
      deadlines && settings ? dueReminders(deadlines, today, settings.reminderLeadDays) : undefined,
    [deadlines, settings, today],
  );
}
