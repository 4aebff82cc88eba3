import { type HttpHandler, HttpResponse, http } from 'msw';
import * as v from 'valibot';
import { FAULT_KINDS, isRouteName, MAX_SLOW_DELAY_MS, ROUTE_NAMES } from '../faults';
import { buildApiError } from '../fixtures/builders';
import { isoAt } from '../fixtures/time';
import { describeIssues } from '../handlers/responses';
import { SCENARIO_NAMES, scenarios } from '../scenarios';
import type { MockOmaState } from '../state';

/**
 * Where the control endpoints live: beside the API on the same server, at the root of its
 * origin only (never under another path, such as `/api/v1/__mock/…` through a proxy).
 */
export const CONTROL_BASE_PATH = '/__mock';

const FaultRequestSchema = v.object({
  route: v.picklist(ROUTE_NAMES),
  kind: v.picklist(FAULT_KINDS),
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  delayMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_SLOW_DELAY_MS))),
});

// Fields of the new failure's summary a caller may choose; the rest default to pgtest1's failure.
const FailureRequestSchema = v.partial(
  v.object({
    operation_type: v.picklist(['replication', 'test_failover', 'live_failover', 'rollback']),
    progress: v.number(),
    failed_step: v.string(),
    failed_step_internal: v.string(),
    error_message: v.string(),
    error_category: v.string(),
    error_severity: v.string(),
    actionable_steps: v.array(v.string()),
    duration_seconds: v.number(),
    steps_completed: v.number(),
    steps_total: v.number(),
    technical_details: v.unknown(),
  }),
);

async function jsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Loopback tooling for the dev shell and browser tests: reset the state, inject faults,
 * read the request log, record a new failure, list the scenarios. They match
 * `${origin}/__mock/…` and nothing else; the server decides who may call them.
 */
export function createControlHandlers(state: MockOmaState, origin: string): HttpHandler[] {
  const base = `${origin.replace(/\/+$/, '')}${CONTROL_BASE_PATH}`;
  const badRequest = (message: string) =>
    HttpResponse.json(buildApiError(message, isoAt(state.now())), { status: 400 });

  return [
    http.post(`${base}/reset`, () => {
      state.reset();
      return HttpResponse.json({ ok: true });
    }),

    http.get(`${base}/faults`, () => HttpResponse.json({ faults: state.getFaults() })),

    http.post(`${base}/faults`, async ({ request }) => {
      const body = await jsonBody(request);
      if (!body.ok) return badRequest('Invalid request body: not JSON');
      const parsed = v.safeParse(FaultRequestSchema, body.value);
      if (!parsed.success) return badRequest(`Invalid fault: ${describeIssues(parsed.issues)}`);
      const { route, ...fault } = parsed.output;
      state.setFault(route, fault);
      return HttpResponse.json({ ok: true, faults: state.getFaults() });
    }),

    http.delete(`${base}/faults`, ({ request }) => {
      const route = new URL(request.url).searchParams.get('route');
      if (route !== null && !isRouteName(route)) return badRequest(`Unknown route: ${route}`);
      state.clearFaults(route ?? undefined);
      return HttpResponse.json({ ok: true, faults: state.getFaults() });
    }),

    http.get(`${base}/requests`, () => {
      const requests = state.getRequests();
      return HttpResponse.json({ requests, count: requests.length });
    }),

    http.delete(`${base}/requests`, () => {
      state.clearRequests();
      return HttpResponse.json({ ok: true });
    }),

    http.post(`${base}/vms/:vmName/fail`, async ({ request, params }) => {
      const vmName = typeof params.vmName === 'string' ? params.vmName : '';
      const body = await jsonBody(request);
      if (!body.ok) return badRequest('Invalid request body: not JSON');
      const parsed = v.safeParse(FailureRequestSchema, body.value);
      if (!parsed.success) return badRequest(`Invalid failure: ${describeIssues(parsed.issues)}`);
      const recorded = state.recordFailure(vmName, parsed.output);
      if (!recorded) {
        return HttpResponse.json(
          buildApiError(`VM context not found for: ${vmName}`, isoAt(state.now())),
          { status: 404 },
        );
      }
      const summary = state.getVmContext(vmName)?.last_operation;
      return HttpResponse.json({
        ok: true,
        job_id: recorded.jobId,
        last_operation: summary ?? null,
      });
    }),

    http.get(`${base}/scenarios`, () =>
      HttpResponse.json({
        scenarios: SCENARIO_NAMES.map((name) => scenarios[name]),
      }),
    ),

    http.all(`${base}/*`, ({ request }) =>
      HttpResponse.json(
        buildApiError(
          `Unknown control endpoint: ${request.method} ${new URL(request.url).pathname}`,
          isoAt(state.now()),
        ),
        { status: 404 },
      ),
    ),
  ];
}
