import { FAULT_KINDS, type Fault, type FaultKind, type RouteName } from '@migratekit/mocks';

/** Client for the mock OMA API's loopback control endpoints (`/__mock/*`), proxied by the dev server. */

export interface ScenarioSummary {
  name: string;
  title: string;
  vmName: string;
}

/** Each fault the workbench injects: the route it hits, and its name in the fault menu. */
const FAULTS: Record<FaultKind, { route: RouteName; label: string }> = {
  'server-error': { route: 'recent-jobs', label: 'Recent jobs: server error (500)' },
  'not-found': { route: 'vm-context', label: 'VM context: not found (404)' },
  network: { route: 'recent-jobs', label: 'Recent jobs: network error' },
  malformed: { route: 'recent-jobs', label: 'Recent jobs: body is not JSON' },
  'wrong-shape': { route: 'recent-jobs', label: 'Recent jobs: wrong shape' },
  slow: { route: 'recent-jobs', label: 'Recent jobs: slow (8 s)' },
};

/** What the workbench's fault menu can choose: one fault, or none. */
export type ApiFault = FaultKind | 'none';

/** The workbench's fault menu: no fault, then each fault in turn. */
export const API_FAULT_OPTIONS: ReadonlyArray<{ value: ApiFault; label: string }> = [
  { value: 'none', label: 'No API fault' },
  ...FAULT_KINDS.map((kind) => ({ value: kind, label: FAULTS[kind].label })),
];

/** Where and how the workbench injects `kind` (a slow answer takes 8 s). */
export function faultInjection(kind: FaultKind): { route: RouteName; fault: Fault } {
  return { route: FAULTS[kind].route, fault: { kind, delayMs: 8000 } };
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  });
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} answered ${response.status}`);
  return response;
}

async function listScenarios(): Promise<ScenarioSummary[]> {
  const body: unknown = await (await send('/__mock/scenarios')).json();
  const list = Array.isArray(body) ? body : (body as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) throw new Error('The mock API returned no scenario list');
  return list.flatMap((item) => {
    const s = item as Partial<ScenarioSummary> & { name?: unknown };
    return typeof s.name === 'string'
      ? [{ name: s.name, title: String(s.title ?? s.name), vmName: String(s.vmName ?? s.name) }]
      : [];
  });
}

/** Applies one fault (clearing any other) so the feature's error states can be exercised. */
async function applyFault(fault: ApiFault): Promise<void> {
  await send('/__mock/faults', { method: 'DELETE' });
  if (fault === 'none') return;
  const { route, fault: injected } = faultInjection(fault);
  await send('/__mock/faults', { method: 'POST', body: JSON.stringify({ route, ...injected }) });
}

async function resetMockApi(): Promise<void> {
  await send('/__mock/reset', { method: 'POST' });
}

async function resolveContextId(vmName: string): Promise<string> {
  const body = (await (await send(`/api/v1/vm-contexts/${encodeURIComponent(vmName)}`)).json()) as {
    context?: { context_id?: unknown };
  };
  const id = body.context?.context_id;
  if (typeof id !== 'string') throw new Error(`No context id for ${vmName}`);
  return id;
}

/** What the workbench controls: the scenarios, injected faults and a reset. */
export interface WorkbenchBackend {
  listScenarios(): Promise<ScenarioSummary[]>;
  /** Applies one fault (clearing any other) so the feature's error states can be exercised. */
  applyFault(fault: ApiFault): Promise<void>;
  /** Restores every scenario and clears faults. */
  reset(): Promise<void>;
  resolveContextId(vmName: string): Promise<string>;
}

/** The mock OMA API beside the dev server (`pnpm mock-api`), reached through its proxy. */
export const mockApiBackend: WorkbenchBackend = {
  listScenarios,
  applyFault,
  reset: resetMockApi,
  resolveContextId,
};
