import type { RouteName } from '@migratekit/mocks';

/** Client for the mock OMA API's loopback control endpoints (`/__mock/*`), proxied by the dev server. */

export interface ScenarioSummary {
  name: string;
  title: string;
  vmName: string;
}

export const API_FAULTS = [
  { value: 'none', label: 'No API fault' },
  { value: 'server-error', label: 'Recent jobs: server error (500)' },
  { value: 'not-found', label: 'VM context: not found (404)' },
  { value: 'network', label: 'Recent jobs: network error' },
  { value: 'malformed', label: 'Recent jobs: body is not JSON' },
  { value: 'wrong-shape', label: 'Recent jobs: wrong shape' },
  { value: 'slow', label: 'Recent jobs: slow (8 s)' },
] as const;
export type ApiFault = (typeof API_FAULTS)[number]['value'];

/** The route each workbench fault is injected on. */
export const FAULT_ROUTES: Record<Exclude<ApiFault, 'none'>, RouteName> = {
  'server-error': 'recent-jobs',
  'not-found': 'vm-context',
  network: 'recent-jobs',
  malformed: 'recent-jobs',
  'wrong-shape': 'recent-jobs',
  slow: 'recent-jobs',
};

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
  await send('/__mock/faults', {
    method: 'POST',
    body: JSON.stringify({ route: FAULT_ROUTES[fault], kind: fault, delayMs: 8000 }),
  });
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
