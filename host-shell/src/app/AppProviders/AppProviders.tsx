import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { RuntimeConfigProvider } from '../../config/RuntimeConfigContext';
import type { RuntimeConfigSource } from '../../config/runtimeConfigSource';
import type { RemoteLoader } from '../../remote/RemoteLoader';
import { RemoteLoaderProvider } from '../../remote/RemoteLoaderContext';
import { colorSchemeManager, dashboardCssVariablesResolver, dashboardTheme } from '../theme';

export interface AppProvidersProps {
  /** Loads the VmOperations remote's modules. */
  remoteLoader: RemoteLoader;
  /** The host's runtime configuration (`/config.json`). */
  runtimeConfig: RuntimeConfigSource;
  /** `test` turns off Mantine's transitions and portals, for jsdom. */
  mantineEnv?: 'default' | 'test';
  /** The app (its router). */
  children: ReactNode;
}

/**
 * Everything the dashboard's pages rely on. The host owns MantineProvider: the remote shares
 * the host's Mantine and renders inside this theme and colour scheme.
 */
export function AppProviders({
  remoteLoader,
  runtimeConfig,
  mantineEnv = 'default',
  children,
}: AppProvidersProps) {
  return (
    <MantineProvider
      theme={dashboardTheme}
      cssVariablesResolver={dashboardCssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
      env={mantineEnv}
    >
      <Notifications position="top-right" />
      <RuntimeConfigProvider source={runtimeConfig}>
        <RemoteLoaderProvider loader={remoteLoader}>{children}</RemoteLoaderProvider>
      </RuntimeConfigProvider>
    </MantineProvider>
  );
}
