import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { AppProviders } from '@migratekit/host-shell/app/AppProviders';
import { appRoutes } from '@migratekit/host-shell/app/routes';
import type { RuntimeConfigSource } from '@migratekit/host-shell/config/runtimeConfigSource';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { POLLING_PAGE_PREFIX, PollingPage } from './PollingPage';
import { staticRemoteLoader } from './staticRemote';

/*
 * The dashboard host built as one bundle: its own pages and providers, with VmOperations and
 * LastOperationBadge imported statically instead of loaded from the remote at runtime. The
 * benchmark compares the federated build against this.
 */

// Nothing is loaded at runtime, so there is no remote URL to configure.
const bundledConfig: RuntimeConfigSource = {
  load: async () => ({ vmOperationsRemoteUrl: 'bundled' }),
};

const container = document.getElementById('root');
if (!container) throw new Error('public/index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <AppProviders remoteLoader={staticRemoteLoader} runtimeConfig={bundledConfig}>
      {window.location.pathname.startsWith(POLLING_PAGE_PREFIX) ? (
        <PollingPage location={window.location} />
      ) : (
        <RouterProvider router={createBrowserRouter(appRoutes)} />
      )}
    </AppProviders>
  </StrictMode>,
);
