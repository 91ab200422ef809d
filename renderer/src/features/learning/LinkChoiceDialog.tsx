import { useEffect, useRef } from 'react';
import type { LinkAction, UpdatePreview } from '../../../../shared/domain/journal';
import { linkedText, updateLines } from './link-messages';
import './learning.css';

interface Choice {
  action: LinkAction;
  label: string;
  does: (noun: string, update: UpdatePreview | null) => string[];
}

const editChoices: Choice[] = [
  { action: 'update', label: 'Update them to match', does: (noun, u) => updateLines(u, noun) },
  {
    action: 'unlink',
    label: 'Keep them as they are, unlinked',
    does: (noun) => [`They stay in your credit log unchanged, no longer tied to the ${noun}.`],
  },
  {
    action: 'delete',
    label: 'Delete them',
    does: () => ['They leave your credit log. You can undo this right after.'],
  },
];
const deleteChoices: Choice[] = [
  {
    action: 'delete',
    label: 'Delete them too',
    does: () => ['The entry goes with its credit entries. You can undo this right after.'],
  },
  {
    action: 'unlink',
    label: 'Keep them in the credit log, unlinked',
    does: () => ['They stay in your credit log as ordinary credit entries.'],
  },
];

/**
 * "What should happen to its credit entries?" — asked before an entry with credit entries is
 * changed (in a way they follow) or deleted. It says how many there are and what each answer
 * does: an update shows how a split the person gave carries over (review A3, B14). A native
 * modal dialog: focus stays inside, Escape cancels. The answers are stacked, each with its
 * description as the button's accessible description, so no label is squeezed into a column.
 */
export function LinkChoiceDialog(props: {
  mode: 'edit' | 'delete';
  /** How many credit entries come from the entry; unknown when not given. */
  linked?: number | undefined;
  /** The entry as the sentence names it: "this course", "“PMO Summit”". */
  from?: string | undefined;
  /** The kind of entry ("course"), for the answers' descriptions. */
  noun?: string | undefined;
  update?: UpdatePreview | null | undefined;
  /**
   * The entry was changed in another window and the save replaces that change: the change in
   * what the credit entries are based on was not the user's, so the question says whose.
   */
  replacing?: boolean | undefined;
  onChoose: (action: LinkAction) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const choices = props.mode === 'edit' ? editChoices : deleteChoices;
  const noun = props.noun ?? 'entry';
  const one = props.linked === 1;
  const them = one ? 'it' : 'them';
  const count = props.linked ? `${linkedText(props.linked, props.from ?? `this ${noun}`)} ` : '';
  return (
    <dialog
      ref={ref}
      className="dialog link-choice"
      aria-labelledby="link-choice-title"
      aria-describedby="link-choice-text"
      onCancel={(e) => (e.preventDefault(), props.onCancel())}
    >
      <h2 id="link-choice-title">This entry has credit entries</h2>
      <p id="link-choice-text">
        {count}
        {props.mode === 'delete'
          ? `You are deleting the entry. What should happen to ${them}?`
          : props.replacing
            ? `This ${noun} was changed in another window, and saving replaces that change with what you see here. What should happen to ${them}?`
            : props.update
              ? `You changed what ${one ? 'it is' : 'they are'} based on. What should happen to ${them}?`
              : `You changed the ${noun}. What should happen to ${them}?`}
      </p>
      <ul className="link-choices">
        {choices.map((choice, i) => {
          const id = `link-choice-${choice.action}`;
          return (
            <li key={choice.action}>
              <button
                type="button"
                className={
                  choice.action === 'delete'
                    ? 'secondary danger'
                    : i === 0
                      ? undefined
                      : 'secondary'
                }
                autoFocus={i === 0}
                aria-describedby={id}
                onClick={() => props.onChoose(choice.action)}
              >
                {choice.label}
              </button>
              <div id={id} className="muted">
                {choice.does(noun, props.update ?? null).map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

/**
 * The confirm panel's warning that the credit log already has an unlinked credit entry for the
 * same learning (rule "avoid counting the same learning twice"), with, when given, the choice to
 * link that one to the entry instead of adding a second ("Link that entry to this course
 * instead"), described by the warning.
 */
export function SameLearningNote(props: {
  id: string;
  text: string;
  link: { entry: string; busy: boolean; onLink: () => void } | null;
}) {
  return (
    <div>
      <p id={props.id} className="warning-text">
        {props.text}
      </p>
      {props.link && (
        <button
          type="button"
          className="secondary"
          disabled={props.link.busy}
          aria-describedby={props.id}
          onClick={props.link.onLink}
        >
          Link that entry to {props.link.entry} instead
        </button>
      )}
    </div>
  );
}
