import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  useCallback,
  useMemo,
  useState,
} from 'react';
import { toRemoteLoadError } from './RemoteLoadError';
import type { RemoteLoadOptions } from './RemoteLoader';

export interface RemoteComponentHandle<P> {
  /** The remote component, loaded on first render (render it inside Suspense and an error boundary). */
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Loads the component again, bypassing every cache; the page stays as it is. */
  retry: () => void;
  /** How many times `retry` was called: a key to reset error boundaries with. */
  attempt: number;
}

/**
 * A lazily loaded remote component. React.lazy keeps its first result (a rejection included)
 * forever, so each retry makes a new lazy component that asks the loader for a fresh load.
 */
export function useRemoteComponent<P>(
  load: (options: RemoteLoadOptions) => Promise<unknown>,
  pick: (loaded: unknown) => ComponentType<P>,
): RemoteComponentHandle<P> {
  const [attempt, setAttempt] = useState(0);
  const Component = useMemo(
    () =>
      lazy(async () => {
        let loaded: unknown;
        try {
          loaded = await load({ fresh: attempt > 0 });
        } catch (error) {
          // Whatever the loader rejects with is a failure to load, never one of rendering.
          throw toRemoteLoadError(error, null);
        }
        return { default: pick(loaded) };
      }),
    [load, pick, attempt],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { Component, retry, attempt };
}
