// "The date the experience condition will be met if the current role continues", by hand.
import { describe, expect, it } from 'vitest';
import { experienceOutlook } from '../../../../shared/domain/experience/outlook';
import { countExperience } from '../../../../shared/domain/experience/unique-months';
import { role } from '../eligibility/fixtures';

const LEAD = ['leading-projects'] as const;

describe('experienceOutlook', () => {
  it('22 of 36 months on 10 May 2026 → met on 1 July 2027, 14 months on', () => {
    const roles = [role([...LEAD], '2024-08', null)]; // 2024-08 … 2026-05 = 22
    const o = experienceOutlook(roles, LEAD, '2026-05-10', 36, 96);
    expect(o).toEqual({ met: false, have: 22, metOn: '2027-07-01', monthsToGo: 14 });
  });

  it('is consistent with the count: met on that day, one short the day before', () => {
    const roles = [role([...LEAD], '2024-08', null)];
    expect(countExperience(roles, LEAD, '2027-07-01', 96).months).toBe(36);
    expect(countExperience(roles, LEAD, '2027-06-30', 96).months).toBe(35);
  });

  it('gives the same date whatever day of the month asOf is', () => {
    const roles = [role([...LEAD], '2024-08', null)];
    for (const asOf of ['2026-05-01', '2026-05-31']) {
      const o = experienceOutlook(roles, LEAD, asOf, 36, 96);
      expect(o.met === false && o.metOn).toBe('2027-07-01');
    }
  });

  it('takes months dropping out of the window into account', () => {
    // Window 60 months to 2026-05 = 2021-06…2026-05. Old risk role 2021-06…2022-05 (12) and
    // ongoing risk role since 2025-06 (12): 24 now. For 12 months each new month pushes an
    // old one out (still 24); after that +1 a month: 36 in 2028-05 (naively 2027-05).
    const roles = [role(['risk'], '2021-06', '2022-05'), role(['risk'], '2025-06', null)];
    const o = experienceOutlook(roles, ['risk'], '2026-05-10', 36, 60);
    expect(o).toEqual({ met: false, have: 24, metOn: '2028-05-01', monthsToGo: 24 });
  });

  it('crosses a year end without a window', () => {
    const roles = [role(['program'], '2023-01', null)]; // 2023-01 … 2026-05 = 41
    const o = experienceOutlook(roles, ['program'], '2026-05-10', 48, null);
    expect(o.met === false && o.metOn).toBe('2026-12-01');
  });

  it('says met when the need is already reached', () => {
    const roles = [role([...LEAD], '2020-01', '2022-12')];
    expect(experienceOutlook(roles, LEAD, '2026-05-10', 36, null)).toEqual({ met: true, have: 36 });
  });

  it('cannot date it when no role of the type continues', () => {
    const roles = [role([...LEAD], '2020-01', '2021-12'), role(['pmo'], '2022-01', null)];
    expect(experienceOutlook(roles, LEAD, '2026-05-10', 36, null)).toEqual({
      met: false,
      have: 24,
      metOn: null,
      blockedBy: 'NO_ONGOING_ROLE',
    });
  });

  it('cannot date a need longer than the window itself', () => {
    const o = experienceOutlook([role(['risk'], '2024-01', null)], ['risk'], '2026-05-10', 84, 60);
    expect(o).toMatchObject({ met: false, metOn: null, blockedBy: 'NEED_EXCEEDS_WINDOW' });
  });

  it('lets an ongoing role started in an overlap fill only the months it adds', () => {
    // Ended role 2025-01…2025-12 (12) and ongoing since 2025-10 (adds 2026-01…05): 17 now
    const roles = [role([...LEAD], '2025-01', '2025-12'), role([...LEAD], '2025-10', null)];
    const o = experienceOutlook(roles, LEAD, '2026-05-10', 24, null);
    expect(o).toEqual({ met: false, have: 17, metOn: '2026-12-01', monthsToGo: 7 });
  });
});
