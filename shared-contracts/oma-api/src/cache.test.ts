import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { fetchVmContextEntry, omaCacheKey } from './cache';

test('one key per endpoint, API and VM, whatever trailing slashes the base has', () => {
  expect(omaCacheKey('vm-context', '/api/v1/', { vmName: 'pgtest1' })).toEqual([
    'oma',
    'vm-context',
    '/api/v1',
    'pgtest1',
  ]);
  expect(omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' })).toEqual(
    omaCacheKey('vm-context', ' /api/v1// ', { vmName: 'pgtest1' }),
  );
  expect(omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest2' })).not.toEqual(
    omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' }),
  );
  expect(omaCacheKey('recent-jobs', '/api/v1', { contextId: 'pgtest1' })).not.toEqual(
    omaCacheKey('vm-context', '/api/v1', { vmName: 'pgtest1' }),
  );
  expect(omaCacheKey('vm-list', 'https://oma.example/api/v1', {})).toEqual([
    'oma',
    'vm-list',
    'https://oma.example/api/v1',
  ]);
});

describe('fetchVmContextEntry', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it("fills the VM-context entry from its key's VM and API, stamped with when it arrived", async () => {
    const requested: string[] = [];
    server.use(
      http.get('http://oma.test/api/v1/vm-contexts/:vmName', ({ request }) => {
        requested.push(new URL(request.url).pathname);
        return HttpResponse.json({
          context: { context_id: 'ctx-pgtest1-20251003-140708', vm_name: 'pgtest1' },
        });
      }),
    );
    const before = Date.now();
    const entry = await fetchVmContextEntry(
      omaCacheKey('vm-context', 'http://oma.test/api/v1/', { vmName: 'pgtest1' }),
    );

    expect(requested).toEqual(['/api/v1/vm-contexts/pgtest1']);
    expect(entry.value.context).toMatchObject({
      contextId: 'ctx-pgtest1-20251003-140708',
      vmName: 'pgtest1',
    });
    expect(entry.value.lastOperation).toBeNull();
    expect(entry.receivedAt).toBeGreaterThanOrEqual(before);
    expect(entry.receivedAt).toBeLessThanOrEqual(Date.now());
  });
});
