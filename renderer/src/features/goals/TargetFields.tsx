import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { credentialCatalog } from '../../../../shared/catalog/credentials';
import { skillAreas } from '../../../../shared/catalog/skills';
import { trainingTopics } from '../../../../shared/domain/eligibility';
import { roleTypes } from '../../../../shared/domain/experience';
import {
  measuresForKind,
  requirementFitsKind,
  type GoalMeasureSource,
} from '../../../../shared/domain/goals';
import { Field } from '../../components/Field';
import { areaLabels } from '../credentials/messages';
import { roleTypeLabels, topicLabels } from '../experience/messages';
import {
  credentialNamer,
  credentialShortName,
  type OwnCredential,
} from '../ladder/credential-names';
import { requirementTitle } from '../ladder/requirement-title';
import { useOwnCredentials } from '../ladder/use-own-credentials';
import { withMeasure, type GoalDraft } from './goal-draft';
import { measureLabels, paramLabel, targetHint } from './messages';

type Set = (patch: Partial<GoalDraft>) => void;

/**
 * The credentials a goal can count: the catalogue's, then the user's own (named as the ladder
 * names them), then the one the goal already names if its definition was deleted.
 */
function credentialOptions(
  own: readonly OwnCredential[] | undefined,
  current: string,
): [string, string][] {
  const options: [string, string][] = [
    ...credentialCatalog.map((c): [string, string] => [c.id, c.acronym]),
    ...(own ?? []).map((c): [string, string] => [c.id, `${c.acronym} (your own)`]),
  ];
  if (current && !options.some(([id]) => id === current)) {
    // While the user's own are still loading, the neutral "a credential of your own".
    options.push([
      current,
      credentialShortName(current, own) ?? 'A deleted credential of your own',
    ]);
  }
  return options;
}

function paramOptions(
  source: GoalMeasureSource,
  own: readonly OwnCredential[] | undefined,
  current: string,
): [string, string][] | null {
  switch (source) {
    case 'experience':
      return [
        ...roleTypes.map((t) => [t, roleTypeLabels[t]] as [string, string]),
        ['any-role', 'Any role'],
      ];
    case 'contact-hours':
      return trainingTopics.map((t) => [t, topicLabels[t]]);
    case 'learning-credits':
      return [['all', 'All areas'], ...Object.entries(areaLabels)];
    case 'skill':
      return skillAreas.map((a) => [a.id, a.name]);
    case 'credentials':
      return credentialOptions(own, current);
    default:
      return null;
  }
}

function NumberTarget({
  d,
  set,
  errors,
}: {
  d: GoalDraft;
  set: Set;
  errors: Record<string, string>;
}) {
  const options = paramOptions(d.source, useOwnCredentials(), d.param);
  return (
    <div className="form-grid">
      <Field label="Measured by" error={errors['target.measure']}>
        <select
          value={d.source}
          onChange={(e) => {
            set(withMeasure(d, e.target.value as GoalMeasureSource));
          }}
        >
          {measuresForKind[d.kind].map((s) => (
            <option key={s} value={s}>
              {measureLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      {options && (
        <Field label={paramLabel(d.source)} error={errors['target.param']}>
          <select value={d.param} onChange={(e) => set({ param: e.target.value })}>
            {options.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </Field>
      )}
      {d.source === 'manual' && (
        <>
          <Field
            label="Where you are now"
            hint="You keep this count yourself: a whole number, for example 3."
            error={errors['target.param']}
          >
            <input
              inputMode="numeric"
              value={d.param}
              onChange={(e) => set({ param: e.target.value })}
            />
          </Field>
          <Field label="Unit, e.g. books" error={errors['target.unitLabel']}>
            <input value={d.unitLabel} onChange={(e) => set({ unitLabel: e.target.value })} />
          </Field>
        </>
      )}
      <Field
        label="Target number"
        hint={targetHint(d.source, d.param)}
        error={errors['target.value'] ?? errors.target}
      >
        <input
          inputMode={d.source === 'manual' || d.source === 'credentials' ? 'numeric' : 'decimal'}
          value={d.value}
          onChange={(e) => set({ value: e.target.value })}
        />
      </Field>
    </div>
  );
}

function RequirementTarget(props: { d: GoalDraft; set: Set; plan: LadderPlan; error?: string }) {
  // The ladder's names: the user's own credentials by name, a deleted one said so.
  const nameOf = credentialNamer(useOwnCredentials());
  return (
    <Field label="Ladder requirement" error={props.error}>
      <select value={props.d.link} onChange={(e) => props.set({ link: e.target.value })}>
        <option value="">Choose a requirement</option>
        {props.plan.rungs.map((r) => (
          <optgroup key={r.id} label={r.name}>
            {r.requirements
              .filter((q) => requirementFitsKind(props.d.kind, q.kind))
              .map((q) => (
                <option key={q.id} value={`${r.id}|${q.id}`}>
                  {requirementTitle(q, nameOf)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}

/** The measurable target: a number measured from records, or a requirement of the ladder. */
export function TargetFields(props: {
  d: GoalDraft;
  set: Set;
  plan: LadderPlan;
  errors: Record<string, string>;
}) {
  const { d, set, errors } = props;
  const linkError = errors['target.requirementId'] ?? errors['target.rungId'] ?? errors.target;
  return (
    <fieldset>
      <legend>Measurable target</legend>
      <div className="radio-field">
        <input
          type="radio"
          id="target-number"
          name="target-type"
          checked={d.targetType === 'number'}
          onChange={() => set({ targetType: 'number' })}
        />
        <label htmlFor="target-number">A number</label>
      </div>
      <div className="radio-field">
        <input
          type="radio"
          id="target-requirement"
          name="target-type"
          checked={d.targetType === 'requirement'}
          onChange={() => set({ targetType: 'requirement' })}
        />
        <label htmlFor="target-requirement">A requirement on my ladder</label>
      </div>
      {d.targetType === 'number' ? (
        <NumberTarget d={d} set={set} errors={errors} />
      ) : (
        <RequirementTarget d={d} set={set} plan={props.plan} error={linkError} />
      )}
    </fieldset>
  );
}
