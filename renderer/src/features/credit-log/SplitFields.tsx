import { useId } from 'react';
import { areas } from '../../../../shared/catalog/credentials';
import { splitProgress, type ActivityDraft } from '../../../../shared/domain/claims';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { Field } from '../../components/Field';
import { formatNumber } from '../../components/format';
import type { FieldsProps } from './form-types';
import { activityLabels as labels, allocationLabel, hoursText } from './messages';

function progressText(d: ActivityDraft): { text: string; done: boolean } {
  const { sum, counted } = splitProgress(d);
  if (sum === null) return { text: 'The areas add up to — (a number is unreadable).', done: false };
  if (counted === null) return { text: `The areas add up to ${hoursText(sum)}.`, done: false };
  const base = `The areas add up to ${formatNumber(sum)} of ${hoursText(counted)} counted`;
  if (sum === counted) return { text: `${base}: it adds up.`, done: true };
  const diff = Math.abs(counted - sum);
  return {
    text: `${base}: ${hoursText(diff)} ${sum < counted ? 'still to place' : 'too many'}.`,
    done: false,
  };
}

interface Props extends FieldsProps {
  /** PMI credentials whose Ways of Working the user allocates (PMI-ACP, PMI-RMP, …). */
  chosen: readonly HeldWithRule[];
}

/**
 * The Talent Triangle split of an education activity (domain-facts §1: one activity may be
 * split across areas; the areas add up to the counted hours), and the Ways of Working
 * hours that cover each "chosen" credential's subject.
 */
export function SplitFields({ draft, update, errorFor, chosen }: Props) {
  const id = useId();
  const progress = progressText(draft);
  const error = errorFor('split');
  const setArea = (area: (typeof areas)[number], value: string) =>
    update({ split: { ...draft.split, [area]: value } });
  const setAllocation = (ruleId: string, value: string) =>
    update({ waysOfWorkingFor: { ...draft.waysOfWorkingFor, [ruleId]: value } });
  return (
    <fieldset
      className={error ? 'has-error' : undefined}
      aria-describedby={`${id}-progress${error ? ` ${id}-error` : ''}`}
    >
      <legend>{labels.split}</legend>
      <p className="hint">
        How the counted hours divide across PMI’s areas. PMI credentials need it; leave it empty if
        you hold none.
      </p>
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
      {chosen.map((h) => (
        <Field
          key={h.rule.id}
          label={allocationLabel(h.rule.acronym)}
          hint={`Only the part whose content covers ${h.rule.acronym}’s subject; leave empty for none.`}
          error={errorFor(`waysOfWorkingFor.${h.rule.id}`)}
        >
          <input
            type="text"
            inputMode="decimal"
            name={`waysOfWorkingFor.${h.rule.id}`}
            value={draft.waysOfWorkingFor[h.rule.id] ?? ''}
            onChange={(e) => setAllocation(h.rule.id, e.target.value)}
          />
        </Field>
      ))}
    </fieldset>
  );
}
