/**
 * One row of the import's preview table (issue 4 part 5), in one style whatever the row's
 * outcome: every value Ascent could read, as it read it, and the file's own text only in the
 * cell that is wrong, so the person sees which cell to correct. The renderer formats the
 * values; this only decides which cells are read and which are wrong.
 */
import { isActivityType, type ActivityType } from '../../catalog/credentials';
import { isLocalDate, type LocalDate } from '../../dates';
import type { ImportField, RowOutcome } from './types';

/** A cell read as a value, or the file's text of a cell that is wrong. */
export type PreviewCell<T> = { wrong: false; value: T } | { wrong: true; raw: string };

/** The preview's columns, each with what the row's cell holds. */
export interface PreviewCells {
  date: PreviewCell<LocalDate>;
  title: PreviewCell<string>;
  provider: PreviewCell<string>;
  type: PreviewCell<ActivityType>;
  amount: PreviewCell<number>;
  /**
   * The amount cell's figure in minutes when the amount column counts minutes (the amount is
   * then in hours, RowOutcome.minutes); absent otherwise.
   */
  minutes?: number;
  /** A course's semester credits, shown with the amount; absent when the row has none. */
  semesterCredits?: PreviewCell<number>;
}

/**
 * A row's cells for the preview. A cell is wrong when an error of the row names its field (so a
 * readable date that may not be used, such as an earned one in the future, is wrong too), or
 * when it could not be read at all (in a row whose cells were shifted by a lost quote, whose
 * one error is about the whole row).
 */
export function previewCells(o: RowOutcome): PreviewCells {
  const r = o.reading;
  const named = new Set(o.errors.map((e) => e.field));
  function cell<T>(field: ImportField, value: T, readable: boolean): PreviewCell<T> {
    return readable && !named.has(field)
      ? { wrong: false, value }
      : { wrong: true, raw: o.raw[field] ?? '' };
  }
  return {
    date: cell('date', r.date, isLocalDate(r.date)),
    title: cell('title', r.title, r.title.trim() !== ''),
    provider: cell('provider', r.provider ?? '', true),
    type: cell('type', r.type, isActivityType(r.type)),
    amount: cell('amount', r.amount, Number.isFinite(r.amount)),
    ...(o.minutes === undefined ? {} : { minutes: o.minutes }),
    semesterCredits:
      r.semesterCredits === undefined
        ? undefined
        : cell('semesterCredits', r.semesterCredits, Number.isFinite(r.semesterCredits)),
  };
}
