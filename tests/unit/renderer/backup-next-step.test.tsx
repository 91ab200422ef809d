import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../renderer/src/db/backup';
import { nextStepText } from '../../../renderer/src/features/backup/messages';

const problem = (code: Problem['code']) => ({ code }) as Problem;

describe('what to try after a file is refused', () => {
  it.each([
    // problems, desktop, next step
    [[problem('CHECKSUM_MISMATCH')], false, 'such as an earlier export.'],
    [[problem('NOT_A_ZIP')], true, 'automatic backups listed under Settings → Backups.'],
    [[problem('NEWER_SCHEMA'), problem('ROW_INVALID')], false, 'such as an earlier export.'],
  ] as const)('%j (desktop %s): another file', (problems, desktop, ending) => {
    expect(nextStepText(problems, desktop)).toMatch(new RegExp(`^Choose another backup file`));
    expect(nextStepText(problems, desktop)!.endsWith(ending)).toBe(true);
  });

  it('says nothing more when updating Ascent is the answer (the problem says so)', () => {
    expect(nextStepText([problem('NEWER_FORMAT')], true)).toBeNull();
    expect(nextStepText([problem('NEWER_SCHEMA')], false)).toBeNull();
  });
});
