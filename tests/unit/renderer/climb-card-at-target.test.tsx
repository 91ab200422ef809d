// Dashboard → "Your climb" at the target rung says to set a higher target in Settings: the words
// are a link there (they named Settings with no way to it from the card).
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import type { Profile } from '../../../shared/domain/profile/profile';
import { hrefFor } from '../../../renderer/src/app/routes';
import { ClimbCard } from '../../../renderer/src/features/dashboard/ClimbCard';

const profile = (currentRung: string, targetRung: string): Profile => ({
  name: 'Sam',
  currentRung,
  targetRung,
  education: 'bachelor',
  gacAccredited: false,
  weeklyAvailability: { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 0, sun: 0 },
});

afterEach(cleanup);

describe('Your climb', () => {
  it('at the target rung, links to Settings to set a higher one', () => {
    render(
      <ClimbCard plan={defaultLadderPlan()} profile={profile('pmo-manager', 'pmo-manager')} />,
    );
    const card = screen.getByRole('region', { name: 'Your climb' });
    expect(card.textContent).toContain('You are at your target rung.');
    const link = screen.getByRole('link', { name: 'Set a higher target in Settings' });
    expect(link.getAttribute('href')).toBe(hrefFor('settings'));
  });

  it('below it, says how many steps are left and offers no such link', () => {
    render(
      <ClimbCard plan={defaultLadderPlan()} profile={profile('pmo-analyst', 'pmo-manager')} />,
    );
    expect(screen.getByRole('region', { name: 'Your climb' }).textContent).toMatch(/steps? to go/);
    expect(screen.queryByRole('link', { name: 'Set a higher target in Settings' })).toBeNull();
  });
});
