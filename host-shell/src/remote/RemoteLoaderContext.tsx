import { createContext, type ReactNode, useContext } from 'react';
import type { RemoteLoader } from './RemoteLoader';

const RemoteLoaderContext = createContext<RemoteLoader | null>(null);

export interface RemoteLoaderProviderProps {
  /** How the remote's modules are loaded (Module Federation in the app, a fake in tests). */
  loader: RemoteLoader;
  /** The part of the app that shows remote modules. */
  children: ReactNode;
}

/** Makes a RemoteLoader available to the components that show the remote's modules. */
export function RemoteLoaderProvider({ loader, children }: RemoteLoaderProviderProps) {
  return <RemoteLoaderContext.Provider value={loader}>{children}</RemoteLoaderContext.Provider>;
}

/** The RemoteLoader of the nearest RemoteLoaderProvider. */
export function useRemoteLoader(): RemoteLoader {
  const loader = useContext(RemoteLoaderContext);
  if (!loader) throw new Error('useRemoteLoader must be used inside a RemoteLoaderProvider.');
  return loader;
}
