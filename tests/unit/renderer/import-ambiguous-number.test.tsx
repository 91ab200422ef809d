import { describe, expect, it } from 'vitest';
import { rowIssueText } from '../../../renderer/src/features/import/messages';

describe('an amount that could be read two ways', () => {
  it('says both readings and what to write instead', () => {
    expect(rowIssueText({ field: 'amount', code: 'AMBIGUOUS_NUMBER', value: '1,500' })).toBe(
      'Amount: “1,500” could be read as 1500 or as 1.5. Write the one you mean in the file (without the comma, or with a point), then import it again.',
    );
  });
});
