import { LiveFailoverRequestSchema } from '@migratekit/oma-api';
import { type HttpHandler, HttpResponse, http } from 'msw';
import * as v from 'valibot';
import { DEFAULT_SLOW_DELAY_MS, type RouteName } from '../faults';
import { buildLiveFailoverFailure } from '../fixtures/builders';
import { isoAt } from '../fixtures/time';
import type { MockOmaState } from '../state';
import { normaliseBaseUrl, rawPathOf, routeUrl } from './paths';
import {
  apiErrorResponse,
  describeIssues,
  faultResponse,
  notFoundResponse,
  type RouteParams,
} from './responses';
import { waitUnlessAborted } from './wait';

export interface CreateHandlersOptions {
  /** Where the API lives, in msw syntax (default `*\/api/v1`: any origin). */
  baseUrl?: string;
}

function param(value: string | readonly string[] | undefined): string {
  return typeof value === 'string' ? value : (value?.join('/') ?? '');
}

/** The msw handlers of every OMA API endpoint the feature uses, backed by `state`. */
export function createHandlers(
  state: MockOmaState,
  options: CreateHandlersOptions = {},
): HttpHandler[] {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const timestamp = () => isoAt(state.now());

  /** Logs the request, then applies the route's fault (if any) before the normal answer. */
  async function serve(
    route: RouteName,
    request: Request,
    params: RouteParams,
    answer: () => Response | Promise<Response>,
  ): Promise<Response> {
    state.recordRequest({ method: request.method, path: rawPathOf(request), route });
    const fault = state.takeFault(route);
    if (fault?.kind === 'slow') {
      await waitUnlessAborted(fault.delayMs ?? DEFAULT_SLOW_DELAY_MS, request.signal);
    } else if (fault) {
      return faultResponse(route, fault.kind, params, timestamp());
    }
    return answer();
  }

  return [
    http.get(routeUrl(baseUrl, 'vm-list'), ({ request }) =>
      serve('vm-list', request, {}, () => HttpResponse.json(state.listVmContexts())),
    ),

    http.get(routeUrl(baseUrl, 'recent-jobs'), ({ request, params }) => {
      const contextId = param(params.contextId);
      return serve('recent-jobs', request, { contextId }, () => {
        const body = state.getRecentJobs(contextId);
        return body
          ? HttpResponse.json(body)
          : notFoundResponse('recent-jobs', { contextId }, timestamp());
      });
    }),

    http.get(routeUrl(baseUrl, 'vm-context'), ({ request, params }) => {
      const vmName = param(params.vmName);
      return serve('vm-context', request, { vmName }, () => {
        const body = state.getVmContext(vmName);
        return body
          ? HttpResponse.json(body)
          : notFoundResponse('vm-context', { vmName }, timestamp());
      });
    }),

    http.post(routeUrl(baseUrl, 'live-failover'), ({ request }) =>
      serve('live-failover', request, {}, async () => {
        let payload: unknown;
        try {
          payload = await request.json();
        } catch {
          return HttpResponse.json(
            buildLiveFailoverFailure('Invalid request body: not JSON', 'INVALID_REQUEST'),
            { status: 400 },
          );
        }
        const parsed = v.safeParse(LiveFailoverRequestSchema, payload);
        if (!parsed.success) {
          return HttpResponse.json(
            buildLiveFailoverFailure(
              `Invalid request body: ${describeIssues(parsed.issues)}`,
              'INVALID_REQUEST',
            ),
            { status: 400 },
          );
        }
        const outcome = state.startLiveFailover(parsed.output);
        return HttpResponse.json(outcome.body, { status: outcome.status });
      }),
    ),

    // Anything else under the API base is an unknown route, as on the real backend.
    http.all(`${baseUrl}/*`, ({ request }) => {
      const path = rawPathOf(request);
      state.recordRequest({ method: request.method, path, route: null });
      return apiErrorResponse(404, `Route not found: ${request.method} ${path}`, timestamp());
    }),
  ];
}
