// Review A9: only conferences recorded under Learning → Events count for the ladder's
// "conferences a year" (a conference logged only in the credit log does not). The rule stays;
// the next best action says where to record one, and by when — once, after the sentence,
// whether the date is the rule's own or an earlier linked goal's.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NextAction } from '../../../shared/domain/readiness';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { NextActions } from '../../../renderer/src/features/ladder/NextActions';
import { actionText } from '../../../renderer/src/features/ladder/action-messages';
import { freshName } from '../../db/helpers';

const attend = (count: number, gain = 0, deadline = '2027-03-13') =>
  ({
    code: 'ATTEND_CONFERENCE',
    count,
    by: '2027-03-13',
    requirementIds: ['q'],
    priority: 'essential',
    gain,
    deadline,
  }) as NextAction;

describe('the next best action for conferences a year', () => {
  it.each([
    [1, 0, 'Attend a conference and record it under Learning → Events.'],
    [2, 5, 'Attend 2 conferences and record them under Learning → Events (readiness +5%).'],
    // Readiness gains in the unit readiness is shown in; a small one never reads as +0%.
    [1, 0.4, 'Attend a conference and record it under Learning → Events (readiness +0.4%).'],
    [1, 10.83, 'Attend a conference and record it under Learning → Events (readiness +11%).'],
  ])('%i to go: %s', (count, gain, text) => {
    expect(actionText(attend(count, gain))).toBe(text);
  });
});

describe('in the list of next actions', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshName('conference-wording'));
  });
  afterEach(async () => {
    cleanup();
    await store.db.delete();
  });

  it.each([
    ['its own date', '2027-03-13', 'By Mar 13, 2027.'],
    ['a linked goal’s earlier date', '2026-12-31', 'By Dec 31, 2026.'],
  ])('says the date once: %s', (_, deadline, by) => {
    render(
      <StoreProvider store={store}>
        <NextActions actions={[attend(1, 0, deadline)]} label="Next actions" />
      </StoreProvider>,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe(
      `Attend a conference and record it under Learning → Events. ${by}`,
    );
  });
});
