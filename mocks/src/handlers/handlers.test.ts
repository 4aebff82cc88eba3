import {
  ApiErrorBodySchema,
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import { http } from 'msw';
import * as v from 'valibot';
import { EXAMPLE_FAILURE } from '../fixtures/builders';
import { failures, mockState, server } from '../node';
import { SCENARIO_NAMES, scenarios } from '../scenarios';
import { createFailures, createHandlers } from '.';

const API = 'http://dashboard.test/api/v1';
const pgtest1 = scenarios.pgtest1;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mockState.reset();
});
afterAll(() => server.close());

async function getJson(path: string, init?: RequestInit) {
  const response = await fetch(`${API}${path}`, init);
  return { status: response.status, body: (await response.json()) as unknown };
}

function postLiveFailover(body: unknown) {
  return getJson('/failover/live', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('OMA API handlers', () => {
  it('serves the VM list', async () => {
    const { status, body } = await getJson('/vm-contexts');
    expect(status).toBe(200);
    expect(v.parse(VmListResponseSchema, body).vmContexts).toHaveLength(SCENARIO_NAMES.length);
  });

  it('serves a VM context with its last operation', async () => {
    const { status, body } = await getJson('/vm-contexts/pgtest1');
    expect(status).toBe(200);
    const parsed = v.parse(VmContextResponseSchema, body);
    expect(parsed.context.contextId).toBe(pgtest1.contextId);
    expect(parsed.lastOperation?.failedStep).toBe(EXAMPLE_FAILURE.failedStep);
  });

  it('serves the recent jobs of a context', async () => {
    const { status, body } = await getJson(`/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(status).toBe(200);
    expect(v.parse(RecentJobsResponseSchema, body).jobs[0]?.status).toBe('failed');
  });

  it('matches the API on any origin', async () => {
    const response = await fetch('http://127.0.0.1:3001/api/v1/vm-contexts/pgtest2');
    expect(response.status).toBe(200);
  });

  it('answers 404 with the backend’s error body for an unknown VM or context', async () => {
    const vm = await getJson('/vm-contexts/pgtest9');
    expect(vm.status).toBe(404);
    expect(vm.body).toEqual({
      error: 'VM context not found for: pgtest9',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    const jobs = await getJson('/vm-contexts/ctx-nope/recent-jobs');
    expect(jobs.status).toBe(404);
    expect(v.parse(ApiErrorBodySchema, jobs.body).error).toBe('VM context not found: ctx-nope');
  });

  it('answers 404 for an unknown route under the API', async () => {
    const { status, body } = await getJson('/vm-contexts/pgtest1/disks/extra');
    expect(status).toBe(404);
    expect(body).toMatchObject({
      error: 'Route not found: GET /api/v1/vm-contexts/pgtest1/disks/extra',
    });
    expect(mockState.getRequests({ route: null })).toHaveLength(1);
  });

  it('decodes an encoded VM name and logs the raw path', async () => {
    const vmName = 'my vm#1?é/x';
    const { body } = await getJson(`/vm-contexts/${encodeURIComponent(vmName)}`);
    expect(body).toMatchObject({ error: `VM context not found for: ${vmName}` });
    expect(mockState.getRequests()).toEqual([
      {
        method: 'GET',
        path: '/api/v1/vm-contexts/my%20vm%231%3F%C3%A9%2Fx',
        route: 'vm-context',
        time: expect.any(Number),
      },
    ]);
  });

  it('starts a live failover that then appears running', async () => {
    const { status, body } = await postLiveFailover({
      vm_id: pgtest1.vmwareVmId,
      vm_name: 'pgtest1',
    });
    expect(status).toBe(200);
    const started = v.parse(LiveFailoverResponseSchema, body);
    expect(started).toMatchObject({ success: true, job_id: expect.any(String) });

    const jobs = await getJson(`/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(v.parse(RecentJobsResponseSchema, jobs.body).jobs[0]).toMatchObject({
      jobId: started.job_id,
      jobType: 'live_failover',
      status: 'running',
    });
    expect(mockState.getRequests({ route: 'live-failover', method: 'POST' })).toHaveLength(1);
  });

  it('answers a live failover for an unknown VM with the backend’s failure body', async () => {
    const { status, body } = await postLiveFailover({ vm_id: 'vm-1', vm_name: 'pgtest9' });
    expect(status).toBe(400);
    expect(body).toEqual({
      success: false,
      error: 'Validation failed: VM not found or not replicated',
      details: { error_code: 'VM_NOT_FOUND' },
    });
  });

  it('answers 400 with an error for an invalid live failover body', async () => {
    const missing = await postLiveFailover({ vm_name: 'pgtest1' });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      success: false,
      error: expect.stringContaining('vm_id'),
      details: { error_code: 'INVALID_REQUEST' },
    });
    const notJson = await postLiveFailover('{"vm_id":');
    expect(notJson.status).toBe(400);
    expect(notJson.body).toMatchObject({ error: 'Invalid request body: not JSON' });
  });

  it('serves a base URL of the caller’s choice', async () => {
    server.use(...createHandlers(mockState, { baseUrl: 'http://oma.test:8082/api/v1/' }));
    const response = await fetch('http://oma.test:8082/api/v1/vm-contexts/pgtest3');
    expect(response.status).toBe(200);
  });
});

describe('fault table', () => {
  it('server-error: 500 with an error body', async () => {
    mockState.setFault('vm-context', { kind: 'server-error' });
    const { status, body } = await getJson('/vm-contexts/pgtest1');
    expect(status).toBe(500);
    expect(v.parse(ApiErrorBodySchema, body).error).toBe('Internal server error');
  });

  it('server-error on live failover keeps the failover shape', async () => {
    mockState.setFault('live-failover', { kind: 'server-error' });
    const { status, body } = await postLiveFailover({
      vm_id: pgtest1.vmwareVmId,
      vm_name: 'pgtest1',
    });
    expect(status).toBe(500);
    expect(v.parse(LiveFailoverResponseSchema, body).success).toBe(false);
  });

  it('not-found: 404 even for a known VM', async () => {
    mockState.setFault('vm-context', { kind: 'not-found' });
    const { status, body } = await getJson('/vm-contexts/pgtest1');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: 'VM context not found for: pgtest1' });
  });

  it('network: the request fails without a response', async () => {
    mockState.setFault('recent-jobs', { kind: 'network' });
    await expect(fetch(`${API}/vm-contexts/${pgtest1.contextId}/recent-jobs`)).rejects.toThrow(
      TypeError,
    );
  });

  it('malformed: 200 with a body that is not JSON', async () => {
    mockState.setFault('recent-jobs', { kind: 'malformed' });
    const response = await fetch(`${API}/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    await expect(response.json()).rejects.toMatchObject({ name: 'SyntaxError' });
  });

  it('wrong-shape: JSON the contracts reject', async () => {
    mockState.setFault('recent-jobs', { kind: 'wrong-shape' });
    mockState.setFault('vm-context', { kind: 'wrong-shape' });
    mockState.setFault('vm-list', { kind: 'wrong-shape' });
    mockState.setFault('live-failover', { kind: 'wrong-shape' });
    const jobs = await getJson(`/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(jobs.body).toMatchObject({ jobs: 'oops' });
    expect(v.safeParse(RecentJobsResponseSchema, jobs.body).success).toBe(false);
    const context = await getJson('/vm-contexts/pgtest1');
    expect(v.safeParse(VmContextResponseSchema, context.body).success).toBe(false);
    const list = await getJson('/vm-contexts');
    expect(v.safeParse(VmListResponseSchema, list.body).success).toBe(false);
    const failover = await postLiveFailover({ vm_id: pgtest1.vmwareVmId, vm_name: 'pgtest1' });
    expect(v.safeParse(LiveFailoverResponseSchema, failover.body).success).toBe(false);
  });

  it('slow: answers normally after the delay', async () => {
    mockState.setFault('vm-list', { kind: 'slow', delayMs: 150 });
    const startedAt = performance.now();
    const { status } = await getJson('/vm-contexts');
    expect(status).toBe(200);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
  });

  it('times: the fault clears itself, and every request is still logged', async () => {
    mockState.setFault('vm-context', { kind: 'server-error', times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await getJson('/vm-contexts/pgtest1')).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(mockState.getRequests({ route: 'vm-context' })).toHaveLength(3);
  });
});

describe('failure factories', () => {
  it('serverError', async () => {
    server.use(failures.serverError('vm-list'));
    expect((await getJson('/vm-contexts')).status).toBe(500);
  });

  it('notFound uses the decoded path parameter', async () => {
    server.use(failures.notFound('vm-context'));
    const { status, body } = await getJson('/vm-contexts/web%20one');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: 'VM context not found for: web one' });
  });

  it('networkError', async () => {
    server.use(failures.networkError('vm-context'));
    await expect(fetch(`${API}/vm-contexts/pgtest1`)).rejects.toThrow(TypeError);
  });

  it('malformedBody', async () => {
    server.use(failures.malformedBody('vm-context'));
    const response = await fetch(`${API}/vm-contexts/pgtest1`);
    await expect(response.json()).rejects.toMatchObject({ name: 'SyntaxError' });
  });

  it('wrongShape', async () => {
    server.use(failures.wrongShape('recent-jobs'));
    const { body } = await getJson(`/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(v.safeParse(RecentJobsResponseSchema, body).success).toBe(false);
  });

  it('slow falls through to the normal answer', async () => {
    server.use(failures.slow('vm-context', 120));
    const startedAt = performance.now();
    const { status, body } = await getJson('/vm-contexts/pgtest2');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(110);
    expect(status).toBe(200);
    expect(v.parse(VmContextResponseSchema, body).context.vmName).toBe('pgtest2');
  });

  it('once: only the first request fails', async () => {
    server.use(failures.serverError('live-failover', { once: true }));
    const request = { vm_id: pgtest1.vmwareVmId, vm_name: 'pgtest1' };
    expect((await postLiveFailover(request)).status).toBe(500);
    expect((await postLiveFailover(request)).status).toBe(200);
  });

  it('logs the requests they answer in mockState, once each', async () => {
    server.use(failures.serverError('recent-jobs', { once: true }), failures.slow('vm-list', 10));
    await fetch(`${API}/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    await fetch(`${API}/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    await fetch(`${API}/vm-contexts`);
    expect(mockState.getRequests({ route: 'recent-jobs' })).toHaveLength(2);
    expect(mockState.getRequests({ route: 'vm-list' })).toHaveLength(1);
  });

  it('logs nothing when created without a state', async () => {
    server.use(createFailures({ baseUrl: API }).serverError('vm-list'));
    expect((await fetch(`${API}/vm-contexts`)).status).toBe(500);
    expect(mockState.getRequests()).toEqual([]);
  });

  it('can be combined with other handlers of the caller', async () => {
    server.use(
      http.get(`${API}/vm-contexts/pgtest1`, () => new Response(null, { status: 204 })),
      failures.serverError('vm-list'),
    );
    expect((await fetch(`${API}/vm-contexts/pgtest1`)).status).toBe(204);
    expect((await fetch(`${API}/vm-contexts`)).status).toBe(500);
  });
});
