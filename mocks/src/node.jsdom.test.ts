/**
 * @jest-environment jest-fixed-jsdom
 * @jest-environment-options {"customExportConditions": [""]}
 */
import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/oma-api';
import * as v from 'valibot';
import { failures, mockState, server } from './node';
import { scenarios } from './scenarios';

// The remote's and host's tests run in this environment: the handlers must work there too.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mockState.reset();
});
afterAll(() => server.close());

describe('msw server under jsdom', () => {
  it('serves same-origin requests to /api/v1', async () => {
    expect(typeof window).toBe('object');
    const response = await fetch(new URL('/api/v1/vm-contexts/pgtest1', window.location.href));
    expect(v.parse(VmContextResponseSchema, await response.json()).context.vmName).toBe('pgtest1');
  });

  it('starts a live failover and lists it running', async () => {
    const started = await fetch('http://localhost/api/v1/failover/live', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ vm_id: scenarios.pgtest1.vmwareVmId, vm_name: 'pgtest1' }),
    });
    expect(started.status).toBe(200);
    const jobs = await fetch(
      `http://localhost/api/v1/vm-contexts/${scenarios.pgtest1.contextId}/recent-jobs`,
    );
    expect(v.parse(RecentJobsResponseSchema, await jobs.json()).jobs[0]?.status).toBe('running');
  });

  it('applies failure factories', async () => {
    server.use(failures.networkError('vm-list'));
    await expect(fetch('http://localhost/api/v1/vm-contexts')).rejects.toMatchObject({
      name: 'TypeError',
    });
  });
});
