import { MantineContext } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useContext } from 'react';
import type { ColorScheme } from './hostColorScheme';

// Loaded (with Mantine's stylesheets) only where the host provides no Mantine: a Mantine
// host's own stylesheet styles the feature, and a second copy would restyle the host's.
const IsolatedMantineProvider = lazy(() => import('./IsolatedMantineProvider'));

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
  if (hostMantine !== null) return <>{children}</>;
  return (
    <Suspense fallback={fallback}>
      <IsolatedMantineProvider colorScheme={colorScheme}>{children}</IsolatedMantineProvider>
    </Suspense>
  );
}
