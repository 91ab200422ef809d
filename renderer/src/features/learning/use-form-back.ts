import type { RefObject } from 'react';
import { firstField } from '../../components/focus-soon';
import { useFormBackAfterUndo } from '../../components/form-back-after-undo';
import { changesGoneText } from '../experience/messages';

/**
 * What the Undo of a delete does besides putting the record back, when the record's edit form
 * held changes not yet saved: the toast says so (`said`, after "Deleted “…”."), and once the
 * record is back its form opens again with them (`afterUndo`), focus in its first field.
 */
export interface FormGone {
  said: string;
  afterUndo: () => void;
  focus: () => Element | null;
}

/**
 * A journal or network tab's part in "a delete with an edit form open" (README, Decisions;
 * form-back-after-undo.ts), as the goal and role screens have it: deleting the record whose form
 * is open closes the form (`onDeleted`, given to the tab's delete), and when the form held
 * changes its Undo opens the form again with them (`typed`, given to the form with `onDraft`).
 * `stored` is the record being edited as stored now — null once deleted (elsewhere: the form
 * says so), undefined while a form brought back by Undo waits for its record to be read back.
 * `screen` names the tab (an Undo pressed while another tab shows opens the form when it is
 * back), `noun` the record in the toast, `section` the tab's element, holding the form.
 */
export function useTabFormBack<R extends { id: string }, D>(props: {
  screen: string;
  noun: string;
  rows: readonly R[];
  editing: R | 'new' | null;
  open: (row: R) => void;
  drop: (id: string) => void;
  section: RefObject<HTMLElement | null>;
}) {
  const { noun, rows, editing, drop, section } = props;
  const back = useFormBackAfterUndo<R, D>(props.screen, rows, props.open);
  const opened = editing === null || editing === 'new' ? null : editing;
  const formField = () => firstField(section.current?.querySelector('form'));
  const onDeleted = (id: string): FormGone | null => {
    const left = back.leave(opened, id);
    drop(id);
    return (
      left && { said: changesGoneText(noun), afterUndo: () => back.reopen(left), focus: formField }
    );
  };
  const stored =
    opened === null || back.waitingFor(opened)
      ? undefined
      : (rows.find((r) => r.id === opened.id) ?? null);
  return {
    onDeleted,
    onDraft: back.onDraft,
    stored,
    typed: opened ? back.initialFor(opened) : undefined,
  };
}
