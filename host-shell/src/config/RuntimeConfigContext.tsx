import { createSafeContext } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RuntimeConfigSource } from './runtimeConfigSource';

const [RuntimeConfigContext, useRuntimeConfigContext] = createSafeContext<RuntimeConfigSource>(
  'useRuntimeConfigSource must be used inside a RuntimeConfigProvider.',
);

export interface RuntimeConfigProviderProps {
  /** Where the host's runtime configuration comes from. */
  source: RuntimeConfigSource;
  /** The app. */
  children: ReactNode;
}

/** Makes the host's runtime configuration available to the app. */
export function RuntimeConfigProvider({ source, children }: RuntimeConfigProviderProps) {
  return <RuntimeConfigContext value={source}>{children}</RuntimeConfigContext>;
}

/** The RuntimeConfigSource of the nearest RuntimeConfigProvider. */
export const useRuntimeConfigSource: () => RuntimeConfigSource = useRuntimeConfigContext;
