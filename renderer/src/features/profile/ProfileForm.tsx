import { useRef, useState, type FormEvent } from 'react';
import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  educationLevels,
  gacCanApply,
  weekdays,
  draftOnLadder,
  draftWeeklyHours,
  type EducationLevel,
  type ProfileDraft,
  type ProfileErrors,
  type ProfileErrorCode,
  type ProfileField,
  type Weekday,
} from '../../../../shared/domain/profile/profile';
import { amountError } from '../credit-log/messages';
import { useLadderPlan } from '../../db/career-hooks';
import { useStore } from '../../db/store-context';
import { saveProfile } from '../../db/repositories/profile';
import { StorageError } from '../../db/errors';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { storageErrorText } from '../../components/storage-messages';
import { educationLabels, profileErrorText, removedRungText, weekdayLabels } from './messages';
import { RungSelect } from './RungSelect';
import { sameDraft, useDraftGuard } from '../../components/unsaved-changes';
import { formatNumber } from '../../components/format';
import { EditForm } from '../../components/read-only';
import { ChangedElsewhere } from '../../components/ChangedElsewhere';
import { focusBackWhenEnabled } from '../../components/focus-soon';
import { useSettled } from '../../components/use-settled';

/** The form's fields in the order they are shown, with their labels (for the error summary). */
const fieldOrder: readonly [ProfileField, string][] = [
  ['name', 'Your name (optional)'],
  ['currentRung', 'Current rung'],
  ['targetRung', 'Target rung'],
  ['education', 'Highest education'],
  ['gacAccredited', 'My degree is from a GAC-accredited programme'],
  ...weekdays.map((d): [ProfileField, string] => [`weeklyAvailability.${d}`, weekdayLabels[d]]),
];

/**
 * A field's error in words; a day's hours typed as "1,000" say the two numbers they could be
 * (amountError), as the credit log and the study plan's days do.
 */
function fieldErrorText(field: ProfileField, code: ProfileErrorCode, draft: ProfileDraft): string {
  const day = /^weeklyAvailability\.(\w+)$/.exec(field)?.[1] as Weekday | undefined;
  const text = profileErrorText(field, code);
  return day ? amountError(draft.weeklyAvailability[day] ?? '', text) : text;
}

/** Each problem, in the form's order, worded as next to its field. */
function summaryItems(errors: ProfileErrors, draft: ProfileDraft): SummaryItem[] {
  return fieldOrder.flatMap(([field, label]) => {
    const code = errors[field];
    return code ? [{ field, label, message: fieldErrorText(field, code, draft) }] : [];
  });
}

interface Props {
  initial: ProfileDraft;
  submitLabel: string;
  onSaved?: () => void;
}

/**
 * The profile form used by onboarding and Settings. The rungs offered are those of the
 * user's own ladder (the default one before any edit, so onboarding sees the shipped rungs).
 * Nothing is saved while any field is invalid.
 */
export function ProfileForm(props: Props) {
  const plan = useLadderPlan();
  if (!plan) return <p className="muted">Loading your ladder…</p>;
  return <ProfileFormBody {...props} plan={plan} />;
}

function ProfileFormBody({ initial, submitLabel, onSaved, plan }: Props & { plan: LadderPlan }) {
  const store = useStore();
  // A rung removed from the ladder since the profile was saved is chosen again.
  const [start] = useState(() => draftOnLadder(initial, plan));
  const [draft, setDraft] = useState(start.draft);
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The values the last save wrote, while the form still shows them ("Saved." speaks of them).
  const [savedAs, setSavedAs] = useState<ProfileDraft | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const markSaved = useDraftGuard(draft);
  // The stored profile changed under the form (a restore, another window): an untouched form
  // shows the new values; one with changes keeps them and says so, so a save never puts back
  // the old values unseen.
  const [shown, setShown] = useState(initial);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // What this form's own save wrote, while it is written: the next stored change is that save,
  // and a change typed after it (before the store answered) is kept.
  const [savedDraft, setSavedDraft] = useState<ProfileDraft | null>(null);
  if (!sameDraft(initial, shown)) {
    setShown(initial);
    const own = savedDraft !== null;
    setSavedDraft(null);
    // "Saved" speaks of the values on screen: a change from elsewhere makes it untrue.
    if (!own) setSavedAs(null);
    const untouched = sameDraft(draft, draftOnLadder(shown, plan).draft);
    const typedSince = savedDraft !== null && !sameDraft(draft, savedDraft);
    if (typedSince) setChangedElsewhere(false);
    else if (own || untouched) {
      const next = draftOnLadder(initial, plan).draft;
      setDraft(next);
      markSaved(next);
      // The saved values, as stored: still what "Saved." speaks of.
      if (own && savedAs !== null && sameDraft(savedAs, draft)) setSavedAs(next);
      setChangedElsewhere(false);
    } else setChangedElsewhere(true);
  }

  const err = (f: ProfileField) => {
    const code = errors[f];
    if (code) return fieldErrorText(f, code, draft);
    const gone = (f === 'currentRung' || f === 'targetRung') && start.removed.includes(f);
    return gone && draft[f] === '' ? removedRungText(f) : undefined;
  };
  const update = (patch: Partial<ProfileDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSavedAs(null);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    // The button is switched off while saving, which drops the focus to the page: it comes
    // back to the button once the save has answered (unless an error summary takes it).
    const pressed = submitRef.current;
    setSaveError(null);
    setSaving(true);
    setSavedDraft(draft);
    try {
      const result = await saveProfile(store, draft);
      if (!result.ok) {
        setSavedDraft(null);
        setErrors(result.errors);
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      setErrors({});
      setChangedElsewhere(false);
      // Shown only while the form still holds these values: a change typed while the save
      // was under way is not saved.
      setSavedAs(draft);
      markSaved();
      onSaved?.();
    } catch (error) {
      setSavedDraft(null);
      setSaveError(error instanceof StorageError ? storageErrorText(error.code) : String(error));
    } finally {
      setSaving(false);
      focusBackWhenEnabled(pressed);
    }
  }

  const total = draftWeeklyHours(draft.weeklyAvailability);
  const heardTotal = useSettled(total);

  return (
    <EditForm className="profile-form" onSubmit={onSubmit} noValidate>
      {changedElsewhere && <ChangedElsewhere subject="Your profile" />}
      <ErrorSummary ref={summaryRef} items={summaryItems(errors, draft)} />
      {saveError && (
        <div className="form-summary" role="alert">
          {saveError}
        </div>
      )}

      <fieldset>
        <legend>About you</legend>
        <Field
          label="Your name (optional)"
          hint="Printed on your progress report."
          error={err('name')}
        >
          <input
            type="text"
            autoComplete="name"
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>Your place on the career ladder</legend>
        <RungSelect
          label="Current rung"
          rungs={plan.rungs}
          value={draft.currentRung}
          error={err('currentRung')}
          onChange={(v) => update({ currentRung: v })}
        />
        <RungSelect
          label="Target rung"
          rungs={plan.rungs}
          value={draft.targetRung}
          error={err('targetRung')}
          onChange={(v) => update({ targetRung: v })}
        />
      </fieldset>

      <fieldset>
        <legend>Education</legend>
        <Field
          label="Highest education"
          hint="Exam eligibility depends on it: a four-year degree shortens the experience PMI asks for."
          error={err('education')}
        >
          <select value={draft.education} onChange={(e) => update({ education: e.target.value })}>
            <option value="">Choose…</option>
            {educationLevels.map((lvl) => (
              <option key={lvl} value={lvl}>
                {educationLabels[lvl]}
              </option>
            ))}
          </select>
        </Field>
        <div className="checkbox-field">
          <input
            id="gac"
            type="checkbox"
            checked={draft.gacAccredited && gacCanApply(draft.education as EducationLevel | '')}
            // Reachable and read out with its hint, but not ticked below a bachelor's degree.
            aria-disabled={!gacCanApply(draft.education as EducationLevel | '')}
            aria-describedby="gac-hint"
            onChange={(e) =>
              gacCanApply(draft.education as EducationLevel | '') &&
              update({ gacAccredited: e.target.checked })
            }
          />
          <label htmlFor="gac">My degree is from a GAC-accredited programme</label>
        </div>
        <p id="gac-hint" className="hint">
          Only a bachelor’s degree or higher can be GAC-accredited.
        </p>
      </fieldset>

      <fieldset>
        <legend>Weekly study time</legend>
        <p className="hint">
          Hours you can usually study on each day. Quarter hours are fine (1.25).
        </p>
        <div className="week-grid">
          {weekdays.map((d) => (
            <Field key={d} label={weekdayLabels[d]} error={err(`weeklyAvailability.${d}`)}>
              <input
                type="text"
                inputMode="decimal"
                value={draft.weeklyAvailability[d]}
                onChange={(e) =>
                  update({
                    weeklyAvailability: { ...draft.weeklyAvailability, [d]: e.target.value },
                  })
                }
              />
            </Field>
          ))}
        </div>
        {/* Seen at each key; heard once the typing pauses (useSettled), not after every key:
            screen readers read the settled total, not the one shown. One text, read whole. */}
        <p className="total" aria-hidden="true">
          {formatHours(total)} a week
        </p>
        <p className="visually-hidden" aria-live="polite">{`${formatHours(heardTotal)} a week`}</p>
      </fieldset>

      <div className="actions">
        <button type="submit" ref={submitRef} disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {/* Always there, empty until saved: a live region drawn together with its words is
            not read out by screen readers, so "Saved." would never be heard. */}
        <span className="saved-note" role="status">
          {savedAs !== null && sameDraft(draft, savedAs) ? 'Saved.' : ''}
        </span>
      </div>
    </EditForm>
  );
}

export function formatHours(h: number): string {
  const n = formatNumber(h);
  return h === 1 ? `${n} hour` : `${n} hours`;
}
