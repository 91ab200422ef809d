import { useRef, useState } from 'react';
import {
  experienceTotals,
  findOverlaps,
  roleLength,
  roleTypes,
} from '../../../../shared/domain/experience';
import { useToday } from '../../app/use-today';
import { UndoRefused, useUndo } from '../../components/undo';
import { afterRemoval, firstField, focusSoon, pageHeading } from '../../components/focus-soon';
import { useFormEditing } from '../learning/use-editing';
import { useRoles } from '../../db/career-hooks';
import { deleteRole, restoreRole, type RoleRow } from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { RoleForm } from './RoleForm';
import {
  changesGoneText,
  formatMonth,
  monthsText,
  roleTypeLabels,
  saveFailureText,
} from './messages';
import { notPutBackText } from '../learning/tab-words';
import { roleToDraft, type RoleDraft } from './role-draft';
import { useFormBackAfterUndo } from '../../components/form-back-after-undo';
import { WriteButton } from '../../components/read-only';

function Totals({ roles, asOf }: { roles: RoleRow[]; asOf: string }) {
  const totals = experienceTotals(roles, asOf);
  const rows = roleTypes.filter((t) => totals.byType[t] > 0);
  return (
    <section className="card" aria-labelledby="totals-heading">
      <h2 id="totals-heading">Experience by kind</h2>
      <p className="hint">Months count once, even when roles overlap.</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Kind of experience</th>
            <th scope="col">Unique months</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t}>
              <th scope="row">{roleTypeLabels[t]}</th>
              <td>{monthsText(totals.byType[t])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Any project work</th>
            <td>{monthsText(totals.project)}</td>
          </tr>
          <tr>
            <th scope="row">All roles</th>
            <td>{monthsText(totals.anyRole)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function Overlaps({ roles, asOf }: { roles: RoleRow[]; asOf: string }) {
  const overlaps = findOverlaps(roles, asOf);
  if (overlaps.length === 0) return null;
  const title = (id: string) => roles.find((r) => r.id === id)?.title ?? '';
  return (
    <section className="card" aria-labelledby="overlap-heading">
      <h2 id="overlap-heading">Roles that overlap</h2>
      <p>Overlaps are fine: shared months are counted once. Check the dates are right.</p>
      <ul>
        {overlaps.map((o) => (
          <li key={o.roleIds.join('-')}>
            {title(o.roleIds[0])} and {title(o.roleIds[1])} share {monthsText(o.months)}
            {o.sameOrganisation ? ' at the same organisation' : ''}.
          </li>
        ))}
      </ul>
    </section>
  );
}

function RoleTable(props: {
  roles: RoleRow[];
  asOf: string;
  onEdit: (r: RoleRow) => void;
  /**
   * A role was deleted: its form, if open, closes. Returns what its Undo does once the role is
   * back (the form opened again with the changes it held), if anything.
   */
  onDeleted: (id: string) => { afterUndo: () => void; focus: () => Element | null } | null;
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const [failure, setFailure] = useState<string | null>(null);
  async function remove(r: RoleRow) {
    const pressed = document.activeElement;
    // Focus goes on from the next role's Delete (the one before on the last row).
    const next = afterRemoval(pressed, 'tr', pageHeading);
    try {
      const removed = await deleteRole(store, r.id);
      if (!removed) return;
      const form = props.onDeleted(r.id);
      focusSoon(next, pageHeading, pressed);
      // Never over a role saved again since (in another window, say): that one is kept.
      const said = `Deleted “${r.title}”.${form ? changesGoneText('role') : ''}`;
      const undo = async () => {
        if (!(await restoreRole(store, removed))) throw new UndoRefused(notPutBackText(r.title));
        form?.afterUndo();
      };
      offerUndo(said, undo, form ? { focus: form.focus } : undefined);
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }
  return (
    <>
      {failure && (
        <p role="alert" className="form-summary">
          {failure}
        </p>
      )}
      {/* Scrolls sideways inside its box in a narrow window, so the page never does. */}
      <div className="table-scroll">
        <table className="data-table">
          <caption>Your roles, latest first</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Length</th>
              <th scope="col">Kinds</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {props.roles.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <bdi>{r.title}</bdi>, <bdi>{r.organisation}</bdi>
                </th>
                <td>{formatMonth(r.start)}</td>
                <td>{formatMonth(r.end)}</td>
                <td>{monthsText(roleLength(r, props.asOf))}</td>
                <td>{r.roleTypes.map((t) => roleTypeLabels[t]).join(', ')}</td>
                <td>
                  {/* The cell stays a table cell (its row's border); the buttons line up inside it. */}
                  <div className="actions">
                    <button type="button" className="secondary" onClick={() => props.onEdit(r)}>
                      Edit <span className="visually-hidden">{r.title}</span>
                    </button>
                    <WriteButton type="button" className="secondary" onClick={() => void remove(r)}>
                      Delete <span className="visually-hidden">{r.title}</span>
                    </WriteButton>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Work history (issue 5 part 2): roles, overlap notices and unique months per kind. The role
 * form takes the focus when it opens and gives it back to the button that opened it.
 */
export function ExperienceScreen() {
  const roles = useRoles();
  const asOf = useToday();
  const { editing, open, close, drop, listRef } = useFormEditing<RoleRow>();
  const page = useRef<HTMLDivElement>(null);
  const formField = () => firstField(page.current?.querySelector('form'));
  const setEditing = (value: RoleRow | 'new') => open(value, () => focusSoon(formField));
  // A role deleted with changes in its form: Undo opens the form again with them.
  const back = useFormBackAfterUndo<RoleRow, RoleDraft>('roles', roles, open);
  // The role being edited as stored now: null once deleted elsewhere (the form says so), not
  // known while a form brought back by Undo waits for its role to be read back.
  const opened = editing === null || editing === 'new' ? null : editing;
  const stored =
    opened && roles && !back.waitingFor(opened)
      ? (roles.find((r) => r.id === opened.id) ?? null)
      : undefined;
  if (!roles) return <p className="muted">Loading…</p>;
  const onDeleted = (id: string) => {
    const left = back.leave(opened, id);
    drop(id);
    return left && { afterUndo: () => back.reopen(left), focus: formField };
  };
  return (
    <div ref={page}>
      <header className="page-header">
        <h1
          ref={(el) => {
            listRef.current = el;
          }}
          tabIndex={-1}
        >
          Experience
        </h1>
        <p className="muted">Your work history decides exam eligibility and ladder readiness.</p>
      </header>
      {editing ? (
        <RoleForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={
            editing === 'new' ? undefined : (back.initialFor(editing) ?? roleToDraft(editing))
          }
          {...(opened ? { opened, stored } : {})}
          {...(opened && back.isBack(opened) ? { saved: roleToDraft(opened) } : {})}
          onDraft={back.onDraft}
          onDone={close}
        />
      ) : (
        <div className="actions">
          <WriteButton id="add-role" type="button" onClick={() => setEditing('new')}>
            Add a role
          </WriteButton>
        </div>
      )}
      {roles.length === 0 ? (
        <p>No roles yet. Add your current and past roles to see your experience.</p>
      ) : (
        <>
          <RoleTable roles={roles} asOf={asOf} onEdit={setEditing} onDeleted={onDeleted} />
          <Overlaps roles={roles} asOf={asOf} />
          <Totals roles={roles} asOf={asOf} />
        </>
      )}
    </div>
  );
}
