/**
 * The built-in credential catalogue: every credential named in domain-facts.md, as typed
 * rule records with a source and confidence on every number.
 */
import {
  comptiaCredentials,
  iibaCredentials,
  isacaCredentials,
  scrumAllianceCredentials,
} from './other-bodies';
import { peopleCertCredentials } from './peoplecert';
import { pmiCredentials } from './pmi';
import type { CredentialRule } from './types';

export const credentialCatalog: readonly CredentialRule[] = [
  ...pmiCredentials,
  ...peopleCertCredentials,
  ...scrumAllianceCredentials,
  ...iibaCredentials,
  ...isacaCredentials,
  ...comptiaCredentials,
];

/** The catalogue rule with this id, or undefined. */
export function findCredentialRule(id: string): CredentialRule | undefined {
  return credentialCatalog.find((rule) => rule.id === id);
}
