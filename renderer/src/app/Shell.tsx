import { Suspense, useEffect, useRef, useState } from 'react';
import { areas, hrefFor, type AreaId } from './routes';
import { useRoute } from './use-route';
import { useArrivalFocus } from './use-arrival-focus';
import { ErrorBoundary } from './ErrorBoundary';
import {
  CredentialDetail,
  CredentialsScreen,
  CreditLogScreen,
  GoalsScreen,
  LadderScreen,
  LearningScreen,
  NetworkScreen,
  ReportsScreen,
  SettingsScreen,
  StudyScreen,
} from './screens';
import { Dashboard } from '../features/dashboard/Dashboard';
import { ComingSoon } from '../features/coming-soon/ComingSoon';
import { AboutDialog } from '../features/about/AboutDialog';
import { UndoProvider } from '../components/undo';
import { usePlatform } from '../platform';
import { requestExport, takeExportRequest } from '../features/backup/export-controller';
import { requestPrint, takePrintRequest } from '../features/reports/print-request';
import { CommandLayer } from './command-palette/CommandLayer';
import { ReminderNotifier } from '../features/study/ReminderNotifier';
import { SilentBoundary } from './SilentBoundary';
import { focusSoon, pageHeading } from '../components/focus-soon';
import { leaveTo } from '../components/unsaved-changes';
import { modalOpen } from '../components/modal-open';

function Screen({ area, rest }: { area: AreaId; rest: string[] }) {
  switch (area) {
    case 'dashboard':
      return <Dashboard />;
    case 'credentials':
      if (rest[0] === 'new') return <CredentialsScreen key="new" adding="catalogue" />;
      return rest[0] ? <CredentialDetail heldId={rest[0]} /> : <CredentialsScreen />;
    case 'credit-log':
      return <CreditLogScreen rest={rest} />;
    case 'ladder':
      return <LadderScreen rest={rest} />;
    case 'goals':
      return <GoalsScreen key={rest.join('/')} rest={rest} />;
    case 'learning':
      return <LearningScreen rest={rest} />;
    case 'network':
      return <NetworkScreen rest={rest} />;
    case 'reports':
      return <ReportsScreen />;
    case 'study':
      return <StudyScreen key={rest.join('/')} rest={rest} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <ComingSoon area={area} />;
  }
}

export function Shell() {
  const [{ area, rest }, navigate] = useRoute();
  const platform = usePlatform();
  const [aboutOpen, setAboutOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const label = areas.find((a) => a.id === area)?.label ?? 'Dashboard';

  useEffect(() => {
    document.title = `${label} — Ascent`;
  }, [label]);

  // After a move, focus is often left on the page itself (the link or the Save button that had
  // it is gone): start from the new screen's heading once it is drawn. A screen that puts focus
  // somewhere itself (a form's first field, an error summary) keeps it.
  useArrivalFocus([area, ...rest].join('/'), mainRef);

  // A menu request its screen has not taken when the person moves on (File › Print report,
  // then another area before the report was drawn) is dropped: it must not act on a later
  // visit, unasked.
  useEffect(() => {
    if (area !== 'reports') takePrintRequest();
    if (area !== 'settings') takeExportRequest();
  }, [area]);

  // Application-menu commands (desktop). Areas that are not built yet explain themselves.
  // Edit › Undo ('undo') is UndoProvider's, which knows what is on offer. While a dialog is
  // open every command here does nothing, as a native app's menu is switched off under a modal
  // one: no dialog stacked on top of it, no move or request behind it, and it stays open (it
  // may hold typing, or a question to answer first).
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (modalOpen()) return;
        if (command === 'about') setAboutOpen(true);
        else if (command === 'open-settings') navigate('settings');
        // The request is made once the move is: "Keep editing" on unsaved changes drops
        // it, rather than leave it waiting to act, unasked, on a later visit.
        else if (command === 'export-backup') leaveTo(hrefFor('settings'), requestExport);
        else if (command === 'print-report') leaveTo(hrefFor('reports'), requestPrint);
      }),
    [platform, navigate],
  );

  return (
    <UndoProvider menu={platform}>
      <div className="shell">
        {/* "Skip to content" comes before the shell, above the banners (App, SkipLink). */}
        <nav className="sidebar" aria-label="Areas">
          <div className="brand" aria-hidden="true">
            Ascent
          </div>
          <ul>
            {areas.map((a) => (
              <li key={a.id}>
                <a href={`#/${a.id}`} aria-current={a.id === area ? 'page' : undefined}>
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
            About Ascent
          </button>
          <CommandLayer onAbout={() => setAboutOpen(true)} />
          <SilentBoundary name="Reminder notifications">
            <ReminderNotifier />
          </SilentBoundary>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1}>
          <ErrorBoundary
            resetKey={[area, ...rest].join('/')}
            onGoHome={(reset) => {
              // Already on the dashboard (it is what crashed): no move, so draw it again, and
              // focus its heading rather than leave it on the page (the button has gone).
              if (area !== 'dashboard' || rest.length > 0) return navigate('dashboard');
              reset();
              focusSoon(pageHeading);
            }}
          >
            <Suspense
              fallback={
                <p role="status" className="loading">
                  Opening {label}…
                </p>
              }
            >
              <Screen area={area} rest={rest} />
            </Suspense>
          </ErrorBoundary>
        </main>
        {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      </div>
    </UndoProvider>
  );
}
