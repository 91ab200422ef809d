/**
 * The person's own records in the command palette ("priya" finds the contact, "risk" the
 * activity): credentials, goals, study plans, contacts and credit-log activities whose name
 * has every typed word at the start of one of its words, as the commands are matched. Read
 * when asked, a few of each: the palette must answer at once on a 25-year log.
 */
import { formatDate } from '../../components/format';
import type { Store } from '../../db/database';
import type { ActivityRow } from '../../db/repositories/activities';
import type { GoalRow } from '../../db/repositories/career';
import { withRules, type CustomRow, type HeldRow } from '../../db/repositories/credentials';
import type { ContactRow } from '../../db/repositories/journal-network';
import type { StudyPlanRow } from '../../db/repositories/study-plans';
import { hrefFor } from '../routes';
import type { Command } from './commands';

/** At most this many records of one kind; activities are the newest that match. */
export const RECORDS_PER_KIND = 5;

/**
 * Activities are looked for among the newest this many only (about the last two years of a
 * busy log): reading a 25-year log of 20,000 entries to find nothing takes seconds, and the
 * credit log's own search covers every entry.
 */
export const RECENT_ACTIVITIES = 1_500;

const words = (text: string) =>
  text
    .toLocaleLowerCase()
    .split(/[\s,:;()·—–-]+/)
    .filter(Boolean);

/** A matcher for `query`: every typed word starts a word of the text (null: nothing typed). */
export function recordMatcher(query: string): ((text: string) => boolean) | null {
  const typed = words(query);
  if (typed.length === 0) return null;
  return (text) => {
    const own = words(text);
    return typed.every((t) => own.some((w) => w.startsWith(t)));
  };
}

const open = (id: string, label: string, href: string): Command => ({
  id: `open-${id}`,
  group: 'Open',
  label,
  href,
});

/** The records matching `query`, kind by kind (credentials, goals, plans, contacts, activities). */
export async function findRecords(store: Store, query: string): Promise<Command[]> {
  const match = recordMatcher(query);
  if (!match) return [];
  const db = store.db;
  const [held, custom, goals, plans, contacts] = await Promise.all([
    db.table<HeldRow, string>('credentials').toArray(),
    db.table<CustomRow, string>('customCredentials').toArray(),
    db.table<GoalRow, string>('goals').toArray(),
    db.table<StudyPlanRow, string>('studyPlans').toArray(),
    db.table<ContactRow, string>('contacts').toArray(),
  ]);
  const some = <T>(rows: readonly T[], text: (r: T) => string) =>
    rows.filter((r) => match(text(r))).slice(0, RECORDS_PER_KIND);
  // The newest activities first, read only until enough match or RECENT_ACTIVITIES were read.
  let read = 0;
  const activities = await db
    .table<ActivityRow, string>('activities')
    .orderBy('date')
    .reverse()
    .until(() => read++ >= RECENT_ACTIVITIES)
    .filter((a) => match(`${a.title} ${a.provider ?? ''}`))
    .limit(RECORDS_PER_KIND)
    .toArray();
  return [
    ...some(withRules(held, custom), (h) => `${h.rule.acronym} ${h.rule.name}`).map((h) =>
      open(
        h.credential.id,
        `Credential: ${h.rule.acronym} — ${h.rule.name}`,
        hrefFor('credentials', h.credential.id),
      ),
    ),
    ...some(goals, (g) => g.title).map((g) =>
      open(g.id, `Goal: ${g.title}`, hrefFor('goals', g.id)),
    ),
    ...some(plans, (p) => p.title).map((p) =>
      open(p.id, `Study plan: ${p.title}`, hrefFor('study', 'plan', p.id)),
    ),
    ...some(contacts, (c) => `${c.name} ${c.organisation}`).map((c) =>
      open(
        c.id,
        `Contact: ${c.name}${c.organisation ? `, ${c.organisation}` : ''}`,
        `${hrefFor('network', 'contacts')}?q=${encodeURIComponent(c.name)}`,
      ),
    ),
    ...activities.map((a) =>
      open(a.id, `Activity: ${a.title} · ${formatDate(a.date)}`, hrefFor('credit-log', a.id)),
    ),
  ];
}
