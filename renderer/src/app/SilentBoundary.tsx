import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Keeps a part that shows nothing of its own (the reminder notifier in the sidebar) from
 * taking the whole window down when it fails: it stops, and the rest of the app goes on.
 */
export class SilentBoundary extends Component<{ name: string; children: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} stopped`, error, info.componentStack);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
