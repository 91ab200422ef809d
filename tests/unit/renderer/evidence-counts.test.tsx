/**
 * Issue 9: the credit log's evidence counts are kept while the app is in use, so the log
 * opened again lays out its 20,000 rows once, with their counts, and they stay live.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { useEvidenceCounts } from '../../../renderer/src/features/credit-log/use-evidence';
import { freshName } from '../../db/helpers';

let store: Store | undefined;
afterEach(() => {
  store?.db.close();
  store = undefined;
});

const file = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  data: new TextEncoder().encode(`%PDF ${name}`),
});

describe('evidence counts of the credit log', () => {
  it('are there at once when the log is opened again, and follow new files', async () => {
    const s = await openStore(freshName('evidence-counts'));
    store = s;
    const input = {
      date: '2026-01-01',
      title: 'A course',
      type: 'course-or-training' as const,
      amount: 8,
      unit: 'hours' as const,
      split: { waysOfWorking: 2, powerSkills: 4, businessAcumen: 2 },
      status: 'earned' as const,
    };
    const saved = await saveActivity(s, input, '2026-11-22', { addEvidence: [file('one')] });
    if (!saved.ok) throw new Error('not saved');
    const id = saved.value.id;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StoreProvider store={s}>{children}</StoreProvider>
    );
    const first = renderHook(() => useEvidenceCounts(), { wrapper });
    await waitFor(() => expect(first.result.current?.get(id)).toBe(1));
    const counts = first.result.current;
    first.unmount();
    const again = renderHook(() => useEvidenceCounts(), { wrapper });
    // On the first render: nothing to wait for, nothing read again.
    expect(again.result.current).toBe(counts);
    await act(async () => {
      const more = await saveActivity(s, { ...saved.value, id }, '2026-11-22', {
        addEvidence: [file('two')],
      });
      expect(more.ok).toBe(true);
    });
    await waitFor(() => expect(again.result.current?.get(id)).toBe(2));
    again.unmount();
  });
});
