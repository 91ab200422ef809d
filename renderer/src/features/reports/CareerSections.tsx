import type { ExamEligibility } from '../../../../shared/domain/eligibility';
import {
  eligibilityLayout,
  missingFor,
  type GoalLine,
  type SummarySection,
} from '../../../../shared/domain/report';
import { formatDate } from '../../components/format';
import { goalAmountText, goalMeasureText } from '../goals/goal-progress-words';
import { goalDueText, statusLabels } from '../goals/messages';
import { credentialNamer, type OwnCredential } from '../ladder/credential-names';
import { pathLabels } from '../ladder/eligibility-messages';
import { mustRetake } from '../../../../shared/domain/eligibility';
import { examAcronym } from '../ladder/exam-name';
import {
  readinessCountWords,
  readinessNote,
  readinessPercentWords,
  REPORT_NOTHING_TO_DO,
  REPORT_UNMEASURED,
} from '../ladder/readiness-words';
import { NextActions } from '../ladder/NextActions';
import {
  heldElsewhereText,
  notJudgedGroupsSentence,
  reportActionWords,
  reportExamLabel,
  reportExamSentence,
} from './report-words';
import {
  ACHIEVED_AFTER_PERIOD,
  goalsAchievedBeforeText,
  goalsBegunAfterText,
  NO_GOALS_IN_PERIOD,
} from './messages';
import { ReportSection } from './ReportSection';

export { CredentialsPart } from './CredentialsPart';

export function SummaryPart({ s }: { s: SummarySection }) {
  return (
    <ReportSection id="summary">
      <p>
        Current rung: <strong>{s.currentRung?.name ?? 'not set'}</strong>. Target rung:{' '}
        <strong>{s.targetRung?.name ?? 'not set'}</strong>.
      </p>
      {s.readiness && s.readiness.score === null && (
        <p>
          Readiness for {s.targetRung?.name}: {REPORT_UNMEASURED}.
        </p>
      )}
      {s.readiness && s.readiness.score !== null && (
        <>
          <p>
            Readiness for {s.targetRung?.name}:{' '}
            <strong>{readinessPercentWords(s.readiness.score)}</strong> ·{' '}
            {readinessCountWords(s.readiness)}.
          </p>
          <p className="muted">{readinessNote}</p>
        </>
      )}
      <h4>Next actions</h4>
      <NextActions
        actions={s.actions}
        label="Next actions"
        words={reportActionWords}
        none={s.readiness?.score === null ? REPORT_NOTHING_TO_DO : undefined}
      />
    </ReportSection>
  );
}

/**
 * Exam eligibility for the reader of the printed report (eligibilityLayout): a row for each
 * verdict worth reading, one line for the exams that wait for information (what is not
 * recorded), and the exams left out because the Credentials section shows them held.
 * `shownHeldIds`: the held credentials that section lists (none when it is left out).
 */
export function EligibilityPart({
  exams,
  shownHeldIds = new Set(),
}: {
  exams: ExamEligibility[];
  shownHeldIds?: ReadonlySet<string>;
}) {
  const { rows, waiting, heldElsewhere } = eligibilityLayout(exams, shownHeldIds);
  const names = (ids: readonly string[]) => ids.map(examAcronym);
  const nothing = rows.length === 0 && !waiting && heldElsewhere.length === 0;
  return (
    <ReportSection id="eligibility">
      {nothing && <p>No exams to show.</p>}
      {rows.length > 0 && (
        <table className="data-table report-table">
          <thead>
            <tr>
              <th scope="col">Exam</th>
              <th scope="col">Verdict</th>
              <th scope="col">Path</th>
              <th scope="col">In words</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => {
              // An exam the person holds (and need not retake) has no verdict or path to show.
              const holds = e.held !== undefined && !mustRetake(e.held);
              const acronym = examAcronym(e.examId);
              return (
                <tr key={e.examId}>
                  <th scope="row">{acronym}</th>
                  <td>{reportExamLabel(e)}</td>
                  <td>{holds ? '—' : pathLabels[e.path.pathId]}</td>
                  <td>{reportExamSentence(e, acronym, missingFor(e))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {waiting && (
        <p data-testid="eligibility-waiting">{notJudgedGroupsSentence(waiting.missing)}</p>
      )}
      {heldElsewhere.length > 0 && (
        <p className="muted" data-testid="eligibility-held">
          {heldElsewhereText(names(heldElsewhere))}
        </p>
      )}
    </ReportSection>
  );
}

/** What a goal is measured by, as its card says it (goalMeasureText, with the card's names). */
const measure = (line: GoalLine, nameOf: (credentialId: string) => string) =>
  goalMeasureText(line.goal.target, { rungs: line.rung ? [line.rung] : [] }, nameOf);

const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/**
 * " (12 days left)", " (due today)", " (3 days overdue)" after the target date, as the goal's
 * card says it (goalDue, for a goal still to be achieved, paused ones too), or nothing.
 */
const dueWords = (line: GoalLine) => (line.due ? ` (${goalDueText(line.due)})` : '');

/**
 * Goals and milestones: those the report lists for its period (reportGoals), one achieved
 * after it said so in place of "Achieved", and a line for the achieved ones left out as over
 * before it (`achievedBefore`) or begun after it (`begunAfter`). A goal measured by
 * credentials names them as its card does (credentialNamer with the user's own, `own`, which
 * the report's data waits for): "Credentials held: PMOX", and one of the user's own that was
 * deleted "a deleted credential of your own". Without `own`, catalogue names only.
 */
export function GoalsPart({
  lines,
  own,
  achievedBefore = 0,
  begunAfter = 0,
}: {
  lines: GoalLine[];
  own?: readonly OwnCredential[] | undefined;
  achievedBefore?: number;
  begunAfter?: number;
}) {
  const nameOf = credentialNamer(own);
  return (
    <ReportSection id="goals">
      {lines.length === 0 && (
        <p>{achievedBefore + begunAfter > 0 ? NO_GOALS_IN_PERIOD : 'No goals recorded.'}</p>
      )}
      {lines.map((line) => {
        const { goal, progress: p, milestonesDoneInPeriod } = line;
        const state = line.achievedAfterPeriod ? ACHIEVED_AFTER_PERIOD : statusLabels[goal.status];
        return (
          <div className="report-block" key={goal.id}>
            <h4>
              {goal.title} ({state})
            </h4>
            {measure(line, nameOf) && <p className="muted">{measure(line, nameOf)}</p>}
            <p>
              {sentence(goalAmountText(goal, p))}
              {goal.targetDate && ` Target date ${formatDate(goal.targetDate)}${dueWords(line)}.`}
            </p>
            {goal.milestones.length > 0 && (
              <ul aria-label={`Milestones of ${goal.title}`}>
                {goal.milestones.map((m) => (
                  <li key={m.id}>
                    {m.title}: due {formatDate(m.due)},{' '}
                    {m.doneOn ? `done ${formatDate(m.doneOn)}` : 'not done'}.
                  </li>
                ))}
              </ul>
            )}
            {milestonesDoneInPeriod > 0 && (
              <p className="muted">Milestones done in this period: {milestonesDoneInPeriod}.</p>
            )}
          </div>
        );
      })}
      {achievedBefore > 0 && (
        <p className="muted" data-testid="goals-achieved-before">
          {goalsAchievedBeforeText(achievedBefore)}
        </p>
      )}
      {begunAfter > 0 && (
        <p className="muted" data-testid="goals-begun-after">
          {goalsBegunAfterText(begunAfter)}
        </p>
      )}
    </ReportSection>
  );
}
