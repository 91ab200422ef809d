import type { Sourced } from '../../../../shared/catalog/credentials';
import {
  findExamEdition,
  findExamFormats,
  type ExamFormat,
  type ExamId,
} from '../../../../shared/catalog/exams';
import {
  evaluateAllExams,
  type ConditionResult,
  type ExamEligibility,
  type PathResult,
} from '../../../../shared/domain/eligibility';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { useReadinessInput } from '../../db/career-hooks';
import { confidenceWords } from '../credentials/messages';
import {
  conditionText,
  examLabel,
  examSentence,
  missingLabels,
  pathLabels,
} from './eligibility-messages';
import { examAcronym } from './exam-name';
import { editionSentence, formatCaption, formatRows, shownHereText } from './exam-format-words';
import { mustRetake } from '../../../../shared/domain/eligibility';

const statusWords = { met: 'Met', unmet: 'Not met', unknown: 'Not known yet' } as const;

function Why({
  source,
  summary = 'Why this number?',
}: {
  source: Sourced<unknown> | undefined;
  summary?: string;
}) {
  if (!source) return null;
  return (
    <details>
      <summary>{summary}</summary>
      <p>
        Source: {source.source}. How sure: {confidenceWords(source).text}
        {source.note ? ` ${source.note}` : ''}
      </p>
    </details>
  );
}

function ConditionRow({ c }: { c: ConditionResult }) {
  const t = conditionText(c);
  return (
    <tr>
      <th scope="row">{t.what}</th>
      <td>{t.have}</td>
      <td>{t.need}</td>
      <td>{statusWords[c.status]}</td>
      <td>
        <Why source={'source' in c ? (c.source as Sourced<unknown>) : undefined} />
      </td>
    </tr>
  );
}

function PathTable({ path, caption }: { path: PathResult; caption: string }) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Condition</th>
          <th scope="col">You have</th>
          <th scope="col">Needed</th>
          <th scope="col">Status</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {path.conditions.map((c, i) => (
          <ConditionRow key={i} c={c} />
        ))}
      </tbody>
    </table>
  );
}

/** The confidence tag the credentials' rule panel shows beside a sourced number. */
function Sure({ source }: { source: Sourced<unknown> }) {
  return <span className={`confidence c-${source.confidence}`}>{confidenceWords(source).tag}</span>;
}

function FormatTable({ f }: { f: ExamFormat }) {
  return (
    <table className="data-table">
      <caption>{formatCaption(f, findExamEdition(f.edition))}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">In the exam</th>
          <th scope="col">How sure</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {formatRows(f).map((r) => (
          <tr key={r.what}>
            <th scope="row">{r.what}</th>
            <td>{r.value}</td>
            <td>
              <Sure source={r.source} />
            </td>
            <td>
              <Why
                source={r.source}
                summary={typeof r.source.value === 'boolean' ? 'Where is this from?' : undefined}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * How an exam and those shown with it are sat (domain-facts §3), with the edition's changes.
 * PRINCE2 Foundation has no eligibility rule, so its format comes with Practitioner's.
 */
function ExamFormats({ examId, acronym }: { examId: ExamId; acronym: string }) {
  const formats = findExamFormats(examId);
  const edition = formats[0] && findExamEdition(formats[0].edition);
  if (!edition) return null;
  const others = formats.filter((f) => f.credentialId !== examId);
  return (
    <div>
      <h3>How the exams are sat</h3>
      <p>
        {editionSentence(edition)} <Sure source={edition.changes} />
      </p>
      <Why source={edition.changes} summary="Where is this from?" />
      {others.map((f) => (
        <p key={f.credentialId}>{shownHereText(f.credentialId, acronym)}</p>
      ))}
      {formats.map((f) => (
        <FormatTable key={f.credentialId} f={f} />
      ))}
    </div>
  );
}

/** An exam whose credential the user holds: that they hold it, and its standing, no verdict. */
function HeldCard({ e, acronym }: { e: ExamEligibility; acronym: string }) {
  return (
    <section className="card" aria-labelledby={`exam-${e.examId}`}>
      <h2 id={`exam-${e.examId}`}>
        {acronym} <span className="pill">{examLabel(e)}</span>
      </h2>
      <p>
        {examSentence(e, acronym)}{' '}
        {e.held?.heldId && (
          <a href={hrefFor('credentials', e.held.heldId)}>Open your {acronym} under Credentials</a>
        )}
      </p>
      <ExamFormats examId={e.examId} acronym={acronym} />
    </section>
  );
}

function ExamCard({ e }: { e: ExamEligibility }) {
  const acronym = examAcronym(e.examId);
  if (e.held && !mustRetake(e.held)) return <HeldCard e={e} acronym={acronym} />;
  const others = e.paths.filter((p) => p.pathId !== e.path.pathId);
  return (
    <section className="card" aria-labelledby={`exam-${e.examId}`}>
      <h2 id={`exam-${e.examId}`}>
        {acronym} <span className="pill">{examLabel(e)}</span>
      </h2>
      <p>{examSentence(e, acronym)}</p>
      {e.missing.length > 0 && (
        <p>
          Still to enter:{' '}
          {e.missing.map((m, i) => (
            <span key={m}>
              {i > 0 && ', '}
              <a href={hrefFor('ladder', missingLabels[m].page)}>{missingLabels[m].text}</a>
            </span>
          ))}
          .
        </p>
      )}
      <PathTable path={e.path} caption={`${acronym}: ${pathLabels[e.path.pathId]} (applies)`} />
      {others.length > 0 && (
        <details>
          <summary>Other paths to {acronym}</summary>
          {others.map((p) => (
            <PathTable key={p.pathId} path={p} caption={`${acronym}: ${pathLabels[p.pathId]}`} />
          ))}
        </details>
      )}
      <ExamFormats examId={e.examId} acronym={acronym} />
    </section>
  );
}

/** Exam eligibility (issue 5 part 4): every exam, each condition as have vs need. */
export function EligibilityScreen() {
  const asOf = useToday();
  const input = useReadinessInput(asOf);
  if (!input) return <p className="muted">Loading…</p>;
  const results = evaluateAllExams(input);
  return (
    <div>
      <header className="page-header">
        <h1>Exam eligibility</h1>
        <p className="muted">
          From your <a href={hrefFor('ladder', 'experience')}>experience</a> and{' '}
          <a href={hrefFor('ladder', 'education')}>education</a>. Always confirm with the certifying
          body before applying.
        </p>
      </header>
      {results.map((e) => (
        <ExamCard key={e.examId} e={e} />
      ))}
    </div>
  );
}
