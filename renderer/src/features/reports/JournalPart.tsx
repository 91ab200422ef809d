/**
 * The report's journal part (issue 8 part 1, "journal highlights and reflections"): what the
 * journal holds up to the report date, what is planned after it, and the entries with notes or
 * a reflection.
 */
import {
  journalKinds,
  runsPastReportDate,
  type JournalEntry,
  type JournalKind,
  type JournalSection,
} from '../../../../shared/domain/report';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate, listText } from '../../components/format';
import { interactionKindLabels } from '../learning/messages';
import { journalKindLabels, plural } from './messages';
import { ReportSection } from './ReportSection';

/** "Course", "Event"…; an interaction says which kind it was ("Mentoring I gave"). */
const kindText = (e: JournalEntry) =>
  e.interactionKind ? interactionKindLabels[e.interactionKind] : journalKindLabels[e.kind];

const journalEmpty = (j: JournalSection) =>
  j.highlights.length === 0 && Object.values(j.counts).every((n) => n === 0);

const kindWords: Record<JournalKind, [string, string]> = {
  course: ['course', 'courses'],
  event: ['event', 'events'],
  media: ['reading or media entry', 'reading or media entries'],
  interaction: ['network interaction', 'network interactions'],
};

const kindCount = (kind: JournalKind, n: number) => plural(n, ...kindWords[kind]);

/** "1 course, 2 events, 0 reading or media entries, 1 network interaction; 1 reflection". */
const countsText = (j: JournalSection) =>
  `${journalKinds.map((k) => kindCount(k, j.counts[k])).join(', ')}; ` +
  plural(j.reflections, 'reflection', 'reflections');

/**
 * What the journal holds up to the report date. A period running past it (a credential cycle)
 * says so, as the study part does: "Up to the report date, 6 Dec 2026: 1 course, …".
 */
function journalDoneText(j: JournalSection, asOf: LocalDate, periodTo: LocalDate): string {
  const ahead = runsPastReportDate(periodTo, asOf);
  if (journalEmpty(j))
    return ahead
      ? `No journal entries up to the report date, ${formatDate(asOf)}.`
      : 'No journal entries in this period.';
  return ahead
    ? `Up to the report date, ${formatDate(asOf)}: ${countsText(j)}.`
    : `In this period: ${countsText(j)}.`;
}

/** "PMO Forum, 27 Dec 2026"; an interaction with its kind: "Morgan Ellis, call, 9 Dec 2026". */
function upcomingItem(e: JournalEntry): string {
  const kind = e.interactionKind ? interactionKindLabels[e.interactionKind] : null;
  const how = kind ? `, ${kind[0]!.toLowerCase()}${kind.slice(1)}` : '';
  return `${e.title || 'Untitled'}${how}, ${formatDate(e.date)}`;
}

/**
 * Entries dated after the report date, which have not happened yet: "Planned after the report
 * date: 1 event (PMO Forum, 27 Dec 2026)." Null when there are none.
 */
export function upcomingText(upcoming: readonly JournalEntry[]): string | null {
  if (upcoming.length === 0) return null;
  const groups = journalKinds
    .map((kind) => upcoming.filter((e) => e.kind === kind))
    .filter((g) => g.length > 0)
    .map((g) => `${kindCount(g[0]!.kind, g.length)} (${g.map(upcomingItem).join('; ')})`);
  return `Planned after the report date: ${listText(groups)}.`;
}

export function JournalPart({
  j,
  asOf,
  periodTo,
}: {
  j: JournalSection;
  /** The report date: entries after it are planned, said apart, never counted as done. */
  asOf: LocalDate;
  periodTo: LocalDate;
}) {
  const upcoming = upcomingText(j.upcoming);
  return (
    <ReportSection id="journal">
      <p data-testid="journal-counts">{journalDoneText(j, asOf, periodTo)}</p>
      {upcoming && <p data-testid="journal-upcoming">{upcoming}</p>}
      {j.highlights.map((e) => (
        <div className="report-block" key={`${e.kind}-${e.id}`}>
          <h4>
            {e.title || 'Untitled'} ({kindText(e)}, {formatDate(e.date)})
          </h4>
          {e.notes && <p className="report-written">{e.notes}</p>}
          {e.reflection && (
            <blockquote aria-label={`Reflection on ${e.title || 'Untitled'}`}>
              {e.reflection.learned && (
                <p className="report-written">
                  <span className="report-label">What I learned:</span> {e.reflection.learned}
                </p>
              )}
              {e.reflection.apply && (
                <p className="report-written">
                  <span className="report-label">How I will use it:</span> {e.reflection.apply}
                </p>
              )}
            </blockquote>
          )}
        </div>
      ))}
    </ReportSection>
  );
}
