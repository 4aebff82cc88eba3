import { HttpResponse, type JsonBodyType } from 'msw';
import * as v from 'valibot';
import type { FaultKind, RouteName } from '../faults';
import { buildApiError, buildLiveFailoverFailure } from '../fixtures/builders';

/** Path parameters of a request, decoded. */
export interface RouteParams {
  vmName?: string;
  contextId?: string;
}

/** A refused request body's problems: `path: message` each (`body` for the whole), joined. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues.map((issue) => `${v.getDotPath(issue) || 'body'}: ${issue.message}`).join('; ');
}

/** The backend's `{"error", "timestamp"}` response. */
export function apiErrorResponse(status: number, message: string, timestamp: string): Response {
  return HttpResponse.json(buildApiError(message, timestamp), { status });
}

/** The live-failover route answers failures in its own `{success: false, ...}` shape. */
function liveFailoverFailureResponse(status: number, error: string, code: string): Response {
  return HttpResponse.json(buildLiveFailoverFailure(error, code), { status });
}

/** 404 of a route, with the message the backend uses for it. */
export function notFoundResponse(
  route: RouteName,
  params: RouteParams,
  timestamp: string,
): Response {
  switch (route) {
    case 'vm-context':
      return apiErrorResponse(404, `VM context not found for: ${params.vmName ?? ''}`, timestamp);
    case 'recent-jobs':
      return apiErrorResponse(404, `VM context not found: ${params.contextId ?? ''}`, timestamp);
    case 'live-failover':
      return HttpResponse.json(buildLiveFailoverFailure(), { status: 404 });
    case 'vm-list':
      return apiErrorResponse(404, 'Not found', timestamp);
  }
}

// Bodies cut off mid-stream: they start like the route's JSON but do not parse.
const MALFORMED_BODIES: Record<RouteName, string> = {
  'vm-list': '{"vm_contexts": [{"context_id": "ctx-',
  'vm-context': '{"context": {"context_id": "ctx-pgtest1-20251003-140708", "vm_na',
  'recent-jobs': '{"context_id": "ctx-pgtest1-20251003-140708", "count": 3, "jobs": [{"job_id": ',
  'live-failover': '{"success": tr',
};

// Valid JSON that breaks each route's contract.
const WRONG_SHAPE_BODIES: Record<RouteName, JsonBodyType> = {
  'vm-list': { vm_contexts: 'oops', count: 'many' },
  'vm-context': { context: 'oops', last_operation: 42 },
  'recent-jobs': { context_id: 'ctx-pgtest1-20251003-140708', count: 1, jobs: 'oops' },
  'live-failover': { success: 'maybe', job_id: 42 },
};

/** The response of a route under a fault (every kind but `slow`, which only delays). */
export function faultResponse(
  route: RouteName,
  kind: Exclude<FaultKind, 'slow'>,
  params: RouteParams,
  timestamp: string,
): Response {
  switch (kind) {
    case 'server-error':
      return route === 'live-failover'
        ? liveFailoverFailureResponse(500, 'Internal server error', 'INTERNAL_ERROR')
        : apiErrorResponse(500, 'Internal server error', timestamp);
    case 'not-found':
      return notFoundResponse(route, params, timestamp);
    case 'network':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse(MALFORMED_BODIES[route], {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'wrong-shape':
      return HttpResponse.json(WRONG_SHAPE_BODIES[route], { status: 200 });
  }
}
