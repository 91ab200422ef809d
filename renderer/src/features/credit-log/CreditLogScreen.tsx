import { useState } from 'react';
import { useToday } from '../../app/use-today';
import type { ActivityRow } from '../../db/repositories/activities';
import { hrefFor } from '../../app/routes';
import { useCreditData } from '../../db/credit-hooks';
import { ImportScreen } from '../import/ImportScreen';
import { ActivityEditor } from './ActivityEditor';
import { justDeleted } from './just-deleted';
import { LogView } from './LogView';
import './credit-log.css';

/**
 * The credit log area: `#/credit-log` the log, `#/credit-log/new` a new activity,
 * `#/credit-log/import` the spreadsheet import, `#/credit-log/<activity id>` one activity
 * to edit.
 */
export function CreditLogScreen({ rest }: { rest: string[] }) {
  const data = useCreditData();
  const today = useToday();
  const [sub] = rest;
  // The activity being edited as last seen: if it is deleted elsewhere meanwhile, the form
  // stays with what was typed and says so, instead of giving way to "not found".
  const found = data?.activities.find((a) => a.id === sub);
  const [lastSeen, setLastSeen] = useState<ActivityRow | null>(null);
  if (found && found !== lastSeen) setLastSeen(found);
  if (!data) {
    return (
      <p role="status" className="loading">
        Opening your credit log…
      </p>
    );
  }
  if (!sub) return <LogView data={data} today={today} />;
  if (sub === 'import') return <ImportScreen activities={data.activities} today={today} />;
  if (sub === 'new')
    return <ActivityEditor key="new" original={null} held={data.withRules} today={today} />;
  const original = found;
  if (!original) {
    // Deleted here a moment ago: the log is on its way.
    if (justDeleted.has(sub)) return null;
    if (lastSeen?.id === sub)
      return (
        <ActivityEditor key={sub} original={lastSeen} held={data.withRules} today={today} gone />
      );
    return (
      <div className="credit-log">
        <h1>Activity not found</h1>
        <p>
          This activity is not in your credit log: it may have been deleted.{' '}
          <a href={hrefFor('credit-log')}>Back to the credit log</a>
        </p>
      </div>
    );
  }
  return <ActivityEditor key={sub} original={original} held={data.withRules} today={today} />;
}
