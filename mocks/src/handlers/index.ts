import { createMockOmaState } from '../state';
import { createHandlers } from './api';
import { createFailures, type Failures } from './failures';

export { type CreateHandlersOptions, createHandlers } from './api';
export {
  type CreateFailuresOptions,
  createFailures,
  type FailureOptions,
  type Failures,
} from './failures';
export { DEFAULT_BASE_URL, RAW_PATH_HEADER, rawPathOf, routeUrl } from './paths';
export { apiErrorResponse, faultResponse, notFoundResponse, type RouteParams } from './responses';

/** The state behind the default handlers; call `mockState.reset()` between tests. */
export const mockState = createMockOmaState();

/** Handlers for `/api/v1` on any origin, backed by `mockState`. */
export const handlers = createHandlers(mockState);

/** Failure handlers for `server.use(...)`; the requests they answer are logged in `mockState`. */
export const failures: Failures = createFailures({ state: mockState });
