/**
 * "Have you renewed it every cycle so far?": the add/edit credential form's question for an
 * earned credential whose first cycle has already ended, and the words saying what Ascent
 * records. Without it, a PMP earned in 2014 and renewed ever since showed as "Cycle 1 ·
 * Expired" until each renewal was recorded by hand (walk-through).
 *
 * Asked when adding, and when an edit changes the stage or the earned date, only if some cycle
 * ended before today unrenewed and the earned date is plausible (keepCurrentPlan: not while a
 * year is still being typed). It follows the earned date once entered (the field left, or the
 * date unchanged for a moment: use-settled-date.ts), so it does not come and go, nor say dates
 * nobody meant, while a month or day is typed over; the save uses the date as typed. The
 * renewals it records are marked `assumed`: an edit of the earned date takes them out and asks
 * again, and never touches those recorded by hand. These rules are
 * shared/domain/credentials/keep-current.ts's (and keep-current-form.ts's); this file looks the
 * rule up and renders.
 *
 * One choice among radio buttons (keep-current-words.ts, KeepCurrentAnswer): renewed every
 * cycle; every cycle except the newest, while it is still in its suspension year; or not.
 *
 * "Renewed" is chosen at first when that is the likely case (README Decisions): a credential
 * that Ascent shows as expired when a cycle is not renewed (PMI, IIBA, ISACA, Scrum Alliance,
 * your own) and that someone adds to plan the continuing education that keeps it is most often
 * one they keep. For PMI a lapse also costs the credential (the exam must be retaken,
 * domain-facts §1); for IIBA, ISACA and Scrum Alliance the sources say only what each cycle
 * requires, not what a lapse costs, so the default rests on the first reason alone. "Not
 * renewed" is chosen at first for PeopleCert, whose unrenewed certificates stay valid ("not
 * current", §3), and for an edit of a credential already stored with a lapsed cycle: the
 * person said so then. A newest cycle still in its suspension year is left out at first
 * ("except the one that ended on …"): recording it would hide the suspension and its renew-by
 * date, so the person must say they renewed it.
 */
import { useId, useState, type Ref } from 'react';
import { renewalsKept, type Renewal } from '../../../../shared/domain/credentials';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';
import { useAsking, type KeepCurrentInput, type Shown } from './keep-current-asking';
import {
  answerLabel,
  keepCurrentAnswer,
  keepCurrentAnswers,
  keepCurrentText,
  keepCurrentWaitingText,
  renewalsToSave,
  takenOutText,
  type KeepCurrentAnswer,
  type KeepCurrentQuestion,
} from './keep-current-words';

export type { KeepCurrentInput } from './keep-current-asking';
export {
  keepCurrentText,
  renewalsToSave,
  type KeepCurrentAnswer,
  type KeepCurrentQuestion,
} from './keep-current-words';

const byDate = (a: Renewal, b: Renewal) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The question as the person sees it: the credential, the renewals it is about, the answer. */
const seenAs = (q: KeepCurrentQuestion | null) =>
  q && [q.draft.credentialId, q.answer, ...q.plan.renewals.map((r) => r.date)].join(' ');

/**
 * What a save does about the question: waits (`unseen`), when the question applies to the
 * earned date as typed but was not on screen with that answer (a date typed or pasted and saved
 * at once); else saves `renewals` (null: the credential keeps its renewals as they are).
 */
export type KeepCurrentSave = { unseen: true } | { unseen: false; renewals: Renewal[] | null };

/** The person's answer, in its two parts (useKeepCurrent); null until they choose. */
interface Answers {
  answer: { credentialId: string; kept: boolean } | null;
  notYetAnswer: { last: string; notYet: boolean } | null;
}

/** The question with the person's answer, for the earned date settled or as typed. */
function questionOf(
  { asked }: Shown,
  { answer, notYetAnswer }: Answers,
  credentialId: string,
): KeepCurrentQuestion | null {
  if (!asked) return null;
  const lastOpen = asked.plan.stillRenewableUntil != null;
  const last = asked.plan.renewals.at(-1)?.date ?? '';
  return {
    ...asked,
    lastOpen,
    answer: keepCurrentAnswer(
      answer?.credentialId === credentialId ? answer.kept : asked.likely,
      lastOpen,
      notYetAnswer?.last === last ? notYetAnswer.notYet : true,
    ),
  };
}

/**
 * The question's state for the form, kept in two parts that make one answer
 * (keepCurrentAnswer): whether every cycle was renewed follows the likely answer until the
 * person chooses, and that holds for the credential chosen (another one starts over); whether
 * the newest cycle, still in its suspension year, is not renewed yet is so at first, and the
 * person's choice about it holds for that cycle.
 */
export function useKeepCurrent(input: KeepCurrentInput) {
  const { shown, typed, settle } = useAsking(input);
  const [answer, setAnswer] = useState<Answers['answer']>(null);
  const [notYetAnswer, setNotYetAnswer] = useState<Answers['notYetAnswer']>(null);
  const { credentialId } = input;
  const answers: Answers = { answer, notYetAnswer };
  const question = questionOf(shown, answers, credentialId);
  const last = shown.asked?.plan.renewals.at(-1)?.date ?? '';
  const lastOpen = question?.lastOpen === true;
  // A save held back because the question was not seen: the form says why, beside it.
  const [waiting, setWaiting] = useState(false);
  return {
    question,
    takenOut: shown.out,
    /** The save waits for the person to see the question (toSave said `unseen`). */
    waiting: waiting && question !== null,
    /** For the unsaved-changes guard. */
    draft: answers,
    /** The earned date is entered (its field left, or the form saved): the question follows it. */
    settle,
    /** The person's answer; whether the newest cycle is renewed is said only while it can be. */
    choose: (chosen: KeepCurrentAnswer) => {
      setAnswer({ credentialId, kept: chosen !== 'none' });
      if (chosen !== 'none' && lastOpen)
        setNotYetAnswer({ last, notYet: chosen === 'except-last' });
    },
    /**
     * The renewals to save with the credential: those stored (less the assumed ones a new
     * earned date takes out) and those the answer adds; null when nothing changes (the
     * credential is saved with its renewals as they are). Worked out for the earned date as
     * typed, not as settled: a save right after typing saves what was typed, and one made before
     * the other credentials held have been read reads them first. Unless the question for that
     * date was not on screen with its answer: the save then waits (`unseen`), since the
     * renewals would be recorded "as you said" when the person said nothing. Call settle()
     * first, so that the question shows.
     */
    toSave: async (stored: readonly Renewal[] | undefined): Promise<KeepCurrentSave> => {
      const now = await typed();
      const asked = questionOf(now, answers, credentialId);
      const unseen = asked !== null && seenAs(asked) !== seenAs(question);
      setWaiting(unseen);
      if (unseen) return { unseen };
      const added = renewalsToSave(asked);
      if (added.length === 0 && now.out.renewals.length === 0) return { unseen, renewals: null };
      return { unseen, renewals: [...renewalsKept(stored, now.out), ...added].sort(byDate) };
    },
  };
}

/** The question in the form, with what the save will record said live beneath it. */
export function KeepCurrentFieldset({
  keep,
  today,
  saveLabel,
  groupRef,
}: {
  keep: ReturnType<typeof useKeepCurrent>;
  today: LocalDate;
  /** The form's save button, named in the line saying the save waits for the answer. */
  saveLabel: string;
  /** The question's group, where focus goes when the save waits for it. */
  groupRef: Ref<HTMLFieldSetElement>;
}) {
  const id = useId();
  const q = keep.question;
  const takenOut = takenOutText(keep.takenOut);
  const said = q ? `${takenOut ? `${takenOut} ` : ''}${keepCurrentText(q, today)}` : takenOut;
  return (
    <div className="keep-current">
      {q && (
        <fieldset
          ref={groupRef}
          tabIndex={-1}
          aria-describedby={keep.waiting ? `${id}-waiting ${id}-hint` : `${id}-hint`}
        >
          <legend>Have you renewed {q.rule.acronym} every cycle so far?</legend>
          {keep.waiting && (
            <p className="form-summary" id={`${id}-waiting`}>
              {keepCurrentWaitingText(q.rule.acronym, saveLabel)}
            </p>
          )}
          <p className="hint" id={`${id}-hint`}>
            {q.rule.acronym}’s {q.firstEnded === 1 ? 'first cycle' : `cycle ${q.firstEnded}`} ended
            on {formatDate(q.plan.renewals[0]!.date)}. If you have renewed it each time, Ascent
            records those renewals, so it shows the cycle you are in today.
          </p>
          {keepCurrentAnswers(q).map((answer) => (
            <div key={answer} className="radio-field">
              <input
                id={`${id}-${answer}`}
                type="radio"
                name={`${id}-answer`}
                value={answer}
                checked={q.answer === answer}
                aria-describedby={`${id}-said`}
                onChange={() => keep.choose(answer)}
              />
              <label htmlFor={`${id}-${answer}`}>{answerLabel(q, answer)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {/* Always in the page, empty when there is nothing to say: a live region added already
          filled may not be read out, one filled later is. It follows the settled earned date, so
          a date being typed is not read out at each key. */}
      <p id={`${id}-said`} className={q ? undefined : 'hint'} aria-live="polite">
        {said}
      </p>
    </div>
  );
}
