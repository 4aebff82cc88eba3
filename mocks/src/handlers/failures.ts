import { type HttpHandler, http } from 'msw';
import { DEFAULT_SLOW_DELAY_MS, type FaultKind, ROUTES, type RouteName } from '../faults';
import { isoAt } from '../fixtures/time';
import type { MockOmaState } from '../state';
import { DEFAULT_BASE_URL, rawPathOf, routeUrl } from './paths';
import { faultResponse } from './responses';
import { waitUnlessAborted } from './wait';

export interface FailureOptions {
  /** Answer only the first matching request this way (msw's `once`). */
  once?: boolean;
}

/** Handlers to prepend with `server.use(...)` / `worker.use(...)` to make one route fail. */
export interface Failures {
  /** 500 with `{"error": ...}`. */
  serverError(route: RouteName, options?: FailureOptions): HttpHandler;
  /** 404 with the backend's error body for the route. */
  notFound(route: RouteName, options?: FailureOptions): HttpHandler;
  /** The request fails without a response (`HttpResponse.error()`). */
  networkError(route: RouteName, options?: FailureOptions): HttpHandler;
  /** 200 whose body is not JSON. */
  malformedBody(route: RouteName, options?: FailureOptions): HttpHandler;
  /** 200 with JSON of the wrong shape. */
  wrongShape(route: RouteName, options?: FailureOptions): HttpHandler;
  /** Waits `ms`, then lets the next handler answer normally. */
  slow(route: RouteName, ms?: number, options?: FailureOptions): HttpHandler;
}

export interface CreateFailuresOptions {
  /** Where the API lives, in msw syntax (default `*\/api/v1`: any origin). */
  baseUrl?: string;
  /** A state whose request log also records the requests these handlers answer, and whose clock stamps them. */
  state?: MockOmaState;
}

/** Failure handlers for an API under `baseUrl` (default: `/api/v1` on any origin). */
export function createFailures(options: CreateFailuresOptions = {}): Failures {
  const { baseUrl = DEFAULT_BASE_URL, state } = options;
  const handlerFor = (
    route: RouteName,
    resolver: Parameters<typeof http.get>[1],
    failureOptions: FailureOptions = {},
  ): HttpHandler => {
    const method = ROUTES[route].method === 'GET' ? http.get : http.post;
    return method(routeUrl(baseUrl, route), resolver, { once: failureOptions.once ?? false });
  };
  const failWith =
    (kind: Exclude<FaultKind, 'slow'>) =>
    (route: RouteName, failureOptions?: FailureOptions): HttpHandler =>
      handlerFor(
        route,
        ({ request, params }) => {
          state?.recordRequest({ method: request.method, path: rawPathOf(request), route });
          return faultResponse(
            route,
            kind,
            {
              vmName: typeof params.vmName === 'string' ? params.vmName : undefined,
              contextId: typeof params.contextId === 'string' ? params.contextId : undefined,
            },
            isoAt(state ? state.now() : Date.now()),
          );
        },
        failureOptions,
      );

  return {
    serverError: failWith('server-error'),
    notFound: failWith('not-found'),
    networkError: failWith('network'),
    malformedBody: failWith('malformed'),
    wrongShape: failWith('wrong-shape'),
    slow: (route, ms = DEFAULT_SLOW_DELAY_MS, failureOptions) =>
      handlerFor(
        route,
        async ({ request }) => {
          // Returning nothing falls through to the next handler: the normal answer (which logs it).
          await waitUnlessAborted(ms, request.signal);
        },
        failureOptions,
      ),
  };
}
