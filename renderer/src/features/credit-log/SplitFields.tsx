import { useId, useState } from 'react';
import { areas } from '../../../../shared/catalog/credentials';
import { splitProgress, type ActivityDraft } from '../../../../shared/domain/claims';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { Field } from '../../components/Field';
import { formatNumber } from '../../components/format';
import type { FieldsProps } from './form-types';
import {
  activityLabels as labels,
  allocationLabel,
  allocationNotHeldHint,
  hoursText,
} from './messages';

/**
 * How far the areas are from the counted hours. Without a PMI credential (`pmi` false) it
 * only says the figures: nothing needs the split, so nothing is "still to place".
 */
function progressText(d: ActivityDraft, pmi: boolean): { text: string; done: boolean } {
  const { sum, counted } = splitProgress(d);
  if (sum === null) return { text: 'The areas add up to — (a number is unreadable).', done: false };
  if (counted === null) return { text: `The areas add up to ${hoursText(sum)}.`, done: false };
  const base = `The areas add up to ${formatNumber(sum)} of ${hoursText(counted)} counted`;
  if (sum === counted) return { text: `${base}: it adds up.`, done: true };
  if (!pmi) return { text: `${base}.`, done: false };
  const diff = Math.abs(counted - sum);
  return {
    text: `${base}: ${hoursText(diff)} ${sum < counted ? 'still to place' : 'too many'}.`,
    done: false,
  };
}

interface Props extends FieldsProps {
  /** PMI credentials whose Ways of Working the user allocates (PMI-ACP, PMI-RMP, …). */
  chosen: readonly HeldWithRule[];
  /**
   * Allocations the activity has for credentials not in `chosen` (no longer held or earned):
   * shown with a hint saying so, to be cleared or kept within the Ways of Working hours.
   */
  undrawn?: readonly { ruleId: string; acronym: string }[];
  /**
   * A PMI credential is held or planned, or none of any kind yet (splitApplies). Otherwise
   * the split is folded away behind "Talent Triangle split (PMI only)" and asks for nothing.
   */
  pmi?: boolean;
}

/** The disclosure's words, and its hint once opened, for someone who holds no PMI credential. */
export const SPLIT_DISCLOSURE = 'Talent Triangle split (PMI only)';
const SPLIT_HINT_PMI =
  'How the counted hours divide across PMI’s areas. PMI credentials need it; leave it empty if you hold none.';
const SPLIT_HINT_NO_PMI =
  'Only PMI credentials use this split, and you hold none: you can leave it empty.';

/** Said under the disclosure while it cannot fold (figures or an error in the split). */
export const SPLIT_LOCKED_HINT = 'Clear the figures to fold this away.';

/**
 * For someone who holds no PMI credential: the split folded away (opened by itself when it
 * already has figures or an error, so nothing typed or wrong is hidden). While it cannot fold
 * the button says so (aria-disabled, and a hint in words) rather than still reading as a
 * toggle that does nothing.
 */
export function SplitFields(props: Props) {
  const { draft, errorFor, pmi = true, undrawn = [] } = props;
  const id = useId();
  const filled =
    areas.some((a) => draft.split[a].trim() !== '') ||
    undrawn.some((u) => (draft.waysOfWorkingFor[u.ruleId] ?? '').trim() !== '');
  const [open, setOpen] = useState(filled);
  if (pmi) return <SplitFieldset {...props} pmi />;
  const wrong =
    !!errorFor('split') ||
    areas.some((a) => !!errorFor(`split.${a}`)) ||
    undrawn.some((u) => !!errorFor(`waysOfWorkingFor.${u.ruleId}`));
  const locked = filled || wrong;
  const shown = open || locked;
  return (
    <div className="cl-split-optional">
      <button
        type="button"
        className="link-button"
        aria-expanded={shown}
        aria-controls={shown ? `${id}-split` : undefined}
        aria-disabled={locked || undefined}
        aria-describedby={locked ? `${id}-locked` : undefined}
        onClick={() => !locked && setOpen(!shown)}
      >
        {SPLIT_DISCLOSURE}
      </button>
      {locked && (
        <p className="hint" id={`${id}-locked`}>
          {SPLIT_LOCKED_HINT}
        </p>
      )}
      {shown && <SplitFieldset {...props} pmi={false} id={`${id}-split`} />}
    </div>
  );
}

/**
 * The Talent Triangle split of an education activity (domain-facts §1: one activity may be
 * split across areas; the areas add up to the counted hours), and the Ways of Working
 * hours that cover each "chosen" credential's subject.
 */
function SplitFieldset({
  draft,
  update,
  errorFor,
  chosen,
  undrawn = [],
  pmi,
  id: fieldsetId,
}: Props & { pmi: boolean; id?: string }) {
  const id = useId();
  const progress = progressText(draft, pmi);
  const error = errorFor('split');
  const setArea = (area: (typeof areas)[number], value: string) =>
    update({ split: { ...draft.split, [area]: value } });
  // Emptied, the allocation is gone from the draft, as it was before anything was typed in it:
  // typing a figure and deleting it again leaves the form unchanged (no "Discard your changes?").
  const setAllocation = (ruleId: string, value: string) => {
    const { [ruleId]: _was, ...others } = draft.waysOfWorkingFor;
    update({ waysOfWorkingFor: value === '' ? others : { ...others, [ruleId]: value } });
  };
  return (
    <fieldset
      id={fieldsetId}
      className={error ? 'has-error' : undefined}
      aria-describedby={`${id}-progress${error ? ` ${id}-error` : ''}`}
    >
      <legend>{labels.split}</legend>
      <p className="hint">{pmi ? SPLIT_HINT_PMI : SPLIT_HINT_NO_PMI}</p>
      <div className="cl-row">
        {areas.map((area) => (
          <Field key={area} label={labels[`split.${area}`]} error={errorFor(`split.${area}`)}>
            <input
              type="text"
              inputMode="decimal"
              name={`split.${area}`}
              value={draft.split[area]}
              onChange={(e) => setArea(area, e.target.value)}
            />
          </Field>
        ))}
      </div>
      <p
        id={`${id}-progress`}
        className={progress.done ? 'cl-sum done' : 'cl-sum'}
        aria-live="polite"
      >
        {progress.text}
      </p>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {[
        ...chosen.map((h) => ({
          ruleId: h.rule.id,
          acronym: h.rule.acronym,
          hint: `Only the part whose content covers ${h.rule.acronym}’s subject; leave empty for none.`,
        })),
        ...undrawn.map((u) => ({ ...u, hint: allocationNotHeldHint(u.acronym) })),
      ].map(({ ruleId, acronym, hint }) => (
        <Field
          key={ruleId}
          label={allocationLabel(acronym)}
          hint={hint}
          error={errorFor(`waysOfWorkingFor.${ruleId}`)}
        >
          <input
            type="text"
            inputMode="decimal"
            name={`waysOfWorkingFor.${ruleId}`}
            value={draft.waysOfWorkingFor[ruleId] ?? ''}
            onChange={(e) => setAllocation(ruleId, e.target.value)}
          />
        </Field>
      ))}
    </fieldset>
  );
}
