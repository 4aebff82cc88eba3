import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { operations } from '../support/app';
import { REACT_MARKERS, reactRenderers } from '../support/hostChecks';
import {
  testFeatureInEachScheme,
  testLiveFailoverReachesHost,
  testRetryWhenRemoteUnreachable,
  useHostSuite,
} from '../support/hostSuite';
import { HOST_NAMES, hostReactDomVersion } from '../support/hosts';
import { leanContractFiles } from '../support/remoteManifest';

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
  });
}
