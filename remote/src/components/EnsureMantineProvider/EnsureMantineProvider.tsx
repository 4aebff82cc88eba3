import { MantineContext } from '@mantine/core';
import { type ReactNode, useContext, useEffect, useState } from 'react';
import type { ColorScheme } from './hostColorScheme';

type IsolatedProviderModule = typeof import('./IsolatedMantineProvider');

// Loaded (with Mantine's stylesheets) only where the host provides no Mantine: a Mantine
// host's own stylesheet styles the feature, and a second copy would restyle the host's.
let loadedProvider: IsolatedProviderModule | undefined;
let loadingProvider: Promise<IsolatedProviderModule> | undefined;

function loadIsolatedProvider(): Promise<IsolatedProviderModule> {
  loadingProvider ??= import('./IsolatedMantineProvider').then(
    (module) => {
      loadedProvider = module;
      return module;
    },
    (error: unknown) => {
      // The next mount (the error boundary's Retry) downloads it again.
      loadingProvider = undefined;
      throw error;
    },
  );
  return loadingProvider;
}

/**
 * The isolated provider once loaded (undefined meanwhile). Not `React.lazy`: a Suspense
 * boundary that has shown its fallback holds the content back for up to 300 ms after it is
 * ready (React's reveal throttle), and the list would appear a quarter of a second late.
 * A failed download is thrown to the feature's error boundary.
 */
function useIsolatedProvider(needed: boolean): IsolatedProviderModule | undefined {
  const [loaded, setLoaded] = useState<{ module?: IsolatedProviderModule; error?: unknown }>(
    () => ({ module: loadedProvider }),
  );
  useEffect(() => {
    if (!needed || loaded.module !== undefined) return;
    let current = true;
    loadIsolatedProvider().then(
      (module) => current && setLoaded({ module }),
      (error: unknown) => current && setLoaded({ error }),
    );
    return () => {
      current = false;
    };
  }, [needed, loaded.module]);
  if (loaded.error !== undefined) throw loaded.error;
  return loaded.module;
}

export interface EnsureMantineProviderProps {
  /** The host's `colorScheme` prop, for a host without Mantine. */
  colorScheme?: ColorScheme;
  /** What needs Mantine. */
  children: ReactNode;
  /** Shown instead while Mantine loads, in a host without it (nothing by default). */
  fallback?: ReactNode;
}

/**
 * Uses the host's MantineProvider when there is one, so the remote follows the host's theme
 * and colour scheme; a second provider would override them. Without one (a host not built
 * on Mantine, or the standalone page) it provides Mantine itself, confined to the feature's
 * root. Reading the context directly, unlike `useMantineContext`, does not throw when it is
 * missing.
 */
export function EnsureMantineProvider({
  colorScheme,
  children,
  fallback = null,
}: EnsureMantineProviderProps) {
  const hostMantine = useContext(MantineContext);
  const isolated = useIsolatedProvider(hostMantine === null);
  if (hostMantine !== null) return <>{children}</>;
  if (isolated === undefined) return <>{fallback}</>;
  const { default: IsolatedMantineProvider } = isolated;
  return <IsolatedMantineProvider colorScheme={colorScheme}>{children}</IsolatedMantineProvider>;
}
