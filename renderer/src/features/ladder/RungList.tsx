import { useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import {
  moveRung,
  removeRung,
  type LadderPlan,
  type LadderRungPlan,
} from '../../../../shared/catalog/ladder-requirements';
import { ladderReadiness, type ReadinessInput } from '../../../../shared/domain/readiness';
import { hrefFor } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusSoon } from '../../components/focus-soon';
import { ProgressBar } from '../credentials/charts';
import { readinessNote, readinessWords } from './readiness-words';
import { useLadderEdit } from './use-ladder-edit';
import { removeRungText } from './edit-messages';
import type { Goal } from '../../../../shared/domain/goals';
import { goalsLinkedToRung } from '../../../../shared/domain/ladder/reset-loss';
import { WriteGroup } from '../../components/read-only';

type Direction = 'higher' | 'lower';
/** Said with the list, as on the Dashboard: the order a screen reader hears. */
const LIST_LABEL = 'Your ladder, top rung first';
/** Where focus goes once the saved ladder shows: the moved rung's button. */
type FocusAfter = { rungId: string; index: number; direction: Direction } | null;

/** A control of one rung's card, by its data attribute (the card may be drawn anew). */
const inCard =
  (list: RefObject<HTMLOListElement | null>, key: 'rungLink' | 'remove', id: string) => () =>
    [
      ...(list.current?.querySelectorAll<HTMLElement>(
        key === 'rungLink' ? 'a[data-rung-link]' : 'button[data-remove]',
      ) ?? []),
    ].find((x) => x.dataset[key] === id);

function RungControls(props: {
  rung: LadderRungPlan;
  /** Place in climbing order: 0 is the first rung (shown last), count - 1 the top. */
  index: number;
  count: number;
  onMove: (direction: Direction) => void;
  onRemove: () => void;
}) {
  const { rung, index, count } = props;
  return (
    <div className="actions rung-controls">
      <WriteGroup>
        <button
          type="button"
          className="secondary"
          data-rung={rung.id}
          data-direction="higher"
          disabled={index === count - 1}
          onClick={() => props.onMove('higher')}
        >
          Move higher <span className="visually-hidden">{rung.name}</span>
        </button>
        <button
          type="button"
          className="secondary"
          data-rung={rung.id}
          data-direction="lower"
          disabled={index === 0}
          onClick={() => props.onMove('lower')}
        >
          Move lower <span className="visually-hidden">{rung.name}</span>
        </button>
        <button type="button" className="secondary" data-remove={rung.id} onClick={props.onRemove}>
          Remove <span className="visually-hidden">{rung.name}</span>
        </button>
      </WriteGroup>
    </div>
  );
}

function RemoveDialog(props: {
  rung: LadderRungPlan;
  role: string;
  linkedGoals: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      title={`Remove ${props.rung.name}?`}
      confirmLabel="Remove the rung"
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      {removeRungText(props.rung, props.role, props.linkedGoals).map((t) => (
        <p key={t}>{t}</p>
      ))}
    </ConfirmDialog>
  );
}

/**
 * The rungs with their readiness, top rung first like the Dashboard's ladder, so "Move higher"
 * moves a card up the screen. Each is movable one place higher or lower and removable (with
 * Undo; your current or target rung, or one that goals are linked to, asks first). Only the
 * showing is turned over: the plan keeps climbing order (rung 1 first), and moves and the
 * focus after them use that index.
 */
export function RungList(props: {
  plan: LadderPlan;
  input: ReadinessInput;
  current?: string;
  target?: string;
  /** The user's goals (undefined while loading: no question on their account). */
  goals?: readonly Pick<Goal, 'target'>[] | undefined;
}) {
  const { plan, current, target } = props;
  const readiness = new Map(ladderReadiness(plan, props.input).map((r) => [r.rungId, r]));
  // [rung, its climbing index], top rung first.
  const topFirst = plan.rungs.map((rung, i) => [rung, i] as const).toReversed();
  const { apply, problem } = useLadderEdit(plan);
  const [asking, setAsking] = useState<LadderRungPlan | null>(null);
  const focusAfter = useRef<FocusAfter>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const list = useRef<HTMLOListElement>(null);

  // Runs after every render: focus waits until the saved ladder is on screen.
  useEffect(() => {
    const f = focusAfter.current;
    if (f === null) return;
    if (plan.rungs[f.index]?.id !== f.rungId) return;
    focusAfter.current = null;
    const buttons = [
      ...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-rung]') ?? []),
    ];
    const mine = buttons.filter((x) => x.dataset.rung === f.rungId && !x.disabled);
    (mine.find((x) => x.dataset.direction === f.direction) ?? mine[0])?.focus();
  });

  async function move(rung: LadderRungPlan, index: number, direction: Direction) {
    const to = direction === 'higher' ? index + 1 : index - 1;
    if (!(await apply(moveRung(plan, rung.id, to)))) return;
    focusAfter.current = { rungId: rung.id, index: to, direction };
    rerender();
  }
  // Removed, its card goes: focus goes on to the name of the rung shown after it (the one
  // before for the bottom card), as Goals do, so the view stays where it was; Undo brings it
  // back to the restored rung's name.
  async function remove(rung: LadderRungPlan) {
    setAsking(null);
    const shown = topFirst.findIndex(([r]) => r.id === rung.id);
    const neighbour = (topFirst[shown + 1] ?? topFirst[shown - 1])?.[0];
    const wholeList = () => list.current;
    const started = inCard(list, 'remove', rung.id)();
    const edit = removeRung(plan, rung.id);
    const said = `Removed the rung “${rung.name}”.`;
    if (!(await apply(edit, said, inCard(list, 'rungLink', rung.id)))) return;
    const next = neighbour ? inCard(list, 'rungLink', neighbour.id) : wholeList;
    focusSoon(next, wholeList, started);
  }
  const roleOf = (id: string) =>
    [id === current && 'the rung you are on', id === target && 'your target rung']
      .filter(Boolean)
      .join(' and ');
  const linkedGoals = (rung: LadderRungPlan) =>
    props.goals ? goalsLinkedToRung(rung, props.goals) : 0;
  const asks = (rung: LadderRungPlan) => roleOf(rung.id) !== '' || linkedGoals(rung) > 0;

  return (
    <>
      {problem && (
        <p className="form-summary" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">{readinessNote}</p>
      <ol className="ladder-rungs" ref={list} tabIndex={-1} aria-label={LIST_LABEL}>
        {topFirst.map(([rung, i]) => {
          const r = readiness.get(rung.id)!;
          const marks = [rung.id === current && 'You are here', rung.id === target && 'Your target']
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={rung.id} className="card">
              <h2>
                <a href={hrefFor('ladder', rung.id)} data-rung-link={rung.id}>
                  {rung.name}
                </a>
                {marks && <span className="pill"> {marks}</span>}
              </h2>
              <p className="muted">
                Rung {rung.level} of {plan.rungs.length}
                {rung.origin === 'user' ? ', added by you' : ''}
              </p>
              <p>{readinessWords(r)}.</p>
              {r.score !== null && (
                <ProgressBar
                  value={r.score}
                  target={100}
                  label={`${rung.name}: readiness ${r.score} out of 100`}
                />
              )}
              <RungControls
                rung={rung}
                index={i}
                count={plan.rungs.length}
                onMove={(d) => void move(rung, i, d)}
                onRemove={() => (asks(rung) ? setAsking(rung) : void remove(rung))}
              />
            </li>
          );
        })}
      </ol>
      {asking && (
        <RemoveDialog
          rung={asking}
          role={roleOf(asking.id)}
          linkedGoals={linkedGoals(asking)}
          onConfirm={() => void remove(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}
