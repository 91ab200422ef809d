/**
 * Words for the question about an entry's credit entries (issue 6; review A3, A4, B14): how
 * many there are, what each answer does, and what Undo puts back. The domain gives numbers;
 * this is where they become sentences.
 */
import { areas } from '../../../../shared/catalog/credentials';
import type { AreaSplit } from '../../../../shared/domain/credits';
import type { SplitChange, UpdatePreview } from '../../../../shared/domain/journal';
import { formatNumber } from '../../components/format';

const nouns: Record<string, string> = {
  courses: 'course',
  events: 'event',
  media: 'entry',
  interactions: 'interaction',
};

/** What the entry is called in the question ("this course"), by its table. */
export const entryNoun = (table: string | undefined): string => (table && nouns[table]) ?? 'entry';

/** "1 credit entry", "2 credit entries". */
export const creditEntries = (n: number): string =>
  n === 1 ? '1 credit entry' : `${formatNumber(n)} credit entries`;

/** "2 credit entries in your credit log come from this course." */
export function linkedText(n: number, from: string): string {
  return `${creditEntries(n)} in your credit log ${n === 1 ? 'comes' : 'come'} from ${from}.`;
}

/** A split as "4/4/8": Ways of Working, Power Skills, Business Acumen hours. */
export const splitText = (split: AreaSplit): string =>
  areas.map((area) => formatNumber(split[area])).join('/');

function splitChangeText(change: SplitChange, noun: string, named: boolean): string {
  const how = change.scaled
    ? 'in proportion to the new hours'
    : `as the ${noun} now places its hours`;
  const what = `split ${splitText(change.from)} becomes ${splitText(change.to)}, ${how}.`;
  return named ? `“${change.title}”: the ${what}` : `The ${what}`;
}

/** "1 evidence file", "3 evidence files". */
const evidenceFiles = (n: number): string =>
  n === 1 ? '1 evidence file' : `${formatNumber(n)} evidence files`;

/**
 * What "Update them to match" will do, one sentence a line; the credit entries it deletes are
 * named with their evidence files (`removedFiles`), which go with them.
 */
export function updateLines(
  update: (UpdatePreview & { removedFiles?: number }) | null,
  noun: string,
): string[] {
  const lines = [
    `Dates, hours, title and type follow the ${noun}; claim status, codes and notes stay yours.`,
  ];
  if (!update) return lines;
  const named = update.updated > 1;
  for (const change of update.splits) lines.push(splitChangeText(change, noun, named));
  if (update.splits.length > 0)
    lines.push('Splits read Ways of Working/Power Skills/Business Acumen, in hours.');
  if (update.removed > 0) {
    const files = update.removedFiles ?? 0;
    const own = update.removed === 1 ? 'its' : 'their';
    const with_ = files > 0 ? `, with ${own} ${evidenceFiles(files)}` : '';
    lines.push(
      `${creditEntries(update.removed)} no longer ${update.removed === 1 ? 'matches' : 'match'} anything in the ${noun} and will be deleted${with_}.`,
    );
  }
  if (update.added > 0) lines.push(`${creditEntries(update.added)} will be added.`);
  return lines;
}

/** The notice after "Delete them": how many went, with their evidence files. */
export function creditsDeletedText(n: number, files: number, title: string | undefined): string {
  const from = title ? `“${title}”` : 'this entry';
  const evidence = files === 0 ? '' : ` and ${evidenceFiles(files)}`;
  return `Deleted ${creditEntries(n)}${evidence} that came from ${from}.`;
}

/** Undo declined: the entry went meanwhile, and credit entries must never point at nothing. */
export const creditsNotRestoredText =
  'The credit entries were not put back: the entry they came from was deleted since.';

/** Undo declined: new credit entries were confirmed for the entry since; both would count. */
export const creditsLinkedAgainText =
  'The credit entries were not put back: new ones were confirmed for the entry since, so those are kept and the same credit is not counted twice.';
