import type { ReactNode } from 'react';
import { WriteButton } from '../../components/read-only';

export interface EntryLine {
  id: string;
  title: string;
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

/** A journal list as a table: the columns given, its credit entries, and its actions. */
export function EntryTable(props: { caption: string; headers: string[]; lines: EntryLine[] }) {
  if (props.lines.length === 0) return <p>Nothing here yet, or nothing matches the search.</p>;
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
                    Propose credit entries<span className="visually-hidden"> for {l.title}</span>
                  </WriteButton>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <div className="row-actions">
                  <button type="button" className="secondary" onClick={l.onEdit}>
                    Edit<span className="visually-hidden"> {l.title}</span>
                  </button>
                  <WriteButton type="button" className="secondary danger" onClick={l.onDelete}>
                    Delete<span className="visually-hidden"> {l.title}</span>
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
export function matches(query: string, ...texts: (string | undefined)[]): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const hay = texts.join(' ').toLowerCase();
  return q.split(/\s+/).every((w) => hay.includes(w));
}
