import { areas } from '../../../../shared/catalog/credentials';
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

/** The sessions of an event, each with its hours and area, or marked as a talk I gave. */
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
  return (
    <fieldset>
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
          />
          <TextInput
            label={sessionLabels(i).hours}
            inputMode="decimal"
            value={s.hours}
            onChange={(hours) => edit(i, { hours })}
            error={errors[`sessions.${i}.hours`]}
          />
          <Select
            label={sessionLabels(i).area}
            value={s.area}
            options={areaOptions}
            onChange={(area) => edit(i, { area })}
            error={errors[`sessions.${i}.area`]}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={s.givenByMe}
              onChange={(e) => edit(i, { givenByMe: e.target.checked })}
            />{' '}
            I gave this talk
          </label>
          <button type="button" className="secondary" onClick={() => onRemove(i)}>
            Remove session {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...sessions, blank()])}>
        Add a session
      </button>
    </fieldset>
  );
}
