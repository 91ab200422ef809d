import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../db/store-context';
import { useToday } from '../use-today';
import { groupCommands, matchCommands, paletteCommands, type Command } from './commands';
import { findRecords } from './records';

interface Props {
  onRun: (command: Command) => void;
  onClose: () => void;
}

const optionId = (c: Command) => `palette-option-${c.id}`;

interface ListProps {
  matches: Command[];
  current: Command | undefined;
  query: string;
  /** Records are still being looked for. */
  searching: boolean;
  onHover: (c: Command) => void;
  onRun: (c: Command) => void;
}

/**
 * The listbox the combobox controls; the chosen option is its active descendant. Options sit
 * in one group per kind ("Go to", "Create"…) named by the group's heading, so an option's own
 * name is only its label and a screen reader says the group when the choice enters it.
 */
function CommandList({ matches, current, query, searching, onHover, onRun }: ListProps) {
  if (matches.length === 0) {
    return (
      <p role="status" className="muted">
        {searching
          ? 'Looking through your records…'
          : `Nothing matches “${query}”. Try a place such as “credit log”, “new”, or the name of one of your records.`}
      </p>
    );
  }
  return (
    <div
      id="palette-list"
      role="listbox"
      aria-label="Commands and records"
      className="palette-list"
    >
      {groupCommands(matches).map(({ group, commands }) => {
        const headingId = `palette-group-${group.toLowerCase().replace(/\s+/g, '-')}`;
        return (
          <ul key={group} role="group" aria-labelledby={headingId}>
            <li role="presentation" id={headingId} className="palette-group">
              {group}
            </li>
            {commands.map((c) => (
              <li
                key={c.id}
                id={optionId(c)}
                role="option"
                aria-selected={c === current}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => onHover(c)}
                onClick={() => onRun(c)}
              >
                {c.label}
              </li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}

/** Pause after a keystroke before the records are read: a word typed fast is read once. */
const RECORD_DELAY_MS = 120;

/** The records matching `query` (findRecords), read a moment after typing stops. */
function useRecords(query: string): { found: Command[] | null; searching: boolean } {
  const store = useStore();
  const today = useToday();
  const [result, setResult] = useState<{ query: string; found: Command[] } | null>(null);
  const wanted = query.trim();
  useEffect(() => {
    if (!wanted) return;
    let stale = false;
    const timer = setTimeout(() => {
      findRecords(store, wanted, today)
        .then((found) => !stale && setResult({ query: wanted, found }))
        // A failed read leaves the commands alone; nothing to add.
        .catch(() => !stale && setResult({ query: wanted, found: [] }));
    }, RECORD_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [store, wanted, today]);
  const fresh = wanted !== '' && result?.query === wanted;
  return { found: fresh ? result.found : null, searching: wanted !== '' && !fresh };
}

/**
 * The command palette: a modal dialog holding a combobox and its listbox of commands. Typing
 * filters, ↑/↓ choose, Enter runs, Escape closes (the owner puts focus back).
 */
export function CommandPalette({ onRun, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const commands = useMemo(() => paletteCommands(), []);
  const records = useRecords(query);
  // In the order shown, group by group, so ↑ and ↓ follow the list on screen.
  const matches = useMemo(
    () =>
      groupCommands([...matchCommands(commands, query), ...(records.found ?? [])]).flatMap(
        (g) => g.commands,
      ),
    [commands, query, records.found],
  );
  const current = matches[Math.min(active, matches.length - 1)];

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && matches.length > 0) {
      e.preventDefault();
      setActive((i) => (Math.min(i, matches.length - 1) + step + matches.length) % matches.length);
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      onRun(current);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-modal="true"
      aria-labelledby="palette-title"
      onCancel={(e) => (e.preventDefault(), onClose())}
      onClick={(e) => e.target === ref.current && onClose()}
    >
      <h2 id="palette-title" className="visually-hidden">
        Command palette
      </h2>
      <input
        type="text"
        role="combobox"
        aria-label="Go to or create"
        aria-expanded={matches.length > 0}
        aria-controls={matches.length > 0 ? 'palette-list' : undefined}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Go to or create…"
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <CommandList
        matches={matches}
        current={current}
        query={query}
        searching={records.searching}
        onHover={(c) => setActive(matches.indexOf(c))}
        onRun={onRun}
      />
      <p className="hint">↑ and ↓ choose, Enter runs the command, Escape closes.</p>
    </dialog>
  );
}
