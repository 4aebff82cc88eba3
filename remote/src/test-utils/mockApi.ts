import { failures, mockState, server } from '@migratekit/mocks/node';
import { forgetDismissalsInMemory } from '../hooks/useDismissedFailure';

export interface MockApi {
  /** msw server answering `/api/v1` on any origin; add handlers with `server.use(...)`. */
  server: typeof server;
  /** The scenarios behind the default handlers (pgtest1 … leaky-vm), reset after each test. */
  mockState: typeof mockState;
  /** Handlers that make one route fail, for `server.use(...)`. */
  failures: typeof failures;
}

/**
 * Serves the mock OMA API to the calling test file: listening for the whole file, any
 * request without a handler failing the test, handlers and scenarios reset after each test.
 */
export function setupMockApi(): MockApi {
  beforeAll(() => {
    mockState.reset();
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    mockState.reset();
  });
  afterAll(() => {
    server.close();
  });
  return { server, mockState, failures };
}

/** Forgets every dismissed failure, stored and in memory: the next render is a new browser. */
export function forgetDismissals() {
  window.localStorage.clear();
  forgetDismissalsInMemory();
}
