// Labels that say what to do: the contact-hours field says what to enter, the export button
// has an ellipsis only where a Save dialog follows, and the study log's table does not repeat
// its card's heading on screen.
import { cleanup, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { ExportPanel } from '../../../renderer/src/features/backup/ExportPanel';
import { ContactHoursForm } from '../../../renderer/src/features/experience/ContactHoursForm';
import { SessionList } from '../../../renderer/src/features/study/SessionList';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { Platform } from '../../../shared/platform';
import { fakeBackups, fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('labels'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

function show(el: ReactElement, platform: Platform = fakePlatform(null)) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>{el}</UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

describe('PM education contact hours', () => {
  it('names the hours field by what goes in it, and its hint says what to count', () => {
    show(<ContactHoursForm initial={null} fromJournal={[]} />);
    const field = screen.getByLabelText('Other PM education hours (not listed as courses)');
    const hint = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Project management training you don’t list course by course below, such as courses you took before you used Ascent. They count as general PM education. Leave out the courses listed below. Quarter hours are fine (7.25).',
    );
    expect(screen.queryByText('Hours without a course list')).toBeNull();
  });
});

describe('Export a complete backup', () => {
  it('has no ellipsis on the web, where it saves at once', () => {
    show(<ExportPanel lastExportAt={null} />);
    expect(screen.getByRole('button', { name: /^Export a complete backup/ }).textContent).toBe(
      'Export a complete backup',
    );
  });

  it('has one on the desktop, where a Save dialog asks where to put it', () => {
    show(<ExportPanel lastExportAt={null} />, fakePlatform(fakeBackups()));
    expect(screen.getByRole('button', { name: /^Export a complete backup/ }).textContent).toBe(
      'Export a complete backup…',
    );
  });
});

describe('the study log', () => {
  it('names its table for a screen reader without repeating the card’s heading on screen', () => {
    show(
      <SessionList
        sessions={[
          {
            id: 's1',
            planId: null,
            date: '2026-11-20',
            minutes: 30,
            topic: 'Agile book',
            source: 'manual',
            activityId: null,
            createdAt: '2026-11-20T10:00:00.000Z',
            updatedAt: '2026-11-20T10:00:00.000Z',
          },
        ]}
        plans={[]}
        held={[]}
        activities={[]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Logged study sessions, newest first' });
    expect(table.querySelector('caption')?.className).toBe('visually-hidden');
    expect(screen.queryByText('Logged study', { exact: true })).toBeNull();
  });
});
