import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { appRoutes } from './app/routes';
import { createRuntimeConfigSource } from './config/runtimeConfigSource';
import { createFederationRemoteLoader } from './remote/federationRemoteLoader';
import { createFederationRuntime } from './remote/federationRuntime';
import { leanManifestUrl } from './remote/leanManifestUrl';

const runtimeConfig = createRuntimeConfigSource();
const remoteLoader = createFederationRemoteLoader({
  runtime: createFederationRuntime(),
  getManifestUrl: async () => {
    const url = (await runtimeConfig.load()).vmOperationsRemoteUrl;
    // This build provides the federation runtime: production uses the remote's lean manifest.
    return process.env.NODE_ENV === 'production' ? leanManifestUrl(url) : url;
  },
});
const router = createBrowserRouter(appRoutes);

const container = document.getElementById('root');
if (!container) throw new Error('public/index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <AppProviders remoteLoader={remoteLoader} runtimeConfig={runtimeConfig}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
