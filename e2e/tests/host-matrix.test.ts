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

/*
 * The production remote in each kind of host a dashboard team has: Next.js 15 App Router
 * (Tailwind + Flowbite, the MF runtime API), Vite 7 on React 19.1, webpack 5 on React 18.3,
 * and host-shell (Rspack + Mantine). The same checks in each.
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
