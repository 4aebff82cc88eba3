import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ProductionStack, remoteSourceOf, startProductionStack } from './productionStack';
import { rawRequest, startUpstream, type Upstream, waitFor } from './upstreamStandIn';

/*
 * The production server of `pnpm serve` (and of the browser tests) in front of an OMA API
 * stand-in that records what reaches it: the /api proxy, /config.json, headers, source maps.
 */

const repoRoot = path.resolve(__dirname, '..');

let dir: string;
let hostDist: string;
let remoteDist: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'production-stack-'));
  hostDist = path.join(dir, 'host');
  remoteDist = path.join(dir, 'remote');
  for (const folder of [hostDist, remoteDist]) mkdirSync(folder);
  writeFileSync(path.join(hostDist, 'index.html'), '<!doctype html><title>Dashboard</title>');
  writeFileSync(path.join(hostDist, 'main.0123abcd.js'), 'console.log(1);');
  writeFileSync(path.join(hostDist, 'main.0123abcd.js.map'), '{"sourcesContent":["secret"]}');
  writeFileSync(path.join(remoteDist, 'mf-manifest.json'), '{}');
  writeFileSync(path.join(remoteDist, 'remoteEntry.js'), 'var x;');
  writeFileSync(path.join(remoteDist, 'remoteEntry.js.map'), '{"sourcesContent":["secret"]}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let logged: jest.SpyInstance;
beforeEach(() => {
  // The proxy logs each failed API call for whoever runs the server; tests read it.
  logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

describe('the production stack in front of an OMA API', () => {
  let upstream: Upstream;
  let stack: ProductionStack;

  beforeAll(async () => {
    upstream = await startUpstream();
    stack = await startProductionStack({
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      omaApiUrl: upstream.origin,
      hostDist,
      remoteDist,
      apiTimeoutMs: 400,
    });
  });
  afterAll(async () => {
    await stack?.close();
    await upstream?.close();
  });
  beforeEach(() => {
    upstream.received.length = 0;
  });

  it('forwards /api paths normalised, and refuses those that leave /api/ or hide dot segments', async () => {
    const forwarded: Record<string, string> = {
      '/api/v1/vm-contexts/pgtest1': '/api/v1/vm-contexts/pgtest1',
      '/api/v1/./vm-contexts/pgtest1?x=%2F': '/api/v1/vm-contexts/pgtest1?x=%2F',
      '/api/v1/vm-contexts/x/../pgtest1': '/api/v1/vm-contexts/pgtest1',
      '/api/v1/vm-contexts/rack%2Fa%2Fvm': '/api/v1/vm-contexts/rack%2Fa%2Fvm',
      '/api/v1/vm-contexts/a..b/recent-jobs': '/api/v1/vm-contexts/a..b/recent-jobs',
      '/api/v1/vm-contexts/%252e%252e': '/api/v1/vm-contexts/%252e%252e',
      '/vms/../api/v1/vm-contexts': '/api/v1/vm-contexts',
    };
    for (const [sent, expected] of Object.entries(forwarded)) {
      upstream.received.length = 0;
      const answer = await rawRequest(stack.hostUrl, sent);
      expect({ sent, status: answer.status }).toEqual({ sent, status: 200 });
      expect({ sent, paths: upstream.received.map((r) => r.path) }).toEqual({
        sent,
        paths: [expected],
      });
    }

    upstream.received.length = 0;
    for (const sent of [
      '/api/../__mock/requests',
      '/api/v1/../../__mock/reset',
      '/api/v1/%2e%2e/%2e%2e/__mock/requests',
      '/api/v1/vm-contexts/.%2E/x',
      '/api/v1/%2e/vm-contexts',
      '/api/v1\\..\\..\\__mock\\reset',
      '/api/v1/vm-contexts/a\\b',
    ]) {
      const answer = await rawRequest(stack.hostUrl, sent);
      expect({ sent, status: answer.status }).toEqual({ sent, status: 400 });
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'The request path is not allowed' });
    }
    expect(upstream.received).toEqual([]);
  });

  it('drops the upstream request when the client goes away', async () => {
    const aborters = Array.from({ length: 20 }, () => new AbortController());
    const pending = aborters.map((aborter) =>
      fetch(`${stack.hostUrl}/api/v1/slow`, { signal: aborter.signal }).catch(() => null),
    );
    await waitFor(() => upstream.open() === 20, '20 requests upstream');
    for (const aborter of aborters) aborter.abort();
    await Promise.all(pending);
    await waitFor(() => upstream.open() === 0, 'the upstream requests to be closed');
  });

  it('answers 504 with a JSON error when the API stays silent', async () => {
    const answer = await fetch(`${stack.hostUrl}/api/v1/slow`, {
      signal: AbortSignal.timeout(4_000),
    });
    expect(answer.status).toBe(504);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await answer.json()) as { error: string; timestamp: string };
    expect(body.error).toBe('The OMA API did not answer in time');
    expect(Number.isFinite(Date.parse(body.timestamp))).toBe(true);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('GET /api/v1/slow'));
    await waitFor(() => upstream.open() === 0, 'the timed-out request to be closed');
  });

  it('drops hop-by-hop headers both ways and appends the client to X-Forwarded-For', async () => {
    const answer = await rawRequest(stack.hostUrl, '/api/v1/vm-contexts', {
      headers: {
        Connection: 'keep-alive, X-Hop-Secret',
        'X-Hop-Secret': 'for this hop only',
        'Keep-Alive': 'timeout=5',
        TE: 'trailers',
        'Proxy-Authorization': 'Basic c2VjcmV0',
        'X-End-To-End': 'kept',
        'X-Forwarded-For': '203.0.113.9',
      },
    });
    expect(answer.status).toBe(200);
    const [seen] = upstream.received;
    expect(seen?.headers['x-end-to-end']).toBe('kept');
    for (const name of ['x-hop-secret', 'keep-alive', 'te', 'proxy-authorization']) {
      expect({ name, value: seen?.headers[name] }).toEqual({ name, value: undefined });
    }
    expect(seen?.headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    expect(seen?.headers.host).toBe(new URL(upstream.origin).host);

    expect(answer.headers['x-upstream-end-to-end']).toBe('kept');
    expect(answer.headers['x-upstream-hop']).toBeUndefined();
    expect(answer.headers['cache-control']).toBe('no-store');

    upstream.received.length = 0;
    await rawRequest(stack.hostUrl, '/api/v1/vm-contexts');
    expect(upstream.received[0]?.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('sends Referrer-Policy and nosniff on every answer of both sites, 404s and /api included', async () => {
    const answers = [
      ...['/', '/vms/pgtest1', '/config.json', '/missing.0123abcd.js', '/api/v1/vm-contexts'].map(
        (route) => `${stack.hostUrl}${route}`,
      ),
      `${stack.remoteUrl}/mf-manifest.json`,
      `${stack.remoteUrl}/missing.0123abcd.js`,
    ];
    for (const url of answers) {
      const { headers } = await fetch(url);
      expect({ url, referrer: headers.get('referrer-policy') }).toEqual({
        url,
        referrer: 'no-referrer',
      });
      expect({ url, nosniff: headers.get('x-content-type-options') }).toEqual({
        url,
        nosniff: 'nosniff',
      });
    }
  });

  it('answers /config.json on its exact path only, to GET and HEAD only', async () => {
    const expected = { vmOperationsRemoteUrl: `${stack.remoteUrl}/mf-manifest.json` };
    const get = await fetch(`${stack.hostUrl}/config.json`);
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(await get.json()).toEqual(expected);
    expect(await (await fetch(`${stack.hostUrl}/config.json?v=2`)).json()).toEqual(expected);
    const head = await fetch(`${stack.hostUrl}/config.json`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');

    for (const method of ['POST', 'PUT', 'DELETE']) {
      const refused = await fetch(`${stack.hostUrl}/config.json`, { method });
      expect({ method, status: refused.status }).toEqual({ method, status: 405 });
      expect(refused.headers.get('allow')).toBe('GET, HEAD');
    }
    for (const route of ['/config.jsonx', '/config.json.bak', '/config.json/x']) {
      const other = await fetch(`${stack.hostUrl}${route}`);
      expect({ route, body: await other.text() }).not.toEqual({
        route,
        body: JSON.stringify(expected),
      });
    }
  });

  it('serves no source maps from either site, though the files are there', async () => {
    expect((await fetch(`${stack.hostUrl}/main.0123abcd.js`)).status).toBe(200);
    expect((await fetch(`${stack.hostUrl}/main.0123abcd.js.map`)).status).toBe(404);
    expect((await fetch(`${stack.hostUrl}/main.0123abcd.js%2Emap`)).status).toBe(404);
    expect((await fetch(`${stack.remoteUrl}/remoteEntry.js`)).status).toBe(200);
    expect((await fetch(`${stack.remoteUrl}/remoteEntry.js.map`)).status).toBe(404);
  });
});

describe('the Content-Security-Policy names the remote by its folder', () => {
  it("allows the remote's folder, not its whole origin", async () => {
    const stack = await startProductionStack({
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      withoutRemote: true,
      hostDist,
      remoteManifestUrl: 'https://cdn.example:8443/vm-operations/mf-manifest.json',
    });
    try {
      const policy = (await fetch(`${stack.hostUrl}/`)).headers.get('content-security-policy');
      for (const directive of ['script-src', 'style-src', 'connect-src']) {
        const sources = (policy ?? '')
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .find(([name]) => name === directive);
        expect(sources).toContain('https://cdn.example:8443/vm-operations/');
        expect(sources).not.toContain('https://cdn.example:8443');
      }
    } finally {
      await stack.close();
    }
  });

  it('derives the folder from the manifest URL', () => {
    expect(remoteSourceOf('https://cdn.example/a/b/mf-manifest.json?v=1')).toBe(
      'https://cdn.example/a/b/',
    );
    expect(remoteSourceOf('http://127.0.0.1:3001/mf-manifest.json')).toBe('http://127.0.0.1:3001/');
    expect(remoteSourceOf('https://cdn.example/x;y,z/mf-manifest.json')).toBe(
      'https://cdn.example/x%3By%2Cz/',
    );
    expect(remoteSourceOf('/vm-operations/mf-manifest.json')).toBeNull();
  });
});

describe('an https: OMA API', () => {
  let tls: { key: string; cert: string };
  beforeAll(() => {
    const keyFile = path.join(dir, 'oma.key');
    const certFile = path.join(dir, 'oma.crt');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
    tls = { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  });

  it('is proxied over TLS, checking its certificate', async () => {
    const upstream = await startUpstream(tls);
    const options = {
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      withoutRemote: true,
      hostDist,
      omaApiUrl: upstream.origin,
    };
    const trusting = await startProductionStack({ ...options, apiCa: tls.cert });
    const distrusting = await startProductionStack(options);
    try {
      const answer = await fetch(`${trusting.hostUrl}/api/v1/vm-contexts`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ path: '/api/v1/vm-contexts' });
      // A certificate nobody vouches for is refused, as an API that cannot be reached.
      const refused = await fetch(`${distrusting.hostUrl}/api/v1/vm-contexts`);
      expect(refused.status).toBe(502);
      expect(await refused.json()).toMatchObject({ error: 'The OMA API could not be reached' });
    } finally {
      await Promise.all([trusting.close(), distrusting.close(), upstream.close()]);
    }
  });

  it('refuses to start with an OMA_API_URL it cannot use, saying why', async () => {
    await expect(
      startProductionStack({ hostPort: 0, remotePort: 0, mockApiPort: 0, omaApiUrl: 'ftp://oma' }),
    ).rejects.toThrow('OMA_API_URL must be the OMA API');

    const serve = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/serve.ts'],
        { cwd: repoRoot, env: { ...process.env, OMA_API_URL: 'oma.internal:8082' } },
        (error, _stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }),
      );
    });
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain(
      'OMA_API_URL must be the OMA API\'s origin, e.g. http://127.0.0.1:8082 or https://oma.example:8443, got "oma.internal:8082"',
    );
  });
});
