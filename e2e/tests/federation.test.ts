import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page, Response } from 'playwright-core';
import {
  type ProductionStack,
  serveRemote,
  startProductionStack,
} from '../../scripts/productionStack';
import type { RunningServer } from '../../scripts/staticServer';
import {
  failureBanner,
  markPage,
  openVmPage,
  operations,
  pageWasKept,
  visibleText,
  waitForOperations,
  waitForQuiet,
} from '../support/app';
import { useBrowser, useProductionApp, withArtifacts } from '../support/fixture';
import { freePort } from '../support/ports';
import { buildRemote, type RemoteBuild } from '../support/remoteBuild';
import {
  fetchManifest,
  LEAN_SHARED_CONTRACTS,
  leanContractFiles,
  type RemoteManifest,
  scriptFiles,
} from '../support/remoteManifest';

const REMOTE_DIST = 'remote/dist';

/**
 * Text found in each shared library's own code and nowhere else: React's internals object
 * (react and react-dom), react-dom's resource hints API, Mantine's missing-provider error.
 */
const LIBRARY_MARKERS: Record<string, string> = {
  react: '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  'react-dom': 'prefetchDNS',
  '@mantine/core': 'MantineProvider was not found',
};
const SINGLETONS = Object.keys(LIBRARY_MARKERS);

/** One shared package as a federation instance sees it: its versions and who provided them. */
interface ShareView {
  instance: string;
  versions: Array<{ version: string; from: string; loaded: boolean; useIn: string[] }>;
}

/** Every script the page receives from now on, with its body. */
function recordScripts(page: Page): () => Promise<Array<{ url: string; body: string }>> {
  const scripts: Array<Promise<{ url: string; body: string }>> = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.text().then((body) => ({ url: response.url(), body })));
  });
  return () => Promise.all(scripts);
}

/** Each federation instance's view of each named shared package: its versions and providers. */
function shareScopeViews(
  page: Page,
  names: string[],
): Promise<Array<ShareView & { name: string }>> {
  return page.evaluate((names) => {
    type Shared = { from: string; loaded?: boolean; useIn?: string[] };
    type Instance = {
      name: string;
      shareScopeMap: Record<string, Record<string, Record<string, Shared>>>;
    };
    const federation = (window as unknown as { __FEDERATION__?: { __INSTANCES__: Instance[] } })
      .__FEDERATION__;
    return (federation?.__INSTANCES__ ?? []).flatMap((instance) =>
      names.map((name) => ({
        name,
        instance: instance.name,
        versions: Object.entries(instance.shareScopeMap.default?.[name] ?? {}).map(
          ([version, shared]) => ({
            version,
            from: shared.from,
            loaded: shared.loaded === true,
            useIn: shared.useIn ?? [],
          }),
        ),
      })),
    );
  }, names);
}

describe('shared dependencies', () => {
  const app = useProductionApp();

  test('React, ReactDOM and Mantine load once, from the host: the remote fetches no copy of its own', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'federation-shared-once', async () => {
      const remoteUrl = app.stack.remoteUrl;
      assert.ok(remoteUrl);
      const remoteOrigin = new URL(remoteUrl).origin;
      const scripts = recordScripts(page);

      // Both exposed modules: the badges on the list, then the feature on a details page.
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByText('Test Failover failed').first().waitFor();
      await page.getByRole('link', { name: 'pgtest1', exact: true }).click();
      await waitForOperations(page);
      await failureBanner(page).waitFor();
      await waitForQuiet(page);
      const loaded = await scripts();

      // The remote's own copies, as its manifests name them: none of React or ReactDOM (the
      // host's are the only ones it runs on), a fallback Mantine for hosts without one.
      // host-shell provides the federation runtime, so it loads the lean manifest.
      const fallbacks = new Map<string, string[]>();
      for (const manifestPath of ['mf-manifest.json', 'lean/mf-manifest.json']) {
        const folder = manifestPath.replace(/[^/]*$/, '');
        const manifest = await fetchManifest(`${remoteUrl}/${manifestPath}`);
        for (const name of SINGLETONS) {
          const entry = manifest.shared.find((shared) => shared.name === name);
          assert.ok(entry, `${manifestPath} declares ${name} as shared`);
          const files = scriptFiles(entry.assets);
          if (name === 'react' || name === 'react-dom') {
            assert.deepEqual(files, [], `${manifestPath} ships no ${name}`);
            continue;
          }
          fallbacks.set(name, [...(fallbacks.get(name) ?? []), ...files.map((f) => folder + f)]);
          // The marker does find the library: in the remote's fallback files.
          const bodies = await Promise.all(
            files.map(async (file) => (await fetch(`${remoteUrl}/${folder}${file}`)).text()),
          );
          assert.ok(
            bodies.some((body) => body.includes(LIBRARY_MARKERS[name] ?? '')),
            `${name}'s fallback in ${manifestPath} contains its marker`,
          );
        }
      }

      const fromRemote = loaded.filter((script) => new URL(script.url).origin === remoteOrigin);
      const fromHost = loaded.filter((script) => new URL(script.url).origin !== remoteOrigin);
      assert.ok(
        fromRemote.some((script) => script.url.endsWith('/remoteEntry.js')),
        'the remote was loaded from its origin',
      );
      for (const [name, marker] of Object.entries(LIBRARY_MARKERS)) {
        const fallbackFiles = fallbacks.get(name) ?? [];
        const fetchedFallbacks = fromRemote.filter((script) =>
          fallbackFiles.some((file) => script.url.endsWith(`/${file}`)),
        );
        assert.deepEqual(
          fetchedFallbacks.map((script) => script.url),
          [],
          `${name}: the remote's copy is not fetched`,
        );
        assert.deepEqual(
          fromRemote.filter((script) => script.body.includes(marker)).map((script) => script.url),
          [],
          `${name}: no script from the remote's origin contains it`,
        );
        assert.ok(
          fromHost.some((script) => script.body.includes(marker)),
          `${name}: the host's scripts bring it`,
        );
      }

      // The federation runtime's share scopes: one version of each, the host's, loaded.
      const views = await shareScopeViews(page, SINGLETONS);
      assert.deepEqual([...new Set(views.map((view) => view.instance))].sort(), [
        'dashboard_host',
        'vm_operations',
      ]);
      for (const view of views) {
        // The remote registers its fallback Mantine, never a React; only the host's loads.
        const loadedCopies = view.versions.filter((version) => version.loaded);
        assert.equal(loadedCopies.length, 1, `${view.instance} loaded one ${view.name}`);
        assert.equal(loadedCopies[0]?.from, 'dashboard_host', `${view.name} is the host's`);
        if (view.name === 'react' || view.name === 'react-dom') {
          assert.equal(
            view.versions.length,
            1,
            `${view.instance} sees one ${view.name}: ${JSON.stringify(view.versions)}`,
          );
        }
      }
      for (const name of ['react', '@mantine/core']) {
        const used = views
          .filter((view) => view.name === name)
          .flatMap((view) => view.versions.filter((v) => v.loaded).flatMap((v) => v.useIn));
        assert.ok(used.includes('vm_operations'), `the remote uses the host's ${name}`);
      }
      assert.deepEqual(app.view.pageErrors, []);
    });
  });

  test("on the lean manifest, host-shell's contracts packages serve the remote: it fetches no copy of them, nor their schema library", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'federation-lean-contracts', async () => {
      const remoteUrl = app.stack.remoteUrl;
      assert.ok(remoteUrl);
      const remoteOrigin = new URL(remoteUrl).origin;
      const scripts = recordScripts(page);
      await page.goto(`${app.stack.hostUrl}/vms/pgtest1`);
      await waitForOperations(page);
      await failureBanner(page).waitFor();
      await waitForQuiet(page);
      const fromRemote = (await scripts()).filter(
        (script) => new URL(script.url).origin === remoteOrigin,
      );
      assert.ok(fromRemote.some((script) => script.url.endsWith('/lean/remoteEntry.js')));

      for (const [name, files] of await leanContractFiles(remoteUrl)) {
        assert.ok(files.length > 0, `the lean remote has its own ${name} for other hosts`);
        assert.deepEqual(
          fromRemote
            .filter((script) => files.some((file) => script.url.endsWith(`/${file}`)))
            .map((script) => script.url),
          [],
          `the remote's ${name} is not fetched`,
        );
      }
      assert.deepEqual(
        fromRemote.filter((script) => script.body.includes('vendor:"valibot"')).map((s) => s.url),
        [],
        'no script from the remote brings valibot',
      );

      const loadedFrom = (await shareScopeViews(page, LEAN_SHARED_CONTRACTS))
        .filter((view) => view.instance === 'vm_operations')
        .map((view) => view.versions.filter((version) => version.loaded).map((v) => v.from));
      assert.deepEqual(loadedFrom, [['dashboard_host'], ['dashboard_host']]);
      assert.deepEqual(app.view.pageErrors, []);
    });
  });
});

describe('the remote deployed apart from the host', () => {
  const browser = useBrowser();
  let stack: ProductionStack | null = null;
  let remote: RunningServer | null = null;
  let v2: RemoteBuild | null = null;

  before(async () => {
    v2 = await buildRemote('v2');
  });
  after(async () => {
    await v2?.remove();
  });

  /** Stops this test's servers. */
  async function stopServers() {
    await remote?.close();
    await stack?.close();
    remote = null;
    stack = null;
  }

  test('with the remote down, the VM list and header work, the operations area offers Retry, and Retry loads the remote once it is back, without a reload', async () => {
    const { page } = browser.view;
    await withArtifacts(browser.view, 'federation-remote-down', async () => {
      const remotePort = await freePort();
      stack = await startProductionStack({
        hostPort: 0,
        remotePort,
        mockApiPort: 0,
        withoutRemote: true,
      });
      try {
        await page.goto(`${stack.hostUrl}/`);
        await page.getByRole('heading', { name: 'MigrateKit OSSEA', level: 1 }).waitFor();
        await page.getByRole('link', { name: 'pgtest1', exact: true }).waitFor();
        assert.equal(await page.getByRole('link', { name: /pgtest\d/ }).count(), 3);
        await page.getByText('Operation status unavailable').first().waitFor();

        await page.getByRole('link', { name: 'pgtest1', exact: true }).click();
        await page.getByRole('heading', { name: 'pgtest1', level: 2 }).waitFor();
        const failure = page
          .getByRole('alert')
          .filter({ hasText: 'VM operations are unavailable' });
        await failure.waitFor();
        assert.match(await visibleText(failure), /The rest of the dashboard still works/);
        assert.equal(await operations(page).count(), 0);
        // The header still works: the role switch answers.
        const roles = page.getByRole('radiogroup', { name: 'Role' });
        await roles.getByText('Admin', { exact: true }).click();
        assert.ok(await page.getByRole('radio', { name: 'Admin' }).isChecked());
        await roles.getByText('Operator', { exact: true }).click();
        assert.ok(await page.getByRole('radio', { name: 'Operator' }).isChecked());
        await markPage(page);

        remote = await serveRemote(REMOTE_DIST, remotePort);
        await failure.getByRole('button', { name: 'Retry' }).click();
        await waitForOperations(page);
        await failureBanner(page).waitFor();
        assert.equal(await failure.count(), 0);
        assert.ok(await pageWasKept(page), 'no page reload');
      } finally {
        await stopServers();
      }
    });
  });

  test("the remote's release holds the default, lean and bridge manifests and every file they name, shared fallbacks too", async () => {
    assert.ok(v2);
    for (const folder of ['', 'lean/', 'bridge/']) {
      const manifest: RemoteManifest = JSON.parse(
        await readFile(path.join(v2.dist, folder, 'mf-manifest.json'), 'utf8'),
      );
      const named = [manifest.metaData.remoteEntry.name];
      for (const { assets } of [...manifest.exposes, ...manifest.shared]) {
        named.push(...scriptFiles(assets), ...assets.css.sync, ...assets.css.async);
      }
      for (const { fallback } of manifest.shared) if (fallback) named.push(fallback);
      assert.ok(manifest.exposes.length > 0, `${folder}mf-manifest.json exposes the modules`);
      for (const file of named) {
        await access(path.join(v2.dist, folder, file)).catch(() =>
          assert.fail(`${folder}mf-manifest.json names ${file}, which the release does not hold`),
        );
      }
    }
  });

  test('a new remote build served at the same URL shows up on reload of the unchanged host', async () => {
    const { page } = browser.view;
    await withArtifacts(browser.view, 'federation-independent-deploy', async () => {
      assert.ok(v2);
      stack = await startProductionStack({ hostPort: 0, remotePort: 0, mockApiPort: 0 });
      try {
        assert.ok(stack.remote);
        const remotePort = stack.remote.port;
        const hostScripts = new Set<string>();
        page.on('response', (response) => {
          if (response.url().startsWith(stack?.hostUrl ?? '') && response.url().endsWith('.js')) {
            hostScripts.add(new URL(response.url()).pathname);
          }
        });
        await openVmPage(page, stack.hostUrl, 'pgtest1');
        const before = await operations(page).getAttribute('data-build-label');
        assert.ok(before && before !== 'v2', `the first build is labelled ${before}`);
        const hostScriptsBefore = [...hostScripts].sort();

        // Deploy: the remote's server now serves the v2 folder, at the same URL.
        await stack.remote.close();
        remote = await serveRemote(v2.dist, remotePort);
        hostScripts.clear();
        await page.reload();
        await waitForOperations(page);
        assert.equal(await operations(page).getAttribute('data-build-label'), 'v2');
        await failureBanner(page).waitFor();
        assert.deepEqual([...hostScripts].sort(), hostScriptsBefore, 'the same host build');
      } finally {
        await stopServers();
      }
    });
  });
});
