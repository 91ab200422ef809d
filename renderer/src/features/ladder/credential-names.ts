/**
 * Credentials as the ladder names them: the catalogue's, the user's own (custom credentials;
 * PRODUCT.md: "a built-in catalogue plus custom credentials"), and one of the user's own that
 * was deleted, said in words rather than as an id.
 */
import { credentialCatalog, findCredentialRule } from '../../../../shared/catalog/credentials';
import type { CycleFigures, ReadinessInput } from '../../../../shared/domain/readiness';

/** What the ladder needs of a credential the user defined (a custom credential row). */
export interface OwnCredential {
  id: string;
  acronym: string;
  name: string;
  body: string;
}

/** A requirement naming a credential nobody can hold any more, in a title. */
export const DELETED_CREDENTIAL = 'a deleted credential of your own';
/** An id outside the catalogue while the user's own credentials are not known here. */
const SOME_OWN_CREDENTIAL = 'a credential of your own';

/**
 * A credential's short name (its acronym), or null for one of the user's own that was
 * deleted. Without `own`, an id outside the catalogue is called "a credential of your own"
 * (custom ids start with "custom-"), never shown as an id.
 */
export function credentialShortName(id: string, own?: readonly OwnCredential[]): string | null {
  const rule = findCredentialRule(id);
  if (rule) return rule.acronym;
  if (!own) return id.startsWith('custom-') ? SOME_OWN_CREDENTIAL : id.toUpperCase();
  return own.find((c) => c.id === id)?.acronym ?? null;
}

/** Names for titles: a deleted credential is called so. */
export function credentialNamer(own?: readonly OwnCredential[]): (id: string) => string {
  return (id) => credentialShortName(id, own) ?? DELETED_CREDENTIAL;
}

export interface CredentialChoice {
  value: string;
  label: string;
}

/**
 * The tick boxes of a credential requirement: the catalogue, then the user's own (marked as
 * theirs, with the body they named), then any credential the requirement still names that
 * was deleted, so it can be unticked.
 */
export function credentialChoices(
  own: readonly OwnCredential[],
  named: readonly string[] = [],
): CredentialChoice[] {
  const catalogue = credentialCatalog.map((c) => ({
    value: c.id,
    label: c.acronym === c.name ? c.name : `${c.acronym} — ${c.name}`,
  }));
  const yours = own
    .filter((c) => !findCredentialRule(c.id))
    .map((c) => ({ value: c.id, label: `${c.acronym} — ${c.name} (your own, ${c.body})` }));
  const known = new Set([...catalogue, ...yours].map((c) => c.value));
  const gone = [...new Set(named)].filter((id) => !known.has(id));
  const deleted = gone.map((id, i) => ({
    value: id,
    label: `A deleted credential of your own${gone.length > 1 ? ` (${i + 1})` : ''}: untick it and choose another`,
  }));
  return [...catalogue, ...yours, ...deleted];
}

/** Readiness input that knows the user's own credentials, so a deleted one is recognised. */
export function withOwnCredentials(
  input: ReadinessInput,
  own: readonly OwnCredential[],
): ReadinessInput {
  return { ...input, ownCredentialIds: own.map((c) => c.id) };
}

/**
 * Readiness input with the start-up summary's judged cycles, so a suspended credential's next
 * action says whether its log already meets the rule without reading the whole log.
 */
export function withCycleFigures(
  input: ReadinessInput,
  evaluations: ReadonlyMap<string, CycleFigures | null>,
): ReadinessInput {
  return { ...input, cycleFigures: evaluations };
}
