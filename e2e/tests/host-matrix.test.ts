import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { failureBanner, operations } from '../support/app';
import { REACT_MARKERS, reactRenderers } from '../support/hostChecks';
import {
  type HostSuite,
  inHostPage,
  testFeatureInEachScheme,
  testLiveFailoverReachesHost,
  testRetryWhenRemoteUnreachable,
  useHostSuite,
} from '../support/hostSuite';
import { HOST_NAMES, hostReactDomVersion } from '../support/hosts';
import { fetchManifest, leanContractFiles } from '../support/remoteManifest';

/*
 * The production remote in each kind of host a dashboard team has: Next.js 15 App Router
 * (Tailwind + Flowbite, the MF runtime API), Vite 7 on React 19.1, webpack 5 on React 18.3 (on
 * the default manifest, and on the lean one with its runtime provided), and host-shell (Rspack +
 * Mantine, on the lean manifest). The same checks in each.
 */

// E2E_HOSTS=vite,webpack runs only those hosts (while working on one).
const hosts = HOST_NAMES.filter(
  (name) => !process.env.E2E_HOSTS || process.env.E2E_HOSTS.split(',').includes(name),
);

for (const name of hosts) {
  describe(`host: ${name}`, () => {
    const suite = useHostSuite(name);

    testFeatureInEachScheme(
      suite,
      `host-matrix-${name}`,
      "pgtest1's failure with its steps; the host's styles and <html>/<body> unchanged; one React DOM, the host's; no console errors",
      async ({ view: { page }, fetched }) => {
        assert.ok(await operations(page).isVisible(), 'the feature is on the page');
        assert.deepEqual(
          await reactRenderers(page),
          [{ version: hostReactDomVersion(name), rendererPackageName: 'react-dom' }],
          'one React DOM on the page: the host’s',
        );
        const fromRemote = (await fetched())
          .filter((file) => file.type === 'script')
          .filter((script) => new URL(script.url).origin === suite.host.remoteOrigin);
        assert.ok(fromRemote.length > 0, 'the remote’s scripts came from its origin');
        assert.deepEqual(
          fromRemote
            .filter((script) =>
              REACT_MARKERS.some((marker) => script.body.toString('utf8').includes(marker)),
            )
            .map((script) => script.url),
          [],
          'the remote brought no React or ReactDOM of its own',
        );
        if (name === 'webpack-lean') {
          // The lean entry ran on the host's runtime; the host shares no contracts packages, so
          // the remote's own copies of them came along.
          assert.deepEqual(
            fromRemote
              .filter((script) => script.url.endsWith('/remoteEntry.js'))
              .map((script) => new URL(script.url).pathname),
            ['/lean/remoteEntry.js'],
          );
          for (const [contract, files] of await leanContractFiles(suite.host.remoteOrigin)) {
            assert.ok(files.length > 0, `the lean manifest has the remote's own ${contract}`);
            assert.ok(
              fromRemote.some((script) =>
                files.some((file) => script.url.endsWith(`/lean/${file}`)),
              ),
              `the remote's own ${contract} was fetched`,
            );
          }
        }
        if (name === 'next-app-router') {
          assert.ok(suite.host.authorizedApiRequests() > 0, 'the API was reached with the token');
        }
      },
    );

    // host-shell's own fallback and Retry are covered by federation.test.ts.
    if (name !== 'host-shell') testRetryWhenRemoteUnreachable(suite, `host-matrix-${name}`);

    testLiveFailoverReachesHost(suite, `host-matrix-${name}`);

    if (name === 'webpack') testSharedFallback(suite, '/mf-manifest.json');
    if (name === 'webpack-lean') testSharedFallback(suite, '/lean/mf-manifest.json');
  });
}

/**
 * Another consumer on the page that shares `@mantine/core` 8.3 as a singleton without tree-shaking
 * (another team's remote, say) is given the copy the remote registered, which is tree-shaken to
 * what the feature uses. The runtime then calls that copy's fallback: the full package, from the
 * release's `independent-packages/`. The lean entry, which runs on the host's runtime, fetches
 * it. The default entry's own runtime is built without remote loading (`disableRemote`, which
 * keeps remoteEntry.js smaller), so it cannot: the consumer's request fails before anything is fetched.
 */
function testSharedFallback(suite: HostSuite, manifestPath: string) {
  const lean = manifestPath.startsWith('/lean/');
  test(`a consumer that needs the whole of the remote's Mantine ${lean ? 'gets its full copy' : 'fails: the default entry cannot fetch the full copy'}`, async () => {
    const manifest = await fetchManifest(`${suite.host.remoteOrigin}${manifestPath}`);
    const mantine = manifest.shared.find((shared) => shared.name === '@mantine/core');
    assert.ok(mantine?.fallback, 'the manifest names a full copy of @mantine/core');
    await inHostPage(suite, `host-matrix-${suite.name}-shared-fallback`, async ({ page }) => {
      const fullCopies: string[] = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (pathname.includes('/independent-packages/')) {
          fullCopies.push(`${response.status()} ${pathname}`);
        }
      });
      await page.goto(suite.vmPage());
      await failureBanner(page).waitFor();
      assert.deepEqual(fullCopies, [], 'the feature itself needs no full copy');

      const outcome = await page.evaluate(async (version) => {
        type Factory = () => Record<string, unknown>;
        type Instance = {
          name: string;
          loadShare(name: string, options: unknown): Promise<Factory | false>;
        };
        const { __INSTANCES__ } = (
          globalThis as unknown as { __FEDERATION__: { __INSTANCES__: Instance[] } }
        ).__FEDERATION__;
        const host = __INSTANCES__.find((instance) => instance.name === 'webpack_host');
        if (!host) return { error: 'no host instance' };
        try {
          const factory = await host.loadShare('@mantine/core', {
            customShareInfo: {
              version,
              shareConfig: { singleton: true, requiredVersion: '^8.3.0' },
            },
          });
          return { tabs: typeof (factory ? factory() : {}).Tabs };
        } catch (error) {
          return { error: String(error) };
        }
      }, mantine.version);

      if (lean) {
        // Tabs is a component the feature does not use, so only the full copy has it.
        assert.deepEqual(outcome, { tabs: 'object' }, 'the consumer got the whole package');
        assert.deepEqual(fullCopies, [`200 /lean/${mantine.fallback}`]);
      } else {
        assert.ok(
          'error' in outcome && outcome.error !== 'no host instance',
          JSON.stringify(outcome),
        );
        assert.deepEqual(fullCopies, [], 'nothing was fetched');
      }
    });
  });
}
