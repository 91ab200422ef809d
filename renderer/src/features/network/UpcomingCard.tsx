import { upcomingItems } from '../../../../shared/domain/journal';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { formatDate } from '../../components/format';
import { useUpcoming } from '../../db/journal-hooks';

const DAYS = 60;

/**
 * Dashboard: upcoming events, follow-ups due and membership renewals (issue 6 parts 4, 7),
 * from only the rows these can come from (issue 9). A follow-up or renewal whose day has passed
 * stays, marked overdue, as long as the reminders keep it.
 */
export function UpcomingCard() {
  const asOf = useToday();
  const journal = useUpcoming(asOf, DAYS);
  if (!journal) return null;
  const items = upcomingItems(journal, asOf, DAYS);
  const nameOf = (id: string) => journal.contacts.find((c) => c.id === id)?.name ?? 'a contact';
  return (
    <section className="card" aria-labelledby="dash-upcoming">
      <h2 id="dash-upcoming">Events and follow-ups</h2>
      {items.length === 0 ? (
        <p>
          Nothing in the next {DAYS} days. <a href={hrefFor('learning', 'events')}>Add an event</a>{' '}
          or <a href={hrefFor('network', 'interactions')}>plan a follow-up</a>.
        </p>
      ) : (
        <ul className="journal-upcoming">
          {items.map((i) => (
            <li key={`${i.kind}:${i.id}`}>
              {formatDate(i.date)}:{' '}
              {i.kind === 'event' ? (
                <a href={hrefFor('learning', 'events')}>{i.name}</a>
              ) : i.kind === 'follow-up' ? (
                <a href={hrefFor('network', 'interactions')}>
                  Follow up with {nameOf(i.contactId)}
                  {i.overdue ? ' (overdue)' : ''}
                </a>
              ) : (
                <a href={hrefFor('network', 'memberships')}>
                  Renew {i.organisation}
                  {i.overdue ? ' (overdue)' : ''}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
