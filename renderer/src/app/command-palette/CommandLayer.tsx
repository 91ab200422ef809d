import { useCallback, useEffect, useRef, useState } from 'react';
import { DiscardDialog } from '../../components/DiscardDialog';
import { usePlatform } from '../../platform';
import { leaveTo } from '../../components/unsaved-changes';
import { modalOpen } from '../../components/modal-open';
import { focusAfterMove } from './focus-after-move';
import { CommandPalette } from './CommandPalette';
import type { Command } from './commands';
import { isTyping, modifierKey } from './shortcuts';
import { ShortcutsDialog } from './ShortcutsDialog';
import './palette.css';

type Open = 'palette' | 'shortcuts' | null;

/** Ctrl/Cmd+K for the palette, "?" for the shortcuts; not while another dialog is open. */
function useShortcutKeys(toggle: (which: Exclude<Open, null>) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const other = document.querySelector('dialog[open]:not(.palette)');
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (!other) toggle('palette');
      } else if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        if (other || isTyping(e.target) || document.querySelector('dialog.palette')) return;
        e.preventDefault();
        toggle('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}

/**
 * Keyboard-first help for the shell: the command palette, the Keyboard shortcuts dialog (also
 * as a sidebar button) and the "Discard your changes?" question. Focus goes back where it was
 * when a dialog closes without moving.
 */
export function CommandLayer({ onAbout }: { onAbout: () => void }) {
  const [open, setOpen] = useState<Open>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  const show = useCallback((which: Exclude<Open, null>) => {
    setOpen((now) => {
      if (now === null) returnTo.current = document.activeElement as HTMLElement | null;
      return now === which ? null : which;
    });
  }, []);
  useShortcutKeys(show);
  // Help → Keyboard shortcuts in the desktop menu; like every menu command Shell handles,
  // nothing while a dialog is open, rather than a second dialog on top of it.
  const platform = usePlatform();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'show-shortcuts' && !modalOpen()) show('shortcuts');
      }),
    [platform, show],
  );
  useEffect(() => {
    if (open === null && returnTo.current) {
      if (returnTo.current.isConnected) returnTo.current.focus();
      returnTo.current = null;
    }
  }, [open]);

  function run(command: Command) {
    if (command.action === 'shortcuts') return setOpen('shortcuts');
    if (command.action === 'about') {
      setOpen(null);
      return onAbout();
    }
    returnTo.current = null;
    setOpen(null);
    const moved = !!command.href && command.href !== window.location.hash;
    if (moved) leaveTo(command.href!);
    focusAfterMove(command.focusId, moved);
  }

  return (
    <>
      <button type="button" className="link-button" onClick={() => show('palette')}>
        Go to or create… <kbd>{modifierKey()}+K</kbd>
      </button>
      <button type="button" className="link-button" onClick={() => show('shortcuts')}>
        Keyboard shortcuts
      </button>
      {open === 'palette' && <CommandPalette onRun={run} onClose={() => setOpen(null)} />}
      {open === 'shortcuts' && <ShortcutsDialog onClose={() => setOpen(null)} />}
      <DiscardDialog />
    </>
  );
}
