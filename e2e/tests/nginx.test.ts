import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { type MockOmaApi, startMockOmaApi } from '@migratekit/mocks/http';
import { failureBanner, operations, visibleText, waitForOperations } from '../support/app';
import { useBrowser, withArtifacts } from '../support/fixture';
import { type NginxSites, startNginxSites } from '../support/nginx';
import { freePort } from '../support/ports';

const HOST_DIST = 'host-shell/dist';
const REMOTE_DIST = 'remote/dist';
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Manifest {
  exposes: Array<{ assets: { js: { sync: string[] }; css: { sync: string[] } } }>;
}

/** A request with its path exactly as given (fetch would normalise it): status and body. */
function rawRequest(
  origin: string,
  path: string,
  method = 'GET',
  body?: unknown,
): Promise<{ status: number; body: string }> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method, headers: { 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** A GET's status, headers and body text. */
async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('served by nginx with the production config of deploy/nginx', () => {
  const browser = useBrowser();
  let mock: MockOmaApi;
  let sites: NginxSites;

  before(async () => {
    mock = await startMockOmaApi({ port: 0 });
    sites = await startNginxSites({
      hostRoot: HOST_DIST,
      remoteRoot: REMOTE_DIST,
      omaApiUrl: new URL(mock.url).origin,
    });
  });
  after(async () => {
    await sites?.close();
    await mock?.close();
  });
  beforeEach(() => mock.state.reset());

  test("the remote's origin sends CORS, revalidates the manifest and entry, and caches hashed chunks for a year", async () => {
    const manifest = await get(`${sites.remoteUrl}/mf-manifest.json`);
    assert.equal(manifest.status, 200);
    assert.equal(manifest.headers.get('access-control-allow-origin'), '*');
    assert.equal(manifest.headers.get('cache-control'), 'no-cache');
    assert.match(manifest.headers.get('content-type') ?? '', /^application\/json/);

    const entry = await get(`${sites.remoteUrl}/remoteEntry.js`);
    assert.equal(entry.status, 200);
    assert.equal(entry.headers.get('access-control-allow-origin'), '*');
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    assert.match(entry.headers.get('content-type') ?? '', /javascript/);
    assert.equal(entry.headers.get('x-content-type-options'), 'nosniff');

    const { exposes } = JSON.parse(manifest.body) as Manifest;
    const hashed = [...(exposes[0]?.assets.js.sync ?? []), ...(exposes[0]?.assets.css.sync ?? [])];
    assert.ok(
      hashed.some((file) => file.endsWith('.js')) && hashed.some((file) => file.endsWith('.css')),
    );
    for (const file of hashed) {
      const chunk = await get(`${sites.remoteUrl}/${file}`);
      assert.equal(chunk.status, 200, file);
      assert.equal(chunk.headers.get('cache-control'), IMMUTABLE, file);
      assert.equal(chunk.headers.get('access-control-allow-origin'), '*', file);
    }
    assert.equal((await get(`${sites.remoteUrl}/gone.0123abcd.js`)).status, 404);
  });

  test('the host serves the app for every route, /config.json from the deployment, /api from the OMA API, and caches only hashed files', async () => {
    const indexHtml = await readFile(`${HOST_DIST}/index.html`, 'utf8');
    for (const route of ['/', '/vms/pgtest1', '/index.html']) {
      const page = await get(`${sites.hostUrl}${route}`);
      assert.equal(page.status, 200, route);
      // index.html, its inline script given this response's style nonce.
      const nonce = /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
      assert.ok(nonce, route);
      assert.equal(page.body, indexHtml.replaceAll('<script>', `<script nonce="${nonce}">`), route);
      // Never a 304 that would keep an old nonce against this response's policy.
      assert.equal(page.headers.get('etag'), null, route);
      assert.equal(page.headers.get('last-modified'), null, route);
      assert.equal(page.headers.get('cache-control'), 'no-cache', route);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html/, route);
    }
    const script = /<script[^>]+src="\/?([^"]+\.[0-9a-f]{8}\.js)"/.exec(indexHtml)?.[1];
    assert.ok(script, 'index.html loads a hashed script');
    const main = await get(`${sites.hostUrl}/${script}`);
    assert.equal(main.status, 200);
    assert.equal(main.headers.get('cache-control'), IMMUTABLE);
    // A missing chunk is a 404, not the app's page.
    assert.equal((await get(`${sites.hostUrl}/missing.0123abcd.js`)).status, 404);

    const config = await get(`${sites.hostUrl}/config.json`);
    assert.equal(config.status, 200);
    assert.match(config.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(config.headers.get('cache-control'), 'no-store');
    assert.deepEqual(JSON.parse(config.body), {
      vmOperationsRemoteUrl: `${sites.remoteUrl}/mf-manifest.json`,
    });

    const api = await get(`${sites.hostUrl}/api/v1/vm-contexts/pgtest1?probe=1`);
    assert.equal(api.status, 200);
    assert.equal(
      (JSON.parse(api.body) as { context: { vm_name: string } }).context.vm_name,
      'pgtest1',
    );
    assert.deepEqual(
      mock.state.getRequests({ route: 'vm-context' }).map((entry) => entry.path),
      ['/api/v1/vm-contexts/pgtest1?probe=1'],
    );
    // The API's own caching headers pass through, with nothing added.
    const direct = await get(`${new URL(mock.url).origin}/api/v1/vm-contexts/pgtest1`);
    assert.equal(api.headers.get('cache-control'), direct.headers.get('cache-control'));
    // A missing hashed chunk is not cached: it may be deployed a moment later.
    assert.equal(
      (await get(`${sites.hostUrl}/missing.0123abcd.js`)).headers.get('cache-control'),
      'no-cache',
    );
  });

  test('with the OMA API down, /api answers a JSON error the dashboard can show', async () => {
    const apiDown = await startNginxSites({
      hostRoot: HOST_DIST,
      remoteRoot: REMOTE_DIST,
      omaApiUrl: `http://127.0.0.1:${await freePort()}`,
    });
    try {
      const answer = await get(`${apiDown.hostUrl}/api/v1/vm-contexts`);
      assert.equal(answer.status, 502);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
      const body = JSON.parse(answer.body) as { error: string; timestamp: string };
      assert.equal(body.error, 'The OMA API could not be reached');
      assert.ok(Number.isFinite(Date.parse(body.timestamp)), body.timestamp);
    } finally {
      await apiDown.close();
    }
  });

  test("the /api proxy refuses paths that are not normal, and the mock API's control endpoints stay out of reach", async () => {
    // Paths that stay under /api/ once nginx has resolved them are refused unless normal.
    for (const path of [
      '/api/v1/./vm-contexts/pgtest1',
      '/api/v1/vm-contexts/.%2E/x',
      '/api/v1/x/%2e%2e/__mock/faults',
      '/api/v1\\..\\..\\__mock\\reset',
    ]) {
      const answer = await rawRequest(sites.hostUrl, path, 'POST');
      assert.equal(answer.status, 400, path);
      assert.deepEqual(
        { ...(JSON.parse(answer.body) as object), timestamp: 'any' },
        { error: 'The request path is not allowed', timestamp: 'any' },
        path,
      );
    }
    // Those that nginx resolves to somewhere outside /api/ are not the API's at all.
    for (const path of ['/api/../__mock/requests', '/api/v1/%2e%2e/%2e%2e/__mock/requests']) {
      const outside = await rawRequest(sites.hostUrl, path);
      assert.equal(outside.status, 200, path);
      assert.doesNotMatch(outside.body, /"requests"/, path);
    }
    assert.deepEqual(mock.state.getRequests(), []);

    const fault = { route: 'vm-context', kind: 'server-error' };
    for (const path of ['/api/v1/__mock/faults', '/api/x/__mock/faults']) {
      assert.equal((await rawRequest(sites.hostUrl, path, 'POST', fault)).status, 404, path);
    }
    assert.deepEqual(mock.state.getFaults(), {});
    assert.equal((await get(`${sites.hostUrl}/api/v1/vm-contexts/pgtest1`)).status, 200);

    mock.state.setFault('vm-list', { kind: 'network' });
    for (const path of ['/api/x/__mock/reset', '/api/v1/__mock/reset']) {
      assert.equal((await rawRequest(sites.hostUrl, path, 'POST')).status, 404, path);
    }
    assert.deepEqual(mock.state.getFaults(), { 'vm-list': { kind: 'network' } });
  });

  test('with the OMA API silent, /api answers 504 with a JSON error', async () => {
    const impatient = await startNginxSites({
      hostRoot: HOST_DIST,
      remoteRoot: REMOTE_DIST,
      omaApiUrl: new URL(mock.url).origin,
      omaApiTimeout: '1s',
    });
    try {
      mock.state.setFault('vm-context', { kind: 'slow', delayMs: 5_000 });
      const answer = await get(`${impatient.hostUrl}/api/v1/vm-contexts/pgtest1`);
      assert.equal(answer.status, 504);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/json/);
      const body = JSON.parse(answer.body) as { error: string; timestamp: string };
      assert.equal(body.error, 'The OMA API did not answer in time');
      assert.ok(Number.isFinite(Date.parse(body.timestamp)), body.timestamp);
    } finally {
      await impatient.close();
    }
  });

  test('an https: OMA API is proxied over TLS, its certificate checked against OMA_API_CA_FILE', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-oma-tls-'));
    const [key, cert] = [path.join(dir, 'oma.key'), path.join(dir, 'oma.crt')];
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'],
        ...['-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
      ],
      { stdio: 'ignore' },
    );
    const api = createHttpsServer(
      { key: readFileSync(key), cert: readFileSync(cert) },
      (req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ path: req.url }));
      },
    );
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const omaApiUrl = `https://127.0.0.1:${(api.address() as AddressInfo).port}`;
    const trusting = await startNginxSites({
      hostRoot: HOST_DIST,
      remoteRoot: REMOTE_DIST,
      omaApiUrl,
      omaApiCaFile: cert,
    });
    const distrusting = await startNginxSites({
      hostRoot: HOST_DIST,
      remoteRoot: REMOTE_DIST,
      omaApiUrl,
    });
    try {
      const answer = await get(`${trusting.hostUrl}/api/v1/vm-contexts?x=1`);
      assert.equal(answer.status, 200);
      assert.deepEqual(JSON.parse(answer.body), { path: '/api/v1/vm-contexts?x=1' });
      // Its certificate is signed by no authority of the system's list.
      const refused = await get(`${distrusting.hostUrl}/api/v1/vm-contexts`);
      assert.equal(refused.status, 502);
      assert.equal(
        (JSON.parse(refused.body) as { error: string }).error,
        'The OMA API could not be reached',
      );
    } finally {
      await Promise.all([trusting.close(), distrusting.close()]);
      api.closeAllConnections();
      await new Promise((resolve) => api.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('source maps are kept with the build but served by neither site, and the bundles do not name them', async () => {
    for (const [dist, origin] of [
      [HOST_DIST, sites.hostUrl],
      [REMOTE_DIST, sites.remoteUrl],
    ] as const) {
      const maps = readdirSync(dist).filter((file) => file.endsWith('.js.map'));
      assert.ok(maps.length > 0, `${dist} keeps its source maps as build artifacts`);
      for (const map of maps) {
        assert.equal((await get(`${origin}/${map}`)).status, 404, `${origin}/${map}`);
        const bundle = await get(`${origin}/${map.replace(/\.map$/, '')}`);
        assert.equal(bundle.status, 200, map);
        assert.doesNotMatch(bundle.body, /sourceMappingURL=/, map);
      }
    }
  });

  test('the dashboard works from nginx: the remote loads from its own origin and shows the pgtest1 banner', async () => {
    const { page } = browser.view;
    await withArtifacts(browser.view, 'nginx-dashboard', async () => {
      const fromRemote: string[] = [];
      page.on('response', (response) => {
        if (response.url().startsWith(sites.remoteUrl) && response.ok()) {
          fromRemote.push(new URL(response.url()).pathname);
        }
      });
      await page.goto(`${sites.hostUrl}/vms/pgtest1`);
      await waitForOperations(page);
      const banner = failureBanner(page);
      await banner.waitFor();
      assert.match(await visibleText(banner), /Test Failover failed at step 3 of 5 \(60%\)/);
      assert.ok(await operations(page).getByText('Replication Completed').first().isVisible());
      // host-shell provides the federation runtime, so it loads the lean manifest.
      assert.ok(fromRemote.includes('/lean/mf-manifest.json'), 'manifest from the remote origin');
      assert.ok(fromRemote.includes('/lean/remoteEntry.js'), 'entry from the remote origin');
      assert.deepEqual(browser.view.pageErrors, []);
      assert.doesNotMatch(await sites.errorLog(), /\[(error|crit|alert|emerg)\]/);
    });
  });
});
