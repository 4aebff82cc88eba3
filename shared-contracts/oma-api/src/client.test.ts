import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { fetchFromOma, postToOma } from './client';
import { omaUrl } from './endpoints';
import { OmaApiError } from './errors';
import {
  LiveFailoverResponseSchema,
  RecentJobsResponseSchema,
  VmContextResponseSchema,
} from './schemas';

const recentJobsUrl = (base: string, contextId: string) =>
  omaUrl(base, 'recent-jobs', { contextId });
const vmContextUrl = (base: string, vmName: string) => omaUrl(base, 'vm-context', { vmName });

const BASE = 'http://oma.test/api/v1';
const JOBS_URL = `${BASE}/vm-contexts/ctx-pgtest1/recent-jobs`;

const recentJobsBody = {
  context_id: 'ctx-pgtest1',
  count: 2,
  jobs: [
    {
      job_id: 'job-20251003-140728',
      job_type: 'replication',
      status: 'completed',
      progress: 100,
      display_name: 'Replication Completed',
      data_source: 'replication_jobs',
    },
    {
      job_id: 'uuid-123',
      job_type: 'test_failover',
      status: 'failed',
      progress: 60,
      started_at: '2025-10-03T17:46:57Z',
      display_name: 'Test Failover',
      error_message: 'KVM driver installation failed - compatibility issue',
      error_category: 'compatibility',
      data_source: 'job_tracking',
    },
  ],
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<OmaApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OmaApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('fetchFromOma', () => {
  it('returns the parsed, normalised body', async () => {
    server.use(http.get(JOBS_URL, () => HttpResponse.json(recentJobsBody)));
    const result = await fetchFromOma(JOBS_URL, RecentJobsResponseSchema);
    expect(result.contextId).toBe('ctx-pgtest1');
    // Newest first: the dated failover before the undated replication.
    expect(result.jobs.map((job) => job.jobId)).toEqual(['uuid-123', 'job-20251003-140728']);
    expect(result.jobs[0]?.errorCategory).toBe('compatibility');
  });

  it('asks for JSON', async () => {
    let accept: string | null = null;
    server.use(
      http.get(JOBS_URL, ({ request }) => {
        accept = request.headers.get('accept');
        return HttpResponse.json(recentJobsBody);
      }),
    );
    await fetchFromOma(JOBS_URL, RecentJobsResponseSchema);
    expect(accept).toBe('application/json');
  });

  it('reports a 404 as not_found with the server error in the detail only', async () => {
    const url = `${BASE}/vm-contexts/pgtest9`;
    server.use(
      http.get(url, () =>
        HttpResponse.json(
          { error: 'VM context not found for: pgtest9', timestamp: '2025-10-03T17:47:22Z' },
          { status: 404 },
        ),
      ),
    );
    const error = await failureOf(fetchFromOma(url, VmContextResponseSchema));
    expect(error.kind).toBe('not_found');
    expect(error.status).toBe(404);
    expect(error.detail).toContain('VM context not found for: pgtest9');
    expect(error.userMessage).not.toContain('pgtest9');
    expect(error.userMessage).toMatch(/no record of this VM/);
  });

  it.each([
    [500, /reported a problem/],
    [503, /reported a problem/],
    [400, /could not handle this request/],
    [403, /permission/],
  ])('reports status %i as http with a plain message', async (status, message) => {
    server.use(
      http.get(JOBS_URL, () =>
        HttpResponse.json({ error: 'database error: /var/lib/mysql is full' }, { status }),
      ),
    );
    const error = await failureOf(fetchFromOma(JOBS_URL, RecentJobsResponseSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.userMessage).toMatch(message);
    expect(error.userMessage).not.toContain('/var/lib');
    expect(error.detail).toContain('database error: /var/lib/mysql is full');
  });

  it('keeps a non-JSON error body in the detail', async () => {
    server.use(http.get(JOBS_URL, () => new HttpResponse('<h1>Bad Gateway</h1>', { status: 502 })));
    const error = await failureOf(fetchFromOma(JOBS_URL, RecentJobsResponseSchema));
    expect(error.kind).toBe('http');
    expect(error.detail).toContain('<h1>Bad Gateway</h1>');
  });

  it('reports a 2xx body that is not JSON as malformed', async () => {
    server.use(http.get(JOBS_URL, () => HttpResponse.text('<!doctype html><p>Login</p>')));
    const error = await failureOf(fetchFromOma(JOBS_URL, RecentJobsResponseSchema));
    expect(error.kind).toBe('malformed');
    expect(error.status).toBe(200);
    expect(error.userMessage).toMatch(/could not be read/);
  });

  it.each([
    ['a list instead of an object', []],
    ['jobs that are not a list', { context_id: 'ctx', jobs: 'none' }],
    ['null', null],
  ])('reports %s as shape', async (_label, body) => {
    server.use(http.get(JOBS_URL, () => HttpResponse.json(body)));
    const error = await failureOf(fetchFromOma(JOBS_URL, RecentJobsResponseSchema));
    expect(error.kind).toBe('shape');
    expect(error.userMessage).toMatch(/unexpected format/);
    expect(error.detail).toContain(JOBS_URL);
  });

  it('reports a refused connection as network', async () => {
    server.use(http.get(JOBS_URL, () => HttpResponse.error()));
    const error = await failureOf(fetchFromOma(JOBS_URL, RecentJobsResponseSchema));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.userMessage).toBe(
      'The migration service could not be reached. Check your connection and try again.',
    );
    expect(error.isTransient).toBe(true);
  });

  it('gives up after the timeout', async () => {
    server.use(
      http.get(JOBS_URL, async () => {
        await delay(2_000);
        return HttpResponse.json(recentJobsBody);
      }),
    );
    const started = Date.now();
    const error = await failureOf(
      fetchFromOma(JOBS_URL, RecentJobsResponseSchema, { timeoutMs: 50 }),
    );
    expect(error.kind).toBe('timeout');
    expect(error.userMessage).toMatch(/took too long/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('rethrows a caller abort as it is', async () => {
    server.use(
      http.get(JOBS_URL, async () => {
        await delay(2_000);
        return HttpResponse.json(recentJobsBody);
      }),
    );
    const controller = new AbortController();
    const request = fetchFromOma(JOBS_URL, RecentJobsResponseSchema, { signal: controller.signal });
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    await expect(request).rejects.not.toBeInstanceOf(OmaApiError);
  });

  it('resolves a base URL relative to the page', async () => {
    server.use(
      http.get('/api/v1/vm-contexts/ctx-pgtest1/recent-jobs', () =>
        HttpResponse.json(recentJobsBody),
      ),
    );
    const result = await fetchFromOma(
      recentJobsUrl('/api/v1', 'ctx-pgtest1'),
      RecentJobsResponseSchema,
    );
    expect(result.jobs).toHaveLength(2);
  });
});

describe('postToOma', () => {
  const FAILOVER_URL = omaUrl(BASE, 'live-failover', {});
  const request = { vm_id: '420570c7-f61f-a930-77c5-1e876786cb3c', vm_name: 'pgtest1' };

  it('sends the body as JSON and returns the parsed answer', async () => {
    let received: { body: unknown; contentType: string | null; method: string } | undefined;
    server.use(
      http.post(FAILOVER_URL, async ({ request: sent }) => {
        received = {
          body: await sent.json(),
          contentType: sent.headers.get('content-type'),
          method: sent.method,
        };
        return HttpResponse.json({ success: true, job_id: 'job-live-1' });
      }),
    );
    const answer = await postToOma(FAILOVER_URL, request, LiveFailoverResponseSchema);
    expect(answer.success).toBe(true);
    expect(answer.job_id).toBe('job-live-1');
    expect(received).toEqual({ body: request, contentType: 'application/json', method: 'POST' });
  });

  it("keeps a refusal's JSON body on the error, out of what is logged", async () => {
    const refusal = { success: false, error: 'cannot open /dev/vdc', details: { error_code: 'X' } };
    server.use(http.post(FAILOVER_URL, () => HttpResponse.json(refusal, { status: 409 })));
    const error = await failureOf(postToOma(FAILOVER_URL, request, LiveFailoverResponseSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(409);
    expect(error.detail).toMatch(/^POST .* answered 409/);
    expect(error.responseBody).toEqual(refusal);
    expect(Object.keys(error)).not.toContain('responseBody');
    expect(JSON.stringify(error)).not.toContain('error_code');
  });

  it('has no body on the error when the refusal is not JSON', async () => {
    server.use(http.post(FAILOVER_URL, () => new HttpResponse('Bad Gateway', { status: 502 })));
    const error = await failureOf(postToOma(FAILOVER_URL, request, LiveFailoverResponseSchema));
    expect(error.status).toBe(502);
    expect(error.responseBody).toBeNull();
  });

  it('reports a refused connection as network, naming the method', async () => {
    server.use(http.post(FAILOVER_URL, () => HttpResponse.error()));
    const error = await failureOf(postToOma(FAILOVER_URL, request, LiveFailoverResponseSchema));
    expect(error.kind).toBe('network');
    expect(error.detail).toMatch(/^POST /);
  });
});

describe('URL builders', () => {
  it.each([
    [
      '/api/v1',
      'ctx-pgtest1-20251003-140708',
      '/api/v1/vm-contexts/ctx-pgtest1-20251003-140708/recent-jobs',
    ],
    ['/api/v1/', 'ctx-1', '/api/v1/vm-contexts/ctx-1/recent-jobs'],
    ['http://oma:8082/api/v1///', 'ctx-1', 'http://oma:8082/api/v1/vm-contexts/ctx-1/recent-jobs'],
    ['/api/v1', 'ctx/../../admin', '/api/v1/vm-contexts/ctx%2F..%2F..%2Fadmin/recent-jobs'],
    ['/api/v1', 'ctx?x=1#y', '/api/v1/vm-contexts/ctx%3Fx%3D1%23y/recent-jobs'],
  ])('recentJobsUrl(%j, %j) is %j', (base, contextId, expected) => {
    expect(recentJobsUrl(base, contextId)).toBe(expected);
  });

  it.each([
    ['/api/v1', 'pgtest1', '/api/v1/vm-contexts/pgtest1'],
    ['/api/v1/', 'web server #2', '/api/v1/vm-contexts/web%20server%20%232'],
    ['/api/v1', '../../etc/passwd', '/api/v1/vm-contexts/..%2F..%2Fetc%2Fpasswd'],
    ['/api/v1', '...', '/api/v1/vm-contexts/...'],
  ])('vmContextUrl(%j, %j) is %j', (base, vmName, expected) => {
    expect(vmContextUrl(base, vmName)).toBe(expected);
  });

  it.each(['', '   ', '.', '..'])('refuses %j, which would leave the VM path', (segment) => {
    expect(() => vmContextUrl('/api/v1', segment)).toThrow(OmaApiError);
    expect(() => recentJobsUrl('/api/v1', segment)).toThrow(OmaApiError);
  });

  it('never produces a URL outside the base', () => {
    for (const hostile of ['..%2F..', '%2e%2e', '/admin', '..\\..', 'a/../../..']) {
      const resolved = new URL(vmContextUrl('/api/v1', hostile), 'http://dashboard.test');
      expect(resolved.origin).toBe('http://dashboard.test');
      expect(resolved.pathname.startsWith('/api/v1/vm-contexts/')).toBe(true);
    }
  });
});
