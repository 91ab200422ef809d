import { useState } from 'react';
import { skillAreas, type SkillId } from '../../../../shared/catalog/skills';
import { currentSkills, skillGaps, skillRatings } from '../../../../shared/domain/skills';
import { useToday } from '../../app/use-today';
import { afterRemoval, focusSoon, pageHeading } from '../../components/focus-soon';
import { formatDate } from '../../components/format';
import { UndoRefused, useUndo } from '../../components/undo';
import { useAssessments, useLadderPlan } from '../../db/career-hooks';
import { useProfile } from '../../db/hooks';
import {
  deleteAssessment,
  restoreAssessment,
  type AssessmentRow,
} from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';
import { notPutBackOfText } from '../learning/tab-words';
import { SkillChart, nameOf } from './SkillChart';
import { SkillForm } from './SkillForm';
import { ReadOnlyNote, WriteButton } from '../../components/read-only';

function GapTable({ gaps, rungName }: { gaps: ReturnType<typeof skillGaps>; rungName: string }) {
  return (
    <table className="data-table">
      <caption>Skills now and the levels {rungName} asks for</caption>
      <thead>
        <tr>
          <th scope="col">Skill area</th>
          <th scope="col">Now</th>
          <th scope="col">Target</th>
          <th scope="col">Levels to climb</th>
          <th scope="col">Rated on</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((g) => (
          <tr key={g.skill}>
            <th scope="row">{nameOf(g.skill)}</th>
            <td>{g.level ?? 'Not rated'}</td>
            <td>{g.target ?? 'No target'}</td>
            <td>{g.gap}</td>
            <td>{formatDate(g.assessedOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The words of a rating in a button's name and the Undo notice: "Leadership level 4 rating of 12 Nov 2026". */
const ratingWords = (a: AssessmentRow) =>
  `${nameOf(a.skill)} level ${a.level} rating of ${formatDate(a.date)}`;

/**
 * Every rating of one skill, oldest first (the order the level comes from: on one day, the
 * one saved last counts), each with a Delete that can be undone, as for degrees and roles.
 */
function History({ assessments, skill }: { assessments: AssessmentRow[]; skill: SkillId }) {
  const store = useStore();
  const offerUndo = useUndo();
  const [failure, setFailure] = useState<string | null>(null);
  const ratings = skillRatings(assessments, skill);
  async function remove(a: AssessmentRow) {
    const pressed = document.activeElement;
    // Focus goes on from the next rating's Delete (the one before on the last row), and with
    // none left, from the skill's heading, just above its rating form.
    const next = afterRemoval(pressed, 'tr', () => document.getElementById(`skill-${skill}`));
    try {
      const removed = await deleteAssessment(store, a.id);
      if (!removed) return;
      setFailure(null);
      focusSoon(next, pageHeading, pressed);
      // Never over a rating saved again since (in another window, say): that one is kept.
      offerUndo(`Deleted the ${ratingWords(removed)}.`, async () => {
        if (!(await restoreAssessment(store, removed)))
          throw new UndoRefused(notPutBackOfText('The rating'));
      });
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }
  if (ratings.length === 0) return <p className="muted">Not rated yet.</p>;
  return (
    <>
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
      <table className="data-table">
        <caption>History of {nameOf(skill)}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Level</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((a) => (
            <tr key={a.id}>
              <td>{formatDate(a.date)}</td>
              <td>{a.level}</td>
              <td>
                <WriteButton
                  type="button"
                  className="secondary"
                  id={`rating-delete-${a.id}`}
                  onClick={() => void remove(a)}
                >
                  Delete <span className="visually-hidden">{ratingWords(a)}</span>
                </WriteButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Skills (issue 5 part 5): self-assessment per area, dated history, now vs target. */
export function SkillsScreen() {
  const asOf = useToday();
  const assessments = useAssessments();
  const plan = useLadderPlan();
  const profile = useProfile();
  if (!assessments || !plan) return <p className="muted">Loading…</p>;
  const rung = plan.rungs.find((r) => r.id === profile?.targetRung);
  const now = currentSkills(assessments, asOf);
  const gaps = rung ? skillGaps(rung, assessments, asOf) : [];
  return (
    <div>
      <header className="page-header">
        <h1>Skills</h1>
        <p className="muted">Rate yourself now and then; each rating is kept with its date.</p>
        <ReadOnlyNote />
      </header>
      {rung && (
        <section className="card" aria-labelledby="skill-gap-heading">
          <h2 id="skill-gap-heading">Now against {rung.name}</h2>
          <SkillChart gaps={gaps} rungName={rung.name} />
          <GapTable gaps={gaps} rungName={rung.name} />
        </section>
      )}
      {skillAreas.map((area, i) => (
        <section key={area.id} className="card" aria-labelledby={`skill-${area.id}`}>
          <h2 id={`skill-${area.id}`}>{area.name}</h2>
          <p className="muted">{area.summary}</p>
          <SkillForm
            area={area}
            current={now[i]?.level ?? null}
            currentOn={now[i]?.assessedOn ?? null}
          />
          <History assessments={assessments} skill={area.id} />
        </section>
      ))}
    </div>
  );
}
