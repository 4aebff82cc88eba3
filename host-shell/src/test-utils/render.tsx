import { notifications } from '@mantine/notifications';
import { mockState, server } from '@migratekit/mocks/node';
import { type RenderResult, render as testingLibraryRender } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isValidElement, type ReactElement } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { type Cache, SWRConfig } from 'swr';
import { AppProviders } from '../app/AppProviders';
import type { RuntimeConfigSource } from '../config/runtimeConfigSource';
import type { RemoteLoader } from '../remote/RemoteLoader';
import { createFakeRemoteLoader } from './fakeRemote';

/** A runtime configuration that loads at once. */
export const workingRuntimeConfig: RuntimeConfigSource = {
  load: async () => ({ vmOperationsRemoteUrl: 'http://remote.test/mf-manifest.json' }),
};

export interface RenderOptions {
  /** The URL the router opens at (default `/`). */
  route?: string;
  /** Stands in for Module Federation (default: a loader whose modules all load). */
  remoteLoader?: RemoteLoader;
  /** The host's runtime configuration (default: one that loads). */
  runtimeConfig?: RuntimeConfigSource;
  /** Options of the userEvent session, e.g. `advanceTimers` under fake timers. */
  userEventOptions?: Parameters<typeof userEvent.setup>[0];
}

export type RenderAppResult = RenderResult & {
  /** A userEvent session for this render. */
  user: ReturnType<typeof userEvent.setup>;
  /** The router, to read the current location. */
  router: ReturnType<typeof createMemoryRouter>;
  /** This render's own SWR cache (each render starts with an empty one). */
  swrCache: Cache;
};

/**
 * Renders `ui` with everything the dashboard's pages have: Mantine (test mode: no transitions,
 * no portals), the notifications, a fresh SWR cache, the runtime configuration, the remote
 * loader and a router at `route`. `ui` is one element (rendered at every path) or routes, such
 * as the app's own (`render(appRoutes, { route: '/vms/pgtest1' })`).
 */
export function render(
  ui: ReactElement | RouteObject[],
  {
    route = '/',
    remoteLoader = createFakeRemoteLoader(),
    runtimeConfig = workingRuntimeConfig,
    userEventOptions,
  }: RenderOptions = {},
): RenderAppResult {
  const routes = isValidElement(ui) ? [{ path: '*', element: ui }] : ui;
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const swrCache: Cache = new Map();
  const user = userEvent.setup(userEventOptions);
  const result = testingLibraryRender(
    <SWRConfig value={{ provider: () => swrCache, dedupingInterval: 0 }}>
      <AppProviders remoteLoader={remoteLoader} runtimeConfig={runtimeConfig} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>
    </SWRConfig>,
  );
  return { ...result, user, router, swrCache };
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
