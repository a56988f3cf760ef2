import { normalizePath } from '@aether/common/analytics/events';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { track } from '../features/analytics/track';

interface State {
  error: Error | null;
}

/** Catches render errors in a page so the shell and navigation stay usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Page crashed', error, info.componentStack);
    // Reported as an analytics event (with consent): the error's class and the route, no message
    // or stack, which could hold personal data.
    track('client_error', {
      name: (error.name || 'Error').slice(0, 80),
      path: normalizePath(window.location.pathname),
    });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const chunkFailed = /dynamically imported module|Failed to fetch/i.test(this.state.error.message);
    return (
      <section className="page error-page" role="alert">
        <h1>Something went wrong</h1>
        <p>
          {chunkFailed
            ? 'This part of Aether could not be loaded. You may be offline, or a new version was released.'
            : 'This page hit an unexpected error. The rest of Aether still works.'}
        </p>
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" className="btn btn-outline" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </section>
    );
  }
}
