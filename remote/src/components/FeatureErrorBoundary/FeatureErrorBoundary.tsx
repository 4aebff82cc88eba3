import { Component, type ErrorInfo, Fragment, type ReactNode } from 'react';
import { Icon } from '../Icon';
import cx from './FeatureErrorBoundary.module.css';

export interface FeatureErrorBoundaryProps {
  /** What could not be shown, e.g. "Recent operations could not be displayed". */
  message: string;
  /** The feature to protect. */
  children: ReactNode;
  /** `inline` fits the fallback into a line of text, e.g. where a badge would be. */
  variant?: 'block' | 'inline';
  /** Called with each caught error, e.g. to report it. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

interface FeatureErrorBoundaryState {
  failed: boolean;
  /** Bumped by Retry so the feature mounts afresh. */
  attempt: number;
}

/**
 * Keeps a crash inside the remote from taking the host page down, and says so instead of
 * leaving a blank space. The fallback is plain HTML: it must work even if the UI library
 * is what failed.
 */
export class FeatureErrorBoundary extends Component<
  FeatureErrorBoundaryProps,
  FeatureErrorBoundaryState
> {
  override state: FeatureErrorBoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<FeatureErrorBoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  private readonly retry = () => {
    this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }));
  };

  override render() {
    if (this.state.failed && this.props.variant === 'inline') {
      return (
        <span role="alert" className={cx.inline}>
          <Icon name="warning" label="Error" /> {this.props.message}{' '}
          <button type="button" className={cx.retry} onClick={this.retry}>
            Retry
          </button>
        </span>
      );
    }
    if (this.state.failed) {
      return (
        <div role="alert" className={cx.fallback}>
          <p className={cx.title}>
            <Icon name="warning" label="Error" /> {this.props.message}
          </p>
          <p className={cx.hint}>
            Try again; if this keeps happening, reload the page or contact support.
          </p>
          <button type="button" className={cx.retry} onClick={this.retry}>
            Retry
          </button>
        </div>
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
