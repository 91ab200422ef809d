/**
 * Generated careers for the credits tests that compare two ways of working out the same
 * figures (fast-path.test.ts, ledger.test.ts): the benchmark's generator, deterministic from
 * a seed (tests/bench/dataset).
 */
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { HeldCredential, HeldWithRule } from '../../../../shared/domain/credentials';
import type { Activity } from '../../../../shared/domain/credits';
import { activityRows, careerStart, credentialRows } from '../../../bench/dataset/credits';
import { presets, type Preset } from '../../../bench/dataset/presets';
import { createRandom } from '../../../bench/dataset/random';

export const GENERATED_TODAY = '2026-11-22';

/** The held credentials of a preset's career, each with its catalogue rule. */
export function heldOf(name: Preset['name'], today = GENERATED_TODAY): HeldWithRule[] {
  const preset = presets[name];
  return credentialRows(preset, careerStart(preset, today), today).map((row) => {
    const credential = row as unknown as HeldCredential;
    return { credential, rule: findCredentialRule(credential.credentialId)! };
  });
}

/** A preset's credit log and held credentials, from `seed`. */
export function career(seed: number, name: Preset['name'], today = GENERATED_TODAY) {
  const preset = presets[name];
  const { activities } = activityRows(
    createRandom(seed),
    preset,
    careerStart(preset, today),
    today,
  );
  return { held: heldOf(name, today), activities: activities as unknown as Activity[] };
}
