import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Changing this key (e.g. the route) clears the error so the user can go elsewhere. */
  resetKey: string;
  /**
   * "Back to the dashboard". Given `reset`, which draws the screen again: a move to the
   * screen already shown (the dashboard itself crashed) changes no key, so it needs it.
   */
  onGoHome: (reset: () => void) => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/**
 * A screen that crashed is replaced by a recovery screen. Records are saved as soon as a
 * form is submitted, so nothing stored is lost; the screen says so and offers a way out.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  /** Clears the error: the screen is drawn again. */
  readonly reset = (): void => this.setState({ error: null });

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Screen crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="recovery" role="alert" aria-labelledby="recovery-title">
        <h1 id="recovery-title">This screen ran into a problem</h1>
        <p>
          Your saved records are safe: they are stored on this computer and were not changed. You
          can go back to the dashboard or reload Ascent.
        </p>
        <div className="actions">
          <button type="button" onClick={() => this.props.onGoHome(this.reset)}>
            Back to the dashboard
          </button>
          <button type="button" className="secondary" onClick={() => window.location.reload()}>
            Reload Ascent
          </button>
        </div>
        <details>
          <summary>Technical details</summary>
          <pre>{String(this.state.error.stack ?? this.state.error.message)}</pre>
        </details>
      </section>
    );
  }
}
