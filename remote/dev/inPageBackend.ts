import {
  createMockOmaState,
  type FaultKind,
  type MockOmaState,
  type RouteName,
  scenarios,
} from '@migratekit/mocks';
import {
  type ApiErrorKind,
  OmaApiError,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
} from '@migratekit/oma-api';
import type { OmaClient } from '../src/api';
import type { ApiFault, ScenarioSummary, WorkbenchBackend } from './mockControl';
import { FAULT_ROUTES } from './mockControl';

/*
 * The workbench's backend when no mock API runs beside it: the mocks' in-memory OMA state in
 * the page, read through a client that replaces the real one (OmaClientOverride). The answers
 * go through the same schemas as the API's, and injected faults fail the way the real client
 * fails, so every state of the feature can be seen without a server.
 */

/** How the real client reports each fault the mock API can inject. */
const FAULT_ERRORS: Record<
  Exclude<FaultKind, 'slow'>,
  { kind: ApiErrorKind; status: number | null }
> = {
  'server-error': { kind: 'http', status: 500 },
  'not-found': { kind: 'not_found', status: 404 },
  network: { kind: 'network', status: null },
  malformed: { kind: 'malformed', status: 200 },
  'wrong-shape': { kind: 'shape', status: 200 },
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer<T>(
  state: MockOmaState,
  route: RouteName,
  read: () => unknown,
  parse: (body: unknown) => T,
): Promise<{ value: T; receivedAt: number }> {
  const fault = state.takeFault(route);
  if (fault?.kind === 'slow') await pause(fault.delayMs ?? 3_000);
  else if (fault) {
    const { kind, status } = FAULT_ERRORS[fault.kind];
    throw new OmaApiError({ kind, status, detail: `in-page backend: ${route} ${fault.kind}` });
  }
  const body = read();
  if (body === null) {
    throw new OmaApiError({
      kind: 'not_found',
      status: 404,
      detail: `in-page backend: no ${route}`,
    });
  }
  return { value: parse(body), receivedAt: state.now() };
}

/** An OMA client answering from `state`, as the API would. */
export function createInPageClient(state: MockOmaState): OmaClient {
  return {
    recentJobs: ([, , , contextId]) =>
      answer(
        state,
        'recent-jobs',
        () => state.getRecentJobs(contextId),
        (body) => RecentJobsResponseSchema.parse(body).jobs,
      ),
    vmContext: ([, , , vmName]) =>
      answer(
        state,
        'vm-context',
        () => state.getVmContext(vmName),
        (body) => VmContextResponseSchema.parse(body),
      ),
  };
}

/** The workbench's controls over the in-page state, and the client that reads it. */
export function createInPageBackend(): WorkbenchBackend & { client: OmaClient } {
  const state = createMockOmaState();
  return {
    client: createInPageClient(state),
    async listScenarios(): Promise<ScenarioSummary[]> {
      return Object.values(scenarios).map(({ name, title, vmName }) => ({ name, title, vmName }));
    },
    async applyFault(fault: ApiFault) {
      state.clearFaults();
      if (fault !== 'none') state.setFault(FAULT_ROUTES[fault], { kind: fault, delayMs: 8_000 });
    },
    async reset() {
      state.reset();
    },
    async resolveContextId(vmName: string) {
      const id = state.getVmContext(vmName)?.context?.context_id;
      if (typeof id !== 'string') throw new Error(`No context id for ${vmName}`);
      return id;
    },
  };
}
