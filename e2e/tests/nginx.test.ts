import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
      assert.equal(page.body, indexHtml, route);
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
