import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { areas } from '../../../../shared/catalog/credentials';
import { afterRemoval, firstField, focusElement, focusSoon } from '../../components/focus-soon';
import { areaLabels } from '../credentials/messages';
import { Select, TextInput } from './inputs';
import { sessionLabels } from './messages';

export interface SessionDraft {
  id: string;
  title: string;
  speaker: string;
  hours: string;
  area: string;
  givenByMe: boolean;
}

const areaOptions = Object.fromEntries(areas.map((a) => [a, areaLabels[a]])) as Record<
  string,
  string
>;
const blank = (): SessionDraft => ({
  id: '',
  title: '',
  speaker: '',
  hours: '',
  area: 'waysOfWorking',
  givenByMe: false,
});

/**
 * The sessions of an event, each with its hours and area, or marked as a talk I gave: a talk's
 * credit (Give a presentation, Giving Back) has no area split, so it shows no area.
 */
export function SessionFields(props: {
  sessions: SessionDraft[];
  errors: Record<string, string>;
  onChange: (s: SessionDraft[]) => void;
  /** Removes session `i`; the form moves the errors of the sessions after it up with them. */
  onRemove: (i: number) => void;
}) {
  const { sessions, errors, onChange, onRemove } = props;
  const edit = (i: number, patch: Partial<SessionDraft>) =>
    onChange(sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const row = (i: number) => fieldset.current?.querySelector(`[aria-label="Session ${i + 1}"]`);
  // The change is drawn at once (flushSync) and focus moved in the same click, so a later
  // action (a Save that focuses its error summary) is never overtaken by it; focusSoon waits
  // only when the new rows are not drawn yet.
  const moveFocus = (find: () => Element | null | undefined, control: HTMLElement) => {
    const target = find();
    if (target) focusElement(target);
    else focusSoon(find, undefined, control);
  };
  // Focus stays in the sessions: on the same control of the session that took the removed
  // one's place, else of the one before, else on "Add a session" (none left).
  const remove = (i: number, control: HTMLElement) => {
    const next = afterRemoval(control, '.session-row', () => addButton.current);
    flushSync(() => onRemove(i));
    // The rows are keyed by place: removing one before the last keeps the pressed control,
    // now the next session's, where it is (afterRemoval finds nothing to move to).
    if (!control.isConnected) moveFocus(next, control);
  };
  // A new session is typed in right away: focus goes to its title.
  const add = (control: HTMLElement) => {
    const added = sessions.length;
    flushSync(() => onChange([...sessions, blank()]));
    moveFocus(() => firstField(row(added)), control);
  };
  return (
    <fieldset ref={fieldset}>
      <legend>Sessions</legend>
      {sessions.length === 0 && (
        <p className="muted">No sessions yet. Add the ones you attended or gave.</p>
      )}
      {sessions.map((s, i) => (
        <div key={i} className="session-row" role="group" aria-label={`Session ${i + 1}`}>
          <TextInput
            label={sessionLabels(i).title}
            value={s.title}
            onChange={(title) => edit(i, { title })}
            error={errors[`sessions.${i}.title`]}
          />
          <TextInput
            label={sessionLabels(i).speaker}
            value={s.speaker}
            onChange={(speaker) => edit(i, { speaker })}
            error={errors[`sessions.${i}.speaker`]}
          />
          <TextInput
            label={sessionLabels(i).hours}
            inputMode="decimal"
            value={s.hours}
            onChange={(hours) => edit(i, { hours })}
            error={errors[`sessions.${i}.hours`]}
          />
          {!s.givenByMe && (
            <Select
              label={sessionLabels(i).area}
              value={s.area}
              options={areaOptions}
              onChange={(area) => edit(i, { area })}
              error={errors[`sessions.${i}.area`]}
            />
          )}
          <label className="check">
            <input
              type="checkbox"
              checked={s.givenByMe}
              onChange={(e) => edit(i, { givenByMe: e.target.checked })}
            />{' '}
            I gave this talk
          </label>
          <button type="button" className="secondary" onClick={(e) => remove(i, e.currentTarget)}>
            Remove session {i + 1}
          </button>
        </div>
      ))}
      <button
        ref={addButton}
        type="button"
        className="secondary"
        onClick={(e) => add(e.currentTarget)}
      >
        Add a session
      </button>
    </fieldset>
  );
}
