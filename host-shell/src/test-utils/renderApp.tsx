import { notifications } from '@mantine/notifications';
import { mockState, server } from '@migratekit/mocks/node';
import { type RenderResult, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SWRConfig } from 'swr';
import { AppProviders } from '../app/AppProviders';
import { appRoutes } from '../app/routes';
import type { RuntimeConfigSource } from '../config/runtimeConfigSource';
import type { RemoteLoader } from '../remote/RemoteLoader';
import { createFakeRemoteLoader } from './fakeRemote';

/** A runtime configuration that loads at once. */
export const workingRuntimeConfig: RuntimeConfigSource = {
  load: async () => ({ vmOperationsRemoteUrl: 'http://remote.test/mf-manifest.json' }),
};

export interface RenderAppOptions {
  /** The URL the app opens at. */
  route?: string;
  /** Stands in for Module Federation (default: a loader whose modules all load). */
  remoteLoader?: RemoteLoader;
  /** The host's runtime configuration (default: one that loads). */
  runtimeConfig?: RuntimeConfigSource;
}

export type RenderAppResult = RenderResult & {
  /** A userEvent session for this render. */
  user: ReturnType<typeof userEvent.setup>;
  /** The router, to read the current location. */
  router: ReturnType<typeof createMemoryRouter>;
};

/** Renders the whole dashboard at `route`, with a fresh SWR cache. */
export function renderApp({
  route = '/',
  remoteLoader = createFakeRemoteLoader(),
  runtimeConfig = workingRuntimeConfig,
}: RenderAppOptions = {}): RenderAppResult {
  const router = createMemoryRouter(appRoutes, { initialEntries: [route] });
  const user = userEvent.setup();
  const result = render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <AppProviders remoteLoader={remoteLoader} runtimeConfig={runtimeConfig} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </SWRConfig>,
  );
  return { ...result, user, router };
}

/**
 * Serves the mock OMA API (msw, scenarios pgtest1…) for the tests of the calling file, and
 * resets it, the notifications and localStorage after each test.
 */
export function setupMockOmaApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mockState.reset();
    notifications.clean();
    localStorage.clear();
  });
  afterAll(() => server.close());
}
