import { useRef, useState } from 'react';
import type { LocalDate } from '../../../../shared/dates';
import { hrefFor } from '../../app/routes';
import { focusSoon, pageHeading } from '../../components/focus-soon';
import { WriteButton } from '../../components/read-only';
import { unarchivePlan, type StudyPlanRow } from '../../db/repositories/study-plans';
import { useStore } from '../../db/store-context';
import { saveFailureText } from '../experience/messages';
import { ARCHIVED_PLAN_TEXT } from './messages';

/**
 * The edit address of an archived plan (#/study/plan/<id>): an archived plan is not edited (a
 * save re-laid its blocks, which then stayed hidden), so this says it is archived and offers
 * "Make active again", as its card does; made active, the page becomes the plan's form, focus
 * on its heading. A refusal of the store is said here, as the card says it in its note.
 */
export function ArchivedPlanEdit({ plan, today }: { plan: StudyPlanRow; today: LocalDate }) {
  const store = useStore();
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLParagraphElement>(null);
  const id = `archived-plan-${plan.id}`;

  async function makeActive() {
    const pressed = document.activeElement;
    setNote('');
    try {
      if (!(await unarchivePlan(store, plan.id, today))) return;
    } catch (e) {
      setNote(saveFailureText(e));
      requestAnimationFrame(() => noteRef.current?.focus());
      return;
    }
    // The form's heading, once the form is drawn (this page's heading goes with this view).
    const formHeading = () =>
      document.querySelector('main .study-plan-form') ? pageHeading() : null;
    focusSoon(formHeading, pageHeading, pressed);
  }

  return (
    <section className="card study-plan archived" aria-labelledby={id}>
      <h2 id={id}>Archived plan</h2>
      <p>{ARCHIVED_PLAN_TEXT}</p>
      <div className="actions">
        <WriteButton type="button" onClick={makeActive}>
          Make active again
        </WriteButton>
        <a className="button secondary" href={hrefFor('study')}>
          Back to the study planner
        </a>
      </div>
      <p role="status" className="muted" tabIndex={-1} ref={noteRef}>
        {note}
      </p>
    </section>
  );
}
