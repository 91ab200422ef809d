// A category of one's own credential is named by the name the user gave it everywhere a
// category is said: the cap reason ("Formal learning is capped at 8 CPDs") in the cycle's
// activities, the claim CSV's category column, and the printed report's caps and
// "Still needed" lines. Before, these said "Category 1", made up from its id.
import { cleanup, render, screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { customCredentialRule, type CredentialRule } from '../../../shared/catalog/credentials';
import { claimCsvTable, claimRows } from '../../../shared/domain/claims';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import type { Activity } from '../../../shared/domain/credits';
import { credentialRows } from '../../../shared/domain/report';
import { CycleActivities } from '../../../renderer/src/features/credentials/CycleActivities';
import { reasonText } from '../../../renderer/src/features/credentials/messages';
import { claimCsvLabels } from '../../../renderer/src/features/credit-log/claim-csv-labels';
import { toCsvText } from '../../../renderer/src/features/credit-log/csv-text';
import { CredentialsPart } from '../../../renderer/src/features/reports/CareerSections';
import { activity, evaluate } from '../domain/credits/fixtures';

afterEach(cleanup);

const AS_OF = '2026-12-06';
const own = customCredentialRule({
  id: 'custom-cpd',
  acronym: 'MYCPD',
  name: 'My CPD',
  body: 'My institute',
  unit: 'CPD' as const,
  cycleMonths: 12,
  total: 20,
  categories: [
    { id: 'category-1', name: 'Formal learning', min: 5, cap: 8 },
    { id: 'category-2', name: 'Reading' },
  ],
});
if (!own.ok) throw new Error('invalid custom credential');
const mine: CredentialRule = own.value;
const held: HeldWithRule = {
  credential: { id: 'held-mine', credentialId: mine.id, stage: 'earned', earnedDate: '2026-06-01' },
  rule: mine,
};

const inCategory = (category: string, amount: number, title: string): Activity =>
  activity({
    date: '2026-07-01',
    title,
    amount,
    categories: { 'custom:custom-cpd': category },
  });
const course = inCategory('category-1', 10, 'Project controls course');
const books = inCategory('category-2', 12, 'Reading');
const flat = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a category of one’s own credential, by its own name', () => {
  it('the cap reason names it, given the rule', () => {
    const cap = { code: 'CATEGORY_CAP' as const, category: 'category-1', limit: 8, excess: 2 };
    expect(reasonText(cap, 'CPD', 'MYCPD', mine)).toBe(
      'Formal learning is capped at 8 CPDs: 2 CPDs did not count.',
    );
    // A built-in category keeps its name with or without a rule.
    const pdu = { ...cap, category: 'professional-development' };
    expect(reasonText(pdu, 'CPD', undefined, mine)).toBe(
      'Professional development is capped at 8 CPDs: 2 CPDs did not count.',
    );
  });

  it('the cycle’s activities say the cap in the category’s name', () => {
    const log = [course, books];
    const ev = evaluate(held, log, AS_OF);
    render(
      <CycleActivities
        evaluation={ev}
        cycles={[ev]}
        onChooseCycle={() => {}}
        held={held}
        activities={log}
      />,
    );
    const row = screen.getByRole('link', { name: 'Project controls course' }).closest('tr')!;
    expect(within(row).getByText(/is capped at/).textContent).toBe(
      'Formal learning is capped at 8 CPDs: 2 CPDs did not count.',
    );
  });

  it('the claim CSV names the category by its name', () => {
    const log = [course, books];
    const table = claimCsvTable(
      claimRows(evaluate(held, log, AS_OF), log),
      mine,
      claimCsvLabels(mine),
    );
    const [header, ...rows] = Papa.parse<string[]>(toCsvText(table).slice(1), {
      skipEmptyLines: true,
    }).data;
    const column = header!.indexOf('Category');
    expect(rows.map((r) => r[column])).toEqual(['Formal learning', 'Reading']);
  });

  it('the printed report says its cap in its name', () => {
    render(<CredentialsPart rows={credentialRows([held], [course, books], AS_OF)} />);
    const caps = screen.getByRole('list', { name: 'MYCPD: caps and carry-over' });
    expect(within(caps).getAllByRole('listitem').map(flat)).toEqual([
      'Formal learning is capped at 8 CPDs: 2 CPDs did not count.',
    ]);
  });

  it('the printed report’s “Still needed” names it', () => {
    // The total is met by Reading alone, but Formal learning's minimum is not.
    const reading = inCategory('category-2', 20, 'Reading');
    render(<CredentialsPart rows={credentialRows([held], [reading], AS_OF)} />);
    const needed = screen.getByRole('list', { name: 'Still needed:' });
    expect(within(needed).getAllByRole('listitem').map(flat)).toEqual([
      '5 CPDs more in Formal learning.',
    ]);
  });
});
