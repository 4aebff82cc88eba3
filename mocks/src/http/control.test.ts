import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/oma-api';
import * as v from 'valibot';
import { SCENARIO_NAMES, scenarios } from '../scenarios';
import { isLoopbackAddress, mayUseControlEndpoints } from './server';
import { useMockOmaApi } from './testApi';

const pgtest1 = scenarios.pgtest1;
const mock = useMockOmaApi();
const { call, post, rawRequest } = mock;

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
    expect(mock.api.state.getFaults()).toEqual({});
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
    expect(mock.api.state.getFaults()).toEqual({});
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
    const before = v.parse(
      VmContextResponseSchema,
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

    const after = v.parse(
      VmContextResponseSchema,
      (await call('/api/v1/vm-contexts/websrv-ok')).body,
    );
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
    expect(mock.api.state.getFaults()).toEqual({});
    expect(mock.api.state.getRequests()).toEqual([]);
    const jobs = v.parse(
      RecentJobsResponseSchema,
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
    expect(mock.api.state.getFaults()).toEqual({});
    expect((await call('/api/v1/vm-contexts/pgtest1')).status).toBe(200);

    mock.api.state.setFault('vm-list', { kind: 'network' });
    for (const path of ['/api/x/__mock/reset', '/api/v1/__mock/reset']) {
      expect((await post(path)).status).toBe(404);
    }
    expect(mock.api.state.getFaults()).toEqual({ 'vm-list': { kind: 'network' } });
  });

  it('refuses a request relayed by a proxy, which connects from loopback for anyone', async () => {
    mock.api.state.setFault('vm-list', { kind: 'network' });
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
    expect(mock.api.state.getFaults()).toEqual({ 'vm-list': { kind: 'network' } });
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
