// An event's sessions keep a keyboard user's place. Removing a session moves focus to the same
// control of the session that took its place, else of the one before, else to "Add a session"
// (none left), never to the page itself; adding one puts focus in its title. A session's
// speaker shows its own message (too long).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SessionFields,
  type SessionDraft,
} from '../../../renderer/src/features/learning/SessionFields';

afterEach(cleanup);

const draft = (title: string): SessionDraft => ({
  id: title,
  title,
  speaker: '',
  hours: '1',
  area: 'waysOfWorking',
  givenByMe: false,
});

function Sessions(props: { titles: string[]; errors?: Record<string, string> }) {
  const [sessions, setSessions] = useState(props.titles.map(draft));
  return (
    <SessionFields
      sessions={sessions}
      errors={props.errors ?? {}}
      onChange={setSessions}
      onRemove={(i) => setSessions((all) => all.filter((_, j) => j !== i))}
    />
  );
}

/** Presses the button named `name` as a keyboard user does: focused, then clicked. */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

const focused = () => document.activeElement;

describe('removing a session', () => {
  it('the last of two: focus goes to the one before’s Remove', async () => {
    render(<Sessions titles={['Keynote', 'Workshop']} />);
    press('Remove session 2');
    await waitFor(() =>
      expect(focused()).toBe(screen.getByRole('button', { name: 'Remove session 1' })),
    );
    expect(screen.queryByRole('group', { name: 'Session 2' })).toBeNull();
  });

  it('the only one: focus goes to Add a session', async () => {
    render(<Sessions titles={['Keynote']} />);
    press('Remove session 1');
    await waitFor(() =>
      expect(focused()).toBe(screen.getByRole('button', { name: 'Add a session' })),
    );
    expect(
      screen.queryByText('No sessions yet. Add the ones you attended or gave.'),
    ).not.toBeNull();
  });

  it('one in the middle: focus stays on Remove, now of the session that took its place', async () => {
    render(<Sessions titles={['Keynote', 'Workshop', 'Panel']} />);
    press('Remove session 2');
    await waitFor(() =>
      expect((screen.getByLabelText('Session 2 title') as HTMLInputElement).value).toBe('Panel'),
    );
    expect(focused()).toBe(screen.getByRole('button', { name: 'Remove session 2' }));
  });
});

describe('adding a session', () => {
  it('puts focus in the new session’s title', async () => {
    render(<Sessions titles={['Keynote']} />);
    press('Add a session');
    await waitFor(() => expect(focused()).toBe(screen.getByLabelText('Session 2 title')));
  });

  it('the first one too', async () => {
    render(<Sessions titles={[]} />);
    press('Add a session');
    await waitFor(() => expect(focused()).toBe(screen.getByLabelText('Session 1 title')));
  });
});

describe('a session’s speaker', () => {
  it('shows its own message', () => {
    const words = 'This is too long: 10,001 characters, at most 10,000 fit. Shorten it by 1.';
    render(<Sessions titles={['Keynote']} errors={{ 'sessions.0.speaker': words }} />);
    const speaker = screen.getByLabelText('Session 1 speaker');
    const described = (speaker.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described).toContain(words);
  });
});
