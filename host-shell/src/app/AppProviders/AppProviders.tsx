import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
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

// The bundler's nonce, read by libraries that create <style> elements of their own (the modal's
// scroll lock, through get-nonce) and given to the chunks' script tags.
declare let __webpack_nonce__: string | undefined;

/**
 * The nonce the server gave this page for `<style>` elements (on its inline script, where the
 * browser keeps it in `.nonce` and hides the attribute), so Mantine's `<style>` elements pass
 * the Content-Security-Policy without `'unsafe-inline'`. None in development: no policy there.
 */
function pageStyleNonce(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
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
  const [getStyleNonce] = useState(() => {
    const nonce = pageStyleNonce();
    if (!nonce) return undefined;
    __webpack_nonce__ = nonce;
    return () => nonce;
  });
  return (
    <MantineProvider
      theme={dashboardTheme}
      cssVariablesResolver={dashboardCssVariablesResolver}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="light"
      env={mantineEnv}
      getStyleNonce={getStyleNonce}
    >
      <Notifications position="top-right" />
      <RuntimeConfigProvider source={runtimeConfig}>
        <RemoteLoaderProvider loader={remoteLoader}>{children}</RemoteLoaderProvider>
      </RuntimeConfigProvider>
    </MantineProvider>
  );
}
