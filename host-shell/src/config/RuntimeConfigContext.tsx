import { createContext, type ReactNode, useContext } from 'react';
import type { RuntimeConfigSource } from './runtimeConfigSource';

const RuntimeConfigContext = createContext<RuntimeConfigSource | null>(null);

export interface RuntimeConfigProviderProps {
  /** Where the host's runtime configuration comes from. */
  source: RuntimeConfigSource;
  /** The app. */
  children: ReactNode;
}

/** Makes the host's runtime configuration available to the app. */
export function RuntimeConfigProvider({ source, children }: RuntimeConfigProviderProps) {
  return <RuntimeConfigContext.Provider value={source}>{children}</RuntimeConfigContext.Provider>;
}

/** The RuntimeConfigSource of the nearest RuntimeConfigProvider. */
export function useRuntimeConfigSource(): RuntimeConfigSource {
  const source = useContext(RuntimeConfigContext);
  if (!source) {
    throw new Error('useRuntimeConfigSource must be used inside a RuntimeConfigProvider.');
  }
  return source;
}
