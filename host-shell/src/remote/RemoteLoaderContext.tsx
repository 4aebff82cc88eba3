import { createSafeContext } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RemoteLoader } from './RemoteLoader';

const [RemoteLoaderContext, useRemoteLoaderContext] = createSafeContext<RemoteLoader>(
  'useRemoteLoader must be used inside a RemoteLoaderProvider.',
);

export interface RemoteLoaderProviderProps {
  /** How the remote's modules are loaded (Module Federation in the app, a fake in tests). */
  loader: RemoteLoader;
  /** The part of the app that shows remote modules. */
  children: ReactNode;
}

/** Makes a RemoteLoader available to the components that show the remote's modules. */
export function RemoteLoaderProvider({ loader, children }: RemoteLoaderProviderProps) {
  return <RemoteLoaderContext value={loader}>{children}</RemoteLoaderContext>;
}

/** The RemoteLoader of the nearest RemoteLoaderProvider. */
export const useRemoteLoader: () => RemoteLoader = useRemoteLoaderContext;
