import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { type MockOmaApi, startMockOmaApi } from '@migratekit/mocks/http';
import { type ProductionStack, startProductionStack } from '../../scripts/productionStack';
import { type NginxSites, startNginxSites } from '../support/nginx';

/*
 * The two ways the dashboard is served in production, the Node server (scripts/) and the nginx
 * config (deploy/nginx), answer every kind of request alike. nginx on its own: nginx.test.ts.
 */

const HOST_DIST = 'host-shell/dist';
const REMOTE_DIST = 'remote/dist';

/** The headers the two production servers must agree on. */
const COMPARED_HEADERS = [
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'cache-control',
  'allow',
  'access-control-allow-origin',
  'cross-origin-resource-policy',
];

describe('the Node production server and the nginx config answer alike', () => {
  let mock: MockOmaApi;
  let sites: NginxSites;
  let node: ProductionStack;

  before(async () => {
    mock = await startMockOmaApi({ port: 0 });
    const omaApiUrl = new URL(mock.url).origin;
    sites = await startNginxSites({ hostRoot: HOST_DIST, remoteRoot: REMOTE_DIST, omaApiUrl });
    // Both hosts name the same remote, so their /config.json and policies can be equal.
    node = await startProductionStack({
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      omaApiUrl,
      remoteManifestUrl: `${sites.remoteUrl}/mf-manifest.json`,
    });
  });
  after(async () => {
    await node?.close();
    await sites?.close();
    await mock?.close();
  });

  /** Status and the compared headers of one request, as a comparable record. */
  async function answerOf(origin: string, path: string, method: string) {
    const response = await fetch(`${origin}${path}`, { method, redirect: 'manual' });
    await response.arrayBuffer();
    // Each response has a nonce of its own: compared as such, not by value.
    const headers = Object.fromEntries(
      COMPARED_HEADERS.map((name) => [
        name,
        response.headers.get(name)?.replace(/'nonce-[^']+'/g, "'nonce-(this response's)'") ?? null,
      ]),
    );
    return { status: response.status, ...headers };
  }

  test('same status and security, caching and CORS headers for pages, files, 404s, /config.json, /api and source maps', async () => {
    const indexHtml = await readFile(`${HOST_DIST}/index.html`, 'utf8');
    const script = /<script[^>]+src="\/?([^"]+\.[0-9a-f]{8}\.js)"/.exec(indexHtml)?.[1];
    assert.ok(script, 'index.html loads a hashed script');
    const remoteChunk = readdirSync(REMOTE_DIST).find((file) => /\.[0-9a-f]{8}\.js$/.test(file));
    assert.ok(remoteChunk, 'the remote has a hashed chunk');
    const host: Array<[string, string]> = [
      ['GET', '/'],
      ['GET', '/vms/pgtest1'],
      ['HEAD', '/vms/pgtest1'],
      ['GET', `/${script}`],
      ['GET', `/${script}.map`],
      ['GET', '/missing.0123abcd.js'],
      ['GET', '/config.json'],
      ['GET', '/config.json?v=2'],
      ['HEAD', '/config.json'],
      ['POST', '/config.json'],
      ['DELETE', '/config.json'],
      ['GET', '/api/v1/vm-contexts/pgtest1'],
      ['GET', '/api/v1/vm-contexts/pgtest9'],
      ['GET', '/api/v1/vm-contexts/%2e%2e/x'],
    ];
    const remote: Array<[string, string]> = [
      ['GET', '/mf-manifest.json'],
      ['GET', '/remoteEntry.js'],
      ['GET', `/${remoteChunk}`],
      ['GET', `/${remoteChunk}.map`],
      ['GET', '/missing.0123abcd.js'],
    ];
    const differences: string[] = [];
    for (const [list, nodeOrigin, nginxOrigin] of [
      [host, node.hostUrl, sites.hostUrl],
      [remote, node.remoteUrl ?? '', sites.remoteUrl],
    ] as const) {
      for (const [method, path] of list) {
        const fromNode = await answerOf(nodeOrigin, path, method);
        const fromNginx = await answerOf(nginxOrigin, path, method);
        if (JSON.stringify(fromNode) !== JSON.stringify(fromNginx)) {
          differences.push(
            `${method} ${path}\n  node:  ${JSON.stringify(fromNode)}\n  nginx: ${JSON.stringify(fromNginx)}`,
          );
        }
      }
    }
    assert.deepEqual(differences, []);
  });
});
