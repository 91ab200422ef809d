import { skillAreas } from '../../../../shared/catalog/skills';
import { currentSkills, skillGaps, skillHistory } from '../../../../shared/domain/skills';
import { useToday } from '../../app/use-today';
import { formatDate } from '../../components/format';
import { useAssessments, useLadderPlan } from '../../db/career-hooks';
import { useProfile } from '../../db/hooks';
import type { AssessmentRow } from '../../db/repositories/career';
import { SkillChart, nameOf } from './SkillChart';
import { SkillForm } from './SkillForm';
import { ReadOnlyNote } from '../../components/read-only';

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

function History({ assessments, skill }: { assessments: AssessmentRow[]; skill: string }) {
  const history = skillHistory(assessments, skill as AssessmentRow['skill']);
  if (history.length === 0) return <p className="muted">Not rated yet.</p>;
  return (
    <table className="data-table">
      <caption>History of {nameOf(skill)}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Level</th>
        </tr>
      </thead>
      <tbody>
        {history.map((h, i) => (
          <tr key={i}>
            <td>{formatDate(h.date)}</td>
            <td>{h.level}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
