import { MantineContext, MantineProvider } from '@mantine/core';
import { type ReactNode, useContext } from 'react';

export interface EnsureMantineProviderProps {
  /** What needs Mantine. */
  children: ReactNode;
}

/**
 * Uses the host's MantineProvider when there is one, so the remote follows the host's theme
 * and colour scheme; a second provider would override them. Without one (a host not built
 * on Mantine, or the standalone page) it provides Mantine's defaults itself. Reading the
 * context directly, unlike `useMantineContext`, does not throw when it is missing.
 */
export function EnsureMantineProvider({ children }: EnsureMantineProviderProps) {
  const hostMantine = useContext(MantineContext);
  if (hostMantine !== null) return <>{children}</>;
  return <MantineProvider>{children}</MantineProvider>;
}
