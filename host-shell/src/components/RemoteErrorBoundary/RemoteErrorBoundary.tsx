import { Component, type ErrorInfo, type ReactNode } from 'react';
import { classifyRemoteError, type RemoteFailureKind } from '../../remote/RemoteLoadError';

export interface RemoteFailure {
  /** What went wrong, to choose the operator's message by. */
  kind: RemoteFailureKind;
  /** The error itself (already logged to the console). */
  error: unknown;
}

export interface RemoteErrorBoundaryProps {
  /** What to show instead of the remote once it failed to load or to render. */
  fallback: (failure: RemoteFailure) => ReactNode;
  /** Changing this clears a caught failure and renders the children again (used by Retry). */
  resetKey?: unknown;
  /** Names the remote part in console messages. */
  label: string;
  /** The remote part, usually lazy and inside Suspense. */
  children: ReactNode;
}

interface RemoteErrorBoundaryState {
  failure: RemoteFailure | null;
  resetKey: unknown;
}

// Several boundaries (one per VM card) may catch the same failed load; log each error once.
const loggedErrors = new WeakSet<object>();

/**
 * Contains a failure of the remote (a module that could not be loaded, or a component that
 * threw while rendering) to the area it occupies, so the rest of the page keeps working.
 */
export class RemoteErrorBoundary extends Component<
  RemoteErrorBoundaryProps,
  RemoteErrorBoundaryState
> {
  constructor(props: RemoteErrorBoundaryProps) {
    super(props);
    this.state = { failure: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<RemoteErrorBoundaryState> {
    // Load failures arrive typed; anything else was thrown by the remote's own components.
    return { failure: { kind: classifyRemoteError(error, { whileRendering: true }), error } };
  }

  static getDerivedStateFromProps(
    props: RemoteErrorBoundaryProps,
    state: RemoteErrorBoundaryState,
  ): Partial<RemoteErrorBoundaryState> | null {
    if (props.resetKey !== state.resetKey) return { failure: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (typeof error === 'object' && error !== null) {
      if (loggedErrors.has(error)) return;
      loggedErrors.add(error);
    }
    const kind = classifyRemoteError(error, { whileRendering: true });
    console.error(`[dashboard] ${this.props.label} failed (${kind}):`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { failure } = this.state;
    return failure ? this.props.fallback(failure) : this.props.children;
  }
}
