import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { startMockOmaApi } from '@migratekit/mocks/http';
import { hostContentSecurityPolicy, startProductionStack } from '../../scripts/productionStack';
import { inlineScriptHashes } from '../../scripts/staticServer';
import { failureBanner, recentOperations, vmPageUrl, withDetailsOpen } from '../support/app';
import { useAppStack } from '../support/appStack';
import { useBrowser, withArtifacts } from '../support/fixture';
import { type NginxSites, startNginxSites } from '../support/nginx';
import { describeCspReports } from '../support/pageTraps';
import { waitUntil } from '../support/waitUntil';

/*
 * The host page's Content-Security-Policy, as the Node production server and the nginx config
 * send it: strict, naming the remote's folder and the inline script by hash, enforced, and one
 * the whole app works under. What the API sends cannot run script: security.test.ts.
 */

/** A Content-Security-Policy header as directive → sources. */
function parsePolicy(header: string | null): Map<string, string[]> {
  const policy = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

describe('Content-Security-Policy of the production host', () => {
  const app = useAppStack();

  test("every host page is served with the strict policy, naming the remote's folder and the inline script by hash", async () => {
    // The remote is served at the root of its origin: its folder is the origin's root.
    const remoteFolder = `${new URL(app.stack.remoteUrl ?? '').origin}/`;
    const html = await (await fetch(`${app.stack.hostUrl}/`)).text();
    const inline = [...html.matchAll(/<script(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g)].map(
      ([, body]) =>
        `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`,
    );
    const nonces = new Set<string>();
    for (const path of ['/', '/vms/pgtest1', '/no/such/page', '/config.json']) {
      const answer = await fetch(`${app.stack.hostUrl}${path}`);
      const policy = parsePolicy(answer.headers.get('content-security-policy'));
      assert.deepEqual(policy.get('default-src'), ["'self'"], path);
      assert.deepEqual(policy.get('script-src'), ["'self'", remoteFolder, ...inline], path);
      assert.deepEqual(policy.get('connect-src'), ["'self'", remoteFolder], path);
      // Style elements only with this response's nonce; style-src for older browsers.
      assert.deepEqual(policy.get('style-src'), ["'self'", remoteFolder, "'unsafe-inline'"], path);
      const nonce = /^'nonce-([0-9a-f]{32})'$/.exec(policy.get('style-src-elem')?.[2] ?? '')?.[1];
      assert.ok(nonce, `${path}: a style nonce`);
      assert.deepEqual(policy.get('style-src-elem'), ["'self'", remoteFolder, `'nonce-${nonce}'`]);
      assert.deepEqual(policy.get('style-src-attr'), ["'unsafe-inline'"], path);
      nonces.add(nonce);
      const body = await answer.text();
      if (path !== '/config.json') {
        assert.match(body, new RegExp(`<script nonce="${nonce}">`), `${path}: the page's nonce`);
      }
      assert.deepEqual(policy.get('object-src'), ["'none'"], path);
      assert.deepEqual(policy.get('base-uri'), ["'self'"], path);
      assert.deepEqual(policy.get('frame-ancestors'), ["'none'"], path);
      const everything = [...policy.values()].flat();
      assert.ok(!everything.includes("'unsafe-eval'"), `${path}: no 'unsafe-eval'`);
      assert.ok(!everything.includes('*'), `${path}: no wildcard source`);
    }
    assert.equal(nonces.size, 4, 'a new nonce for each response');
  });

  test("the policy follows the remote's folder from its configured manifest URL, not its whole origin", async () => {
    const stack = await startProductionStack({
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
      withoutRemote: true,
      remoteManifestUrl: 'https://cdn.example:8443/vm-operations/mf-manifest.json',
    });
    try {
      const answer = await fetch(`${stack.hostUrl}/`);
      const policy = parsePolicy(answer.headers.get('content-security-policy'));
      for (const directive of ['script-src', 'style-src', 'connect-src']) {
        const sources = policy.get(directive) ?? [];
        assert.ok(sources.includes('https://cdn.example:8443/vm-operations/'), directive);
        assert.ok(!sources.includes('https://cdn.example:8443'), directive);
      }
    } finally {
      await stack.close();
    }
  });

  test('the policy is enforced: an injected inline script, a string compiled like eval and a <style> without the nonce are blocked, and the trap reports them', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-csp-enforced', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByRole('link', { name: 'pgtest1', exact: true }).waitFor();
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'html { --csp-probe: injected; }';
        document.head.append(style);
        const script = document.createElement('script');
        script.textContent = 'window.__cspProbe = "inline"';
        document.body.append(script);
        // A string timer is compiled like eval, later, by the page itself.
        (setTimeout as unknown as (code: string, ms: number) => number)(
          'window.__cspProbe = "eval"',
          0,
        );
      });
      await waitUntil(() => app.traps.violations.length >= 3, { what: 'three violation reports' });
      const outcome = await page.evaluate(
        () => (window as unknown as { __cspProbe?: string }).__cspProbe ?? 'blocked',
      );
      assert.equal(outcome, 'blocked');
      const injectedStyle = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--csp-probe'),
      );
      assert.equal(injectedStyle, '', 'an injected <style> without the nonce is not applied');
      const directives = app.traps.violations.map((violation) => violation.directive);
      assert.ok(directives.includes('script-src-elem'), directives.join(', '));
      assert.ok(directives.includes('script-src'), directives.join(', '));
      assert.ok(directives.includes('style-src-elem'), directives.join(', '));
    });
  });

  test('the whole app works under the policy with no violation reported: VM list, VM pages, details, roles, colour scheme, live failover confirmation, unknown VM', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'security-csp-no-violations', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByRole('link', { name: 'pgtest1', exact: true }).waitFor();
      await page.getByText('Checking…').first().waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'pgtest1', exact: true }).click();
      const banner = failureBanner(page);
      await banner.waitFor();
      await withDetailsOpen(page, 'View Details', async () => {});
      await page.locator('label', { hasText: 'Admin' }).click();
      await withDetailsOpen(page, 'View Details', async () => {});
      await page.getByRole('button', { name: 'Switch to dark colour scheme' }).click();
      await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' });
      await banner.getByRole('button', { name: 'Try Live Failover' }).click();
      const confirm = page.getByRole('dialog', { name: 'Start live failover for pgtest1?' });
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await confirm.waitFor({ state: 'detached' });

      for (const vm of ['dbsrv-running', 'leaky-vm', 'newvm-empty']) {
        await page.goto(vmPageUrl(app.stack.hostUrl, vm));
        await recentOperations(page).and(page.locator('[aria-busy="false"]')).waitFor();
      }
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest9'));
      await page.getByRole('heading', { name: 'VM not found' }).waitFor();
      await page.waitForLoadState('networkidle');

      assert.deepEqual(describeCspReports(app.traps), []);
      assert.deepEqual(app.view.pageErrors, []);
    });
  });
});

describe('Content-Security-Policy of the nginx config (deploy/nginx)', () => {
  const browser = useBrowser();
  let api: Awaited<ReturnType<typeof startMockOmaApi>>;
  let sites: NginxSites;
  before(async () => {
    api = await startMockOmaApi({ port: 0, host: '127.0.0.1' });
    sites = await startNginxSites({
      hostRoot: 'host-shell/dist',
      remoteRoot: 'remote/dist',
      omaApiUrl: new URL(api.url).origin,
    });
  });
  after(async () => {
    await sites?.close();
    await api?.close();
  });

  test("nginx sends the host's pages the production server's policy, with the remote's folder and the built page's inline-script hash", async () => {
    const hashes = inlineScriptHashes(await readFile('host-shell/dist/index.html', 'utf8'));
    for (const path of ['/', '/vms/pgtest1']) {
      const answer = await fetch(`${sites.hostUrl}${path}`);
      assert.equal(answer.status, 200, path);
      const header = answer.headers.get('content-security-policy');
      // This response's nonce, which the page's inline script carries.
      const styleNonce = /'nonce-([^']+)'/.exec(header ?? '')?.[1];
      assert.ok(styleNonce, `${path}: a style nonce`);
      assert.match(await answer.text(), new RegExp(`<script nonce="${styleNonce}">`), path);
      const expected = hostContentSecurityPolicy({
        remoteSource: `${new URL(sites.remoteUrl).origin}/`,
        inlineScriptHashes: hashes,
        styleNonce,
      });
      assert.deepEqual(
        parsePolicy(header),
        parsePolicy(expected),
        `${path}: update the policy in deploy/nginx/vm-operations.conf.template`,
      );
    }
  });

  test('under the nginx policy the dashboard loads the remote from its origin and shows its banner', async () => {
    const { page } = browser.view;
    await withArtifacts(browser.view, 'security-nginx-csp', async () => {
      await page.goto(vmPageUrl(sites.hostUrl, 'pgtest1'));
      await failureBanner(page).waitFor();
      await recentOperations(page).getByText('Replication Completed').first().waitFor();
    });
  });
});
