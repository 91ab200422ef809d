import type { ReactNode } from 'react';
import { WriteButton } from '../../components/read-only';
import { searchFold } from '../../../../shared/text/search';

export interface EntryLine {
  id: string;
  /** What the row's first cell shows. */
  title: string;
  /**
   * What its buttons name it by, when the title alone does not tell it from its neighbours (an
   * interaction, titled by its contact: "Delete Call with Priya Shah, 1 Nov 2026"). The title
   * by default.
   */
  name?: string;
  /** Text, or a control such as a course's certificate button. */
  cells: ReactNode[];
  /** Credit entries linked to it. */
  linked: number;
  /** Credit entries it could propose now (none linked yet). */
  canPropose: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onPropose: () => void;
}

export interface EntryTableProps {
  caption: string;
  headers: string[];
  /** The entries shown (after the search and any "Show" choice). */
  lines: EntryLine[];
  /** What the entries are called, plural ("courses"); by default taken from the caption. */
  noun?: string;
  /**
   * How many entries there are before the search and any "Show" choice: with it an empty list
   * says "nothing yet" (none at all) or "nothing matches" (some hidden); without it, one
   * sentence covers both.
   */
  total?: number;
  /** Nothing recorded yet: what to do ("No courses yet. Add the courses you plan…"). */
  emptyText?: string;
  /** Entries exist but none is shown: what hides them and how to see them again. */
  noMatchText?: string;
  /** The button after `noMatchText` that clears the search (and any "Show" choice). */
  clear?: { label: string; onClick: () => void };
}

/** "Your interactions, latest first" → "interactions": the caption's noun, for the defaults. */
export function nounOf(caption: string): string {
  const noun = caption
    .replace(/^your\s+/i, '')
    .split(',')[0]!
    .trim();
  return noun || 'entries';
}

/** What an empty list says, and the button that clears the search when that is what hides all. */
export function emptyListWords(props: EntryTableProps): { text: string; clear: boolean } {
  const noun = props.noun ?? nounOf(props.caption);
  if (props.total === undefined)
    return {
      text: `No ${noun} to show. Add one with the button above, or clear the search if you typed one.`,
      clear: !!props.clear,
    };
  if (props.total === 0)
    return {
      text: props.emptyText ?? `No ${noun} yet. Add one with the button above.`,
      clear: false,
    };
  return {
    text: props.noMatchText ?? `No ${noun} match the search. Clear the search to see them all.`,
    clear: !!props.clear,
  };
}

/**
 * A journal list as a table: the columns given, its credit entries, and its actions. Empty,
 * it says why and what to do (emptyListWords).
 */
export function EntryTable(props: EntryTableProps) {
  if (props.lines.length === 0) {
    const words = emptyListWords(props);
    return (
      <div className="entry-table-empty">
        <p>{words.text}</p>
        {words.clear && props.clear && (
          <button type="button" className="secondary" onClick={props.clear.onClick}>
            {props.clear.label}
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="table-scroll">
      <table className="journal-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            <th scope="col">Credit entries</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map((l) => (
            <tr key={l.id} data-entry-id={l.id}>
              <th scope="row">{l.title}</th>
              {l.cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
              <td>
                {l.linked > 0 ? (
                  `${l.linked} in the credit log`
                ) : l.canPropose ? (
                  <WriteButton type="button" className="link-button" onClick={l.onPropose}>
                    Propose credit entries
                    <span className="visually-hidden"> for {l.name ?? l.title}</span>
                  </WriteButton>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <div className="row-actions">
                  <button type="button" className="secondary" onClick={l.onEdit}>
                    Edit<span className="visually-hidden"> {l.name ?? l.title}</span>
                  </button>
                  <WriteButton type="button" className="secondary danger" onClick={l.onDelete}>
                    Delete<span className="visually-hidden"> {l.name ?? l.title}</span>
                  </WriteButton>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** True when any of the texts contains the search words (case-insensitive). */
/**
 * "Clear the search" / "Show all …" under an empty list: the tab's "Show" choice reset
 * (`resetShow`), then the search cleared, which puts the focus in the search box, or, when only
 * the choice hid the entries, the focus back on that choice (`showId`) or on the list.
 */
export function showEverything(
  resetShow: () => void,
  query: string,
  clearSearch: () => void,
  showId: string,
  list: HTMLElement | null,
): void {
  resetShow();
  if (query.trim()) clearSearch();
  else (document.getElementById(showId) ?? list)?.focus();
}

/** Every typed word is in one of the texts; case and accents aside (searchFold). */
export function matches(query: string, ...texts: (string | undefined)[]): boolean {
  const q = searchFold(query.trim());
  if (q === '') return true;
  const hay = searchFold(texts.join(' '));
  return q.split(/\s+/).every((w) => hay.includes(w));
}
