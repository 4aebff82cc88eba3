import { request as httpRequest } from 'node:http';
import {
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
  VmListResponseSchema,
} from '@migratekit/oma-api';
import { EXAMPLE_FAILURE } from '../fixtures/builders';
import { SCENARIO_NAMES, scenarios } from '../scenarios';
import { createMockOmaState } from '../state';
import { type MockOmaApi, startMockOmaApi } from '.';
import { isLoopbackAddress, mayUseControlEndpoints } from './server';

const pgtest1 = scenarios.pgtest1;
let api: MockOmaApi;
let origin: string;

beforeAll(async () => {
  api = await startMockOmaApi({ port: 0 });
  origin = new URL(api.url).origin;
});
afterEach(() => api.state.reset());
afterAll(() => api.close());

async function call(path: string, init?: RequestInit) {
  const response = await fetch(`${origin}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: safeJson(text) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function post(path: string, body?: unknown) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A request with a path exactly as given (fetch would normalise it). */
function rawGet(path: string): Promise<{ status: number; body: unknown }> {
  return rawRequest('GET', path);
}

function rawRequest(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: api.port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: safeJson(Buffer.concat(chunks).toString()) }),
      );
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('mock OMA API over HTTP', () => {
  it('listens on loopback and reports its API base URL', () => {
    expect(api.port).toBeGreaterThan(0);
    expect(api.url).toBe(`http://127.0.0.1:${api.port}/api/v1`);
  });

  it('serves every endpoint with bodies the contracts parse', async () => {
    const list = await call('/api/v1/vm-contexts');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-type')).toContain('application/json');
    expect(VmListResponseSchema.parse(list.body).vmContexts).toHaveLength(SCENARIO_NAMES.length);

    const context = await call('/api/v1/vm-contexts/pgtest1');
    expect(VmContextResponseSchema.parse(context.body).lastOperation?.errorMessage).toBe(
      EXAMPLE_FAILURE.errorMessage,
    );

    const jobs = await call(`/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(RecentJobsResponseSchema.parse(jobs.body).contextId).toBe(pgtest1.contextId);
  });

  it('starts a live failover over POST', async () => {
    const started = await post('/api/v1/failover/live', {
      vm_id: pgtest1.vmwareVmId,
      vm_name: 'pgtest1',
    });
    expect(started.status).toBe(200);
    const { job_id: jobId } = LiveFailoverResponseSchema.parse(started.body);
    const jobs = await call(`/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`);
    expect(RecentJobsResponseSchema.parse(jobs.body).jobs[0]).toMatchObject({
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
    expect(api.state.getRequests()).toEqual([
      { method: 'GET', path, route: 'vm-context', time: expect.any(Number) },
    ]);
  });

  it('logs the path as sent, before URL normalisation', async () => {
    const { status } = await rawGet('/api/v1/./vm-contexts/pgtest1?x=%2F');
    expect(status).toBe(200);
    expect(api.state.getRequests()[0]?.path).toBe('/api/v1/./vm-contexts/pgtest1?x=%2F');
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
    expect(api.state.getRequests()).toHaveLength(1);
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
    api.state.setFault('vm-context', { kind: 'network', times: 1 });
    await expect(fetch(`${api.url}/vm-contexts/pgtest1`)).rejects.toMatchObject({
      name: 'TypeError',
    });
    expect((await call('/api/v1/vm-contexts/pgtest1')).status).toBe(200);
  });

  it('malformed: a 200 body that is not JSON', async () => {
    api.state.setFault('recent-jobs', { kind: 'malformed' });
    const { status, body, text } = await call(
      `/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`,
    );
    expect(status).toBe(200);
    expect(text.length).toBeGreaterThan(0);
    expect(body).toBeUndefined();
  });
});

describe('control endpoints', () => {
  it('lists the scenarios', async () => {
    const { status, body } = await call('/__mock/scenarios');
    expect(status).toBe(200);
    expect(body).toEqual({ scenarios: SCENARIO_NAMES.map((name) => scenarios[name]) });
  });

  it('sets, lists and clears faults', async () => {
    const set = await post('/__mock/faults', { route: 'vm-list', kind: 'server-error', times: 2 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ faults: { 'vm-list': { kind: 'server-error', times: 2 } } });
    expect((await call('/api/v1/vm-contexts')).status).toBe(500);

    await post('/__mock/faults', { route: 'vm-context', kind: 'slow', delayMs: 50 });
    const listed = await call('/__mock/faults');
    expect(listed.body).toEqual({
      faults: {
        'vm-list': { kind: 'server-error', times: 1 },
        'vm-context': { kind: 'slow', delayMs: 50 },
      },
    });

    expect((await call('/__mock/faults?route=vm-list', { method: 'DELETE' })).body).toEqual({
      ok: true,
      faults: { 'vm-context': { kind: 'slow', delayMs: 50 } },
    });
    await call('/__mock/faults', { method: 'DELETE' });
    expect(api.state.getFaults()).toEqual({});
    expect((await call('/api/v1/vm-contexts')).status).toBe(200);
  });

  it('rejects an invalid fault', async () => {
    for (const body of [
      { route: 'nowhere', kind: 'network' },
      { route: 'vm-list', kind: 'explode' },
      { route: 'vm-list', kind: 'network', times: 0 },
    ]) {
      const response = await post('/__mock/faults', body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: expect.stringContaining('Invalid fault') });
    }
    const notJson = await call('/__mock/faults', { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect(api.state.getFaults()).toEqual({});
  });

  it('reads and clears the request log, which leaves out control requests', async () => {
    await call('/api/v1/vm-contexts');
    await call('/api/v1/vm-contexts/pgtest1');
    const log = await call('/__mock/requests');
    expect(log.body).toEqual({
      count: 2,
      requests: [
        { method: 'GET', path: '/api/v1/vm-contexts', route: 'vm-list', time: expect.any(Number) },
        {
          method: 'GET',
          path: '/api/v1/vm-contexts/pgtest1',
          route: 'vm-context',
          time: expect.any(Number),
        },
      ],
    });
    await call('/__mock/requests', { method: 'DELETE' });
    expect((await call('/__mock/requests')).body).toEqual({ count: 0, requests: [] });
  });

  it('records a new failure, so the banner comes back', async () => {
    const before = VmContextResponseSchema.parse(
      (await call('/api/v1/vm-contexts/websrv-ok')).body,
    );
    expect(before.lastOperation?.status).toBe('completed');

    const failed = await post('/__mock/vms/websrv-ok/fail', {
      operation_type: 'rollback',
      error_message: 'Storage volume access error',
      error_category: 'storage',
    });
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({
      ok: true,
      job_id: expect.any(String),
      last_operation: { status: 'failed', operation_type: 'rollback' },
    });

    const after = VmContextResponseSchema.parse((await call('/api/v1/vm-contexts/websrv-ok')).body);
    expect(after.lastOperation).toMatchObject({
      status: 'failed',
      operationType: 'rollback',
      errorMessage: 'Storage volume access error',
    });
    expect(after.lastOperation?.jobId).toBe((failed.body as { job_id: string }).job_id);

    // Without a body it records pgtest1's kind of failure; names in the path are decoded.
    expect((await call('/__mock/vms/pgtest2/fail', { method: 'POST' })).status).toBe(200);
    const unknown = await call(`/__mock/vms/${encodeURIComponent('no such vm')}/fail`, {
      method: 'POST',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'VM context not found for: no such vm' });
  });

  it('resets the scenarios, faults and log', async () => {
    await post('/api/v1/failover/live', { vm_id: pgtest1.vmwareVmId, vm_name: 'pgtest1' });
    await post('/__mock/faults', { route: 'vm-list', kind: 'network' });
    const reset = await post('/__mock/reset');
    expect(reset).toMatchObject({ status: 200, body: { ok: true } });
    expect(api.state.getFaults()).toEqual({});
    expect(api.state.getRequests()).toEqual([]);
    const jobs = RecentJobsResponseSchema.parse(
      (await call(`/api/v1/vm-contexts/${pgtest1.contextId}/recent-jobs`)).body,
    ).jobs;
    expect(jobs.some((job) => job.jobType === 'live_failover')).toBe(false);
  });

  it('answers 404 for an unknown control endpoint', async () => {
    const { status, body } = await call('/__mock/nothing');
    expect(status).toBe(404);
    expect(body).toMatchObject({ error: 'Unknown control endpoint: GET /__mock/nothing' });
  });
});

describe('who may use the control endpoints', () => {
  const fault = { route: 'vm-context', kind: 'server-error' };

  it('answers them at /__mock/ only: not under another prefix, nor through dot segments', async () => {
    for (const path of [
      '/api/v1/__mock/faults',
      '/api/x/__mock/faults',
      '/anything/__mock/faults',
    ]) {
      expect({ path, status: (await post(path, fault)).status }).toEqual({ path, status: 404 });
    }
    for (const path of ['/api/v1/../../__mock/faults', '/api/%2e%2e/__mock/faults']) {
      const { status } = await rawRequest('POST', path, fault);
      expect({ path, status }).toEqual({ path, status: 404 });
    }
    expect(api.state.getFaults()).toEqual({});
    expect((await call('/api/v1/vm-contexts/pgtest1')).status).toBe(200);

    api.state.setFault('vm-list', { kind: 'network' });
    for (const path of ['/api/x/__mock/reset', '/api/v1/__mock/reset']) {
      expect((await post(path)).status).toBe(404);
    }
    expect(api.state.getFaults()).toEqual({ 'vm-list': { kind: 'network' } });
  });

  it('refuses a request relayed by a proxy, which connects from loopback for anyone', async () => {
    api.state.setFault('vm-list', { kind: 'network' });
    const relayHeaders: Array<Record<string, string>> = [
      { 'X-Forwarded-For': '192.0.2.7' },
      { Forwarded: 'for=192.0.2.7' },
    ];
    for (const headers of relayHeaders) {
      const refused = await call('/__mock/reset', { method: 'POST', headers });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({
        error: 'Mock control endpoints answer loopback clients only',
      });
    }
    expect(api.state.getFaults()).toEqual({ 'vm-list': { kind: 'network' } });
    // The API itself still answers relayed requests.
    const relayed = await call('/api/v1/vm-contexts/pgtest1', {
      headers: { 'X-Forwarded-For': '192.0.2.7' },
    });
    expect(relayed.status).toBe(200);
  });

  it('lets only loopback clients use them', () => {
    const from = (remoteAddress: string | undefined) =>
      mayUseControlEndpoints({ headers: {}, socket: { remoteAddress } } as never);
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].map(from)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['192.0.2.7', '10.0.0.1', '::ffff:192.0.2.7', 'fe80::1', '0.0.0.0', undefined].map(from),
    ).toEqual([false, false, false, false, false, false]);
    expect(isLoopbackAddress('128.0.0.1')).toBe(false);
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
    const context = VmContextResponseSchema.parse(
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
    await expect(startMockOmaApi({ port: api.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
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
