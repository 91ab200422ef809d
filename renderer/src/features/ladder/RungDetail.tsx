import {
  requirementBasis,
  type LadderPlan,
  type LadderRungPlan,
  type Requirement,
} from '../../../../shared/catalog/ladder-requirements';
import {
  rungReadiness,
  type ReadinessInput,
  type RequirementResult,
} from '../../../../shared/domain/readiness';
import { hrefFor } from '../../app/routes';
import { ProgressBar } from '../credentials/charts';
import { credentialNamer, type OwnCredential } from './credential-names';
import { CONFERENCES_PLACE } from './action-messages';
import { requirementCells, requirementStatusText } from './messages';
import { readinessNote, readinessWords } from './readiness-words';
import { requirementTitle } from './requirement-title';
import { RungEditor } from './RungEditor';

/** "Why": the source, and its note (the shared rule says when a number is yours). */
function whyText(rungId: string, q: Requirement): string {
  const basis = requirementBasis(rungId, q);
  return basis.note ? `${basis.source} — ${basis.note}` : basis.source;
}

/**
 * "Why", folded: the source is often the same long sentence on every row, and open it would
 * stretch the table. The summary names its requirement for a screen reader's list of controls.
 */
function WhyDetails(props: { rungId: string; q: Requirement; title: string }) {
  return (
    <details className="requirement-why">
      <summary>
        Why<span className="visually-hidden">: {props.title}</span>
      </summary>
      <p>{whyText(props.rungId, props.q)}</p>
    </details>
  );
}

/**
 * Where a requirement's records come from, when that is not where a person would look first:
 * conferences count from Learning → Events, not from a course or training in the credit log.
 */
function WhereRecorded({ q }: { q: RequirementResult }) {
  if (q.kind !== 'conferences') return null;
  return (
    <p className="hint requirement-where">
      Record conferences under <a href={hrefFor('learning', 'events')}>{CONFERENCES_PLACE}</a>; one
      logged only in the credit log does not count here.
    </p>
  );
}

/** The requirements, one row each: met or not, have vs need, the gap in numbers and why. */
function RequirementsTable(props: {
  rung: LadderRungPlan;
  requirements: readonly RequirementResult[];
  nameOf: (credentialId: string) => string;
}) {
  const { rung, nameOf } = props;
  // An empty table says nothing: say there are none yet, and where to add the first.
  if (props.requirements.length === 0) {
    return (
      <p>
        {rung.name} has no requirements yet. Add the first one under “Add a requirement” below; the
        essential ones measure how ready you are.
      </p>
    );
  }
  // Scrolls sideways inside its box at high zoom, so the page never does.
  return (
    <div
      className="table-scroll scroll-region rung-table"
      role="region"
      aria-label="Requirements table"
      tabIndex={0}
    >
      <table className="data-table">
        <caption>Requirements for {rung.name}</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">You have</th>
            <th scope="col">Needed</th>
            <th scope="col">Gap</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {props.requirements.map((q) => {
            const title = requirementTitle(q.requirement, nameOf);
            const cells = requirementCells(q);
            return (
              <tr key={q.requirement.id}>
                <th scope="row">
                  {title}
                  <WhereRecorded q={q} />
                </th>
                <td>{q.requirement.priority === 'essential' ? 'Essential' : 'Recommended'}</td>
                <td>{requirementStatusText(q, nameOf)}</td>
                <td>{cells.have}</td>
                <td>{cells.need}</td>
                <td>{cells.gap}</td>
                <td>
                  <WhyDetails rungId={rung.id} q={q.requirement} title={title} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** One rung: its readiness, its requirements, and the editor for them. */
export function RungDetail(props: {
  plan: LadderPlan;
  rung: LadderRungPlan;
  input: ReadinessInput;
  /** The user's own credentials, to name them. */
  own: readonly OwnCredential[];
}) {
  const { plan, rung, input, own } = props;
  const r = rungReadiness(rung, input);
  const nameOf = credentialNamer(own);
  return (
    <div>
      <header className="page-header">
        <p>
          <a href={hrefFor('ladder')}>Back to the ladder</a>
        </p>
        <h1>{rung.name}</h1>
        {r.score === null ? (
          <p>{readinessWords(r, true)}.</p>
        ) : (
          <>
            <p>Readiness: {readinessWords(r, true)}.</p>
            <ProgressBar value={r.score} target={100} label={`Readiness ${r.score} out of 100`} />
            <p className="hint">{readinessNote}</p>
          </>
        )}
      </header>
      <RequirementsTable rung={rung} requirements={r.requirements} nameOf={nameOf} />
      <RungEditor key={rung.id} plan={plan} rung={rung} own={own} />
    </div>
  );
}
