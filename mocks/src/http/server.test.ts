import {
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import * as v from 'valibot';
import { EXAMPLE_FAILURE } from '../fixtures/builders';
import { SCENARIO_NAMES, scenarios } from '../scenarios';
import { createMockOmaState } from '../state';
import { startMockOmaApi } from '.';
import { useMockOmaApi } from './testApi';

const pgtest1 = scenarios.pgtest1;
const mock = useMockOmaApi();
const { call, post, rawGet } = mock;

describe('mock OMA API over HTTP', () => {
  it('listens on loopback and reports its API base URL', () => {
    expect(mock.api.port).toBeGreaterThan(0);
    expect(mock.api.url).toBe(`http://127.0.0.1:${mock.api.port}/api/v1`);
  });

  it('serves every endpoint with bodies the contracts parse', async () => {
    const list = await call('/api/v1/vm-contexts');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(v.parse(VmListResponseSchema, list.body).vmContexts).toHaveLength(SCENARIO_NAMES.length);

    const context = await call('/api/v1/vm-contexts/pgtest1');
    expect(v.parse(VmContextResponseSchema, context.body).lastOperation?.errorMessage).toBe(
      EXAMPLE_FAILURE.errorMessage,
    );

    const jobs = await call(`/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(v.parse(RecentJobsResponseSchema, jobs.body).contextId).toBe(pgtest1.contextId);
  });

  it('starts a live failover over POST', async () => {
    const started = await post('/api/v1/failover/live', {
      vm_id: pgtest1.vmwareVmId,
      vm_name: 'pgtest1',
    });
    expect(started.status).toBe(200);
    const { job_id: jobId } = v.parse(LiveFailoverResponseSchema, started.body);
    const jobs = await call(`/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(v.parse(RecentJobsResponseSchema, jobs.body).jobs[0]).toMatchObject({
      jobId,
      jobType: 'live_failover',
      status: 'running',
    });

    const unknown = await post('/api/v1/failover/live', { vm_id: 'x', vm_name: 'pgtest9' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ success: false, details: { error_code: 'VM_NOT_FOUND' } });
  });

  it('decodes an encoded VM name and logs the raw path', async () => {
    const path = '/api/v1/vm-contexts/my%20vm%20%231%3F%C3%A9';
    const { status, body } = await rawGet(path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: 'VM context not found for: my vm #1?é' });
    expect(mock.api.state.getRequests()).toEqual([
      { method: 'GET', path, route: 'vm-context', time: expect.any(Number) },
    ]);
  });

  it('logs the path as sent, before URL normalisation', async () => {
    const { status } = await rawGet('/api/v1/./vm-contexts/pgtest1?x=%2F');
    expect(status).toBe(200);
    expect(mock.api.state.getRequests()[0]?.path).toBe('/api/v1/./vm-contexts/pgtest1?x=%2F');
  });

  it('answers 400 for a path whose escapes do not decode', async () => {
    const { status, body } = await rawGet('/api/v1/vm-contexts/%E0%A4%A');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'Malformed request URL' });
  });

  it('answers 404 JSON for unknown routes, inside and outside the API', async () => {
    const insideApi = await call('/api/v1/failover/test');
    expect(insideApi.status).toBe(404);
    expect(insideApi.body).toMatchObject({ error: 'Route not found: GET /api/v1/failover/test' });
    const outside = await call('/index.html');
    expect(outside.status).toBe(404);
    expect(outside.body).toMatchObject({ error: 'Route not found: GET /index.html' });
    const wrongMethod = await call('/api/v1/vm-contexts', { method: 'DELETE' });
    expect(wrongMethod.status).toBe(404);
  });

  it('allows any origin, and answers preflights', async () => {
    const simple = await call('/api/v1/vm-contexts/pgtest1');
    expect(simple.headers.get('access-control-allow-origin')).toBe('*');

    const preflight = await call('/api/v1/failover/live', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-request-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type,x-request-id');
    expect(mock.api.state.getRequests()).toHaveLength(1);
  });

  it('rejects a request body over the size limit', async () => {
    const { status } = await call('/api/v1/failover/live', {
      method: 'POST',
      body: 'x'.repeat(1_100_000),
    });
    expect(status).toBe(413);
  });
});

describe('faults over HTTP', () => {
  it('network: the connection closes without a response', async () => {
    mock.api.state.setFault('vm-context', { kind: 'network', times: 1 });
    await expect(fetch(`${mock.api.url}/vm-contexts/pgtest1`)).rejects.toMatchObject({
      name: 'TypeError',
    });
    expect((await call('/api/v1/vm-contexts/pgtest1')).status).toBe(200);
  });

  it('malformed: a 200 body that is not JSON', async () => {
    mock.api.state.setFault('recent-jobs', { kind: 'malformed' });
    const { status, body, text } = await call(
      `/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`,
    );
    expect(status).toBe(200);
    expect(text.length).toBeGreaterThan(0);
    expect(body).toBeUndefined();
  });
});

describe('startMockOmaApi options', () => {
  it('serves a given state, and frees the port on close', async () => {
    let now = Date.UTC(2025, 9, 3, 17, 47, 47);
    const state = createMockOmaState({ now: () => now, liveFailoverDurationMs: 10_000 });
    const own = await startMockOmaApi({ port: 0, state });
    expect(own.state).toBe(state);
    const started = await fetch(`${own.url}/failover/live`, {
      method: 'POST',
      body: JSON.stringify({ vm_id: pgtest1.vmwareVmId, vm_name: 'pgtest1' }),
    });
    expect(started.status).toBe(200);
    now += 10_000;
    const context = v.parse(
      VmContextResponseSchema,
      await (await fetch(`${own.url}/vm-contexts/pgtest1`)).json(),
    );
    expect(context.lastOperation).toMatchObject({
      operationType: 'live_failover',
      status: 'completed',
    });

    await own.close();
    await expect(fetch(`${own.url}/vm-contexts`)).rejects.toMatchObject({ name: 'TypeError' });
  });

  it('fails to start on a port in use', async () => {
    await expect(startMockOmaApi({ port: mock.api.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  it('closes even while a slow request is in flight', async () => {
    const own = await startMockOmaApi({ port: 0 });
    own.state.setFault('vm-list', { kind: 'slow', delayMs: 5_000 });
    const pending = fetch(`${own.url}/vm-contexts`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const startedAt = performance.now();
    await own.close();
    expect(performance.now() - startedAt).toBeLessThan(2_000);
    expect(await pending).toMatchObject({ name: 'TypeError' });
  });
});
