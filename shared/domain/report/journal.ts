/**
 * Journal highlights and reflections (issue 8 part 1; issue 6 part 5: "reflection on any
 * entry … shown in the report"), from the learning journal's courses, events and media.
 */
import type { LocalDate } from '../../dates';
import { inPeriod } from './period';
import { dateField, isRow, sentences, textField } from './rows';

export const journalKinds = ['course', 'event', 'media'] as const;
export type JournalKind = (typeof journalKinds)[number];

export interface JournalEntry {
  kind: JournalKind;
  id: string;
  title: string;
  date: LocalDate;
  /** Takeaways or notes, as written. */
  takeaways: string;
  /** What was learned and how it will be used, as written. */
  reflection: string[];
}

export interface JournalSection {
  /** Entries in the period with takeaways or a reflection, oldest first. */
  highlights: JournalEntry[];
  counts: Record<JournalKind, number>;
  reflections: number;
}

/** Which day dates an entry: a course by when it ended (else began), an event by its start. */
const dateFields: Record<JournalKind, readonly string[]> = {
  course: ['end', 'completedOn', 'completed', 'start', 'date'],
  event: ['start', 'date', 'end'],
  media: ['date', 'finishedOn', 'start'],
};

/** Entries of one journal table; rows without an id or a day are skipped. */
export function readJournal(kind: JournalKind, rows: readonly unknown[]): JournalEntry[] {
  return rows.filter(isRow).flatMap((r) => {
    const id = textField(r, ['id']);
    const date = dateField(r, dateFields[kind]);
    if (!id || date === null) return [];
    const reflection = [...sentences(r['reflection']), ...sentences(r['reflections'])];
    return [
      {
        kind,
        id,
        title: textField(r, ['title', 'name']),
        date,
        takeaways: textField(r, ['takeaways', 'notes', 'summary']),
        reflection,
      },
    ];
  });
}

/** Counts every entry in the period; keeps as highlights those with something written. */
export function journalSection(
  entries: readonly JournalEntry[],
  period: { from: LocalDate; to: LocalDate },
): JournalSection {
  const inside = entries.filter((e) => inPeriod(e.date, period));
  const counts: Record<JournalKind, number> = { course: 0, event: 0, media: 0 };
  for (const e of inside) counts[e.kind] += 1;
  const highlights = inside
    .filter((e) => e.takeaways !== '' || e.reflection.length > 0)
    .sort((a, b) => `${a.date}\u0000${a.title}`.localeCompare(`${b.date}\u0000${b.title}`));
  return {
    highlights,
    counts,
    reflections: inside.filter((e) => e.reflection.length > 0).length,
  };
}
