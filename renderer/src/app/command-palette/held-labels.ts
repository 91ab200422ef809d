/**
 * The palette's names of held credentials. One held once is named as its card names it
 * ("PMP — Project Management Professional"); the same credential held twice (an earlier
 * holding let lapse, a current one) would read alike, so each then says its days and status
 * (holdingOf), as the report's cycle choice adds a cycle's days to names that are the same:
 * "…, Feb 3, 2017 to Feb 2, 2020 (expired)", "…, Feb 1, 2024 to Jan 31, 2027 (active)".
 */
import type { LocalDate } from '../../../../shared/dates';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { holdingOf, type Holding } from '../../../../shared/domain/credentials/holding';
import { formatDate } from '../../components/format';
import { credentialStatusLabels } from '../../features/credentials/labels';

const named = (h: HeldWithRule) => `${h.rule.acronym} — ${h.rule.name}`;

function holdingText({ status, days }: Holding): string {
  const state = ` (${credentialStatusLabels[status].toLowerCase()})`;
  if (!days) return state;
  if (days.kind === 'cycle')
    return `, ${formatDate(days.start)} to ${formatDate(days.end)}${state}`;
  return `, ${days.kind === 'earned' ? 'earned' : 'exam'} ${formatDate(days.on)}${state}`;
}

/** Each held credential's name in the palette, by its id; `held` is every one the person has. */
export function heldRecordLabels(
  held: readonly HeldWithRule[],
  asOf: LocalDate,
): Map<string, string> {
  const count = new Map<string, number>();
  for (const h of held) count.set(named(h), (count.get(named(h)) ?? 0) + 1);
  return new Map(
    held.map((h) => {
      const name = named(h);
      const alike = (count.get(name) ?? 0) > 1;
      const told = alike ? holdingText(holdingOf(h, asOf, { alsoHeld: held })) : '';
      return [h.credential.id, `Credential: ${name}${told}`];
    }),
  );
}
