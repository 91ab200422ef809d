// The skills chart ("Now against PMO Manager") drew eight bars with no names, no levels and no
// scale: a sighted reader matched bars to the table by position. Each bar now has its skill's
// name and "3 of 4" (level now of the level the rung asks for, in the table's words) written
// beside it in the SVG, and the levels 0 to 5 under the bars; the text alternative stays.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SkillGap } from '../../../shared/domain/skills';
import { SkillChart } from '../../../renderer/src/features/ladder/SkillChart';

afterEach(cleanup);

const gap = (skill: SkillGap['skill'], level: SkillGap['level'], target: SkillGap['target']) => ({
  skill,
  level,
  target,
  gap: target === null ? 0 : Math.max(0, target - (level ?? 0)),
  assessedOn: level === null ? null : '2026-11-01',
});

const gaps: SkillGap[] = [
  gap('leadership', 3, 4),
  gap('communication', 4, 4),
  gap('analytical', null, 3),
  gap('organisational', 2, null),
];

/** Every text drawn in the chart's SVG, top to bottom. */
const drawn = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => t.textContent);

describe('the skills chart', () => {
  it('writes each skill’s name and its level against the target beside its bar, then the scale', () => {
    render(<SkillChart gaps={gaps} rungName="PMO Manager" />);
    const svg = screen.getByRole('img', { name: /^Skills now against the target for PMO Manager/ });
    expect(drawn(svg)).toEqual([
      'Leadership and management',
      '3 of 4',
      'Communication',
      '4 of 4',
      'Analytical thinking',
      'Not rated, target 3',
      'Organisation',
      '2, no target',
      // The levels, 0 to 5, under the bars.
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('keeps its text alternative, in the same words', () => {
    render(<SkillChart gaps={gaps} rungName="PMO Manager" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Skills now against the target for PMO Manager: Leadership and management 3 of 4; ' +
        'Communication 4 of 4; Analytical thinking not rated, target 3; Organisation 2, no target.',
    );
  });
});
