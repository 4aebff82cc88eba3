import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { detailsDialog, failureBanner, operations } from '../support/app';
import { DEVTOOLS_HOOK, errorsOf, REACT_MARKERS, reactRenderers } from '../support/hostChecks';
import {
  type Fetched,
  inHostPage,
  testFeatureInEachScheme,
  testLiveFailoverReachesHost,
  testRetryWhenRemoteUnreachable,
  useHostSuite,
} from '../support/hostSuite';
import { BRIDGE_HOST_NAMES, hostReactDomVersion } from '../support/hosts';

/*
 * The bridge manifest (remote/dist/bridge) in hosts that cannot share a compatible React: a
 * React 17 webpack host rendering the feature with bridge-react's createRemoteAppComponent, and a
 * host without React calling the bridge provider's render and destroy. The host's React DOM (if
 * any) renders the host; the remote's own React DOM renders the feature in a root of its own.
 * The host-matrix checks otherwise: the failure and its steps, the host's callback, styles,
 * colour schemes, Retry; and the feature's root unmounted when the host removes it.
 */

const [REACT_19_MARKER, REACT_18_17_MARKER] = REACT_MARKERS as [string, string];

/** The React DOM the bridge build bundles: the remote's own dependency. */
const remoteReactDomVersion: string = JSON.parse(
  readFileSync('remote/node_modules/react-dom/package.json', 'utf8'),
).version;

/** The React DOM each bridge host renders itself with (none: no React on the page but the remote's). */
const HOST_REACT_DOM: Record<(typeof BRIDGE_HOST_NAMES)[number], string | null> = {
  react17: '17.0.2',
  'no-react': null,
};

/**
 * What the bridge manifest costs a host: every file fetched from the remote's origin until the
 * feature shows pgtest1's failure, each compressed with gzip -9 (as the bench counts bytes).
 */
function remoteCost(files: Fetched[]) {
  const cost = { total: 0, js: 0, remoteEntry: 0, css: 0, manifest: 0, files: files.length };
  for (const file of files) {
    const bytes = gzipSync(file.body, { level: 9 }).length;
    const { pathname } = new URL(file.url);
    cost.total += bytes;
    if (pathname.endsWith('.js')) cost.js += bytes;
    if (pathname.endsWith('/remoteEntry.js')) cost.remoteEntry += bytes;
    if (pathname.endsWith('.css')) cost.css += bytes;
    if (pathname.endsWith('/mf-manifest.json')) cost.manifest += bytes;
  }
  return cost;
}
// KB of 1024 bytes, as the bench counts them, so the figures compare with its tables.
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const formatCost = (cost: ReturnType<typeof remoteCost>) =>
  `${kb(cost.total)} in ${cost.files} files (JS ${kb(cost.js)} of which remoteEntry.js ${kb(cost.remoteEntry)}, CSS ${kb(cost.css)}, manifest ${kb(cost.manifest)})`;

/** The most the bridge manifest may add (the README states the measured figure). */
const BRIDGE_BYTES_LIMIT = 200 * 1024;

interface MountedRoots {
  version: string;
  roots: number;
}
/** Each React DOM on the page with the number of its roots that hold something. */
const mountedRoots = (page: Page): Promise<MountedRoots[]> =>
  page.evaluate(() => {
    const page = window as unknown as {
      __matrixRenderers: Array<{ version: string }>;
      __matrixMountedRoots: Map<number, Set<unknown>>;
    };
    return page.__matrixRenderers.map((renderer, index) => ({
      version: renderer.version,
      roots: page.__matrixMountedRoots.get(index + 1)?.size ?? 0,
    }));
  });

for (const name of BRIDGE_HOST_NAMES) {
  describe(`bridge host: ${name}`, () => {
    const suite = useHostSuite(name);

    const hostReact = HOST_REACT_DOM[name];
    /** The page's renderers, or their mounted roots, in order: the host's (if any), the remote's. */
    const expected = <T>(host: T, remote: T) => (hostReact ? [host, remote] : [remote]);

    test(`the host runs ${hostReact ? `React ${hostReact}` : 'no React'}, the remote a React DOM of its own`, () => {
      if (hostReact) assert.equal(hostReactDomVersion(name), hostReact);
      else assert.ok(!existsSync(`e2e/hosts/${name}/node_modules/react`), 'no React installed');
      assert.match(remoteReactDomVersion, /^19\./);
    });

    testFeatureInEachScheme(
      suite,
      `bridge-host-${name}`,
      "pgtest1's failure with its steps; the host's styles and <html>/<body> unchanged; the host's React DOM and the remote's own; no console errors",
      async ({ view: { page }, fetched, scheme }) => {
        assert.ok(
          await page
            .locator('section[aria-label="VM operations"] [data-testid="vm-operations"]')
            .isVisible(),
          "the feature is in the host's section",
        );

        assert.deepEqual(
          await reactRenderers(page),
          expected(
            { version: hostReact, rendererPackageName: 'react-dom' },
            { version: remoteReactDomVersion, rendererPackageName: 'react-dom' },
          ),
          'the host’s React DOM (if any), then the remote’s own',
        );
        assert.deepEqual(
          await mountedRoots(page),
          expected({ version: hostReact, roots: 1 }, { version: remoteReactDomVersion, roots: 1 }),
          'one root each: the host’s page and the feature',
        );

        const all = await fetched();
        const scripts = all
          .filter((file) => file.type === 'script')
          .map((file) => ({ url: file.url, body: file.body.toString('utf8') }));
        const fromRemote = scripts.filter(
          (script) => new URL(script.url).origin === suite.host.remoteOrigin,
        );
        const fromHost = scripts.filter((script) => new URL(script.url).origin === suite.host.url);
        if (scheme === 'light') {
          const cost = remoteCost(
            all.filter((file) => new URL(file.url).origin === suite.host.remoteOrigin),
          );
          console.log(`# ${name}: from the remote's origin, gzip -9: ${formatCost(cost)}`);
          assert.ok(cost.manifest > 0, 'the bridge manifest was fetched');
          assert.ok(
            cost.total <= BRIDGE_BYTES_LIMIT,
            `at most ${kb(BRIDGE_BYTES_LIMIT)} from the remote's origin`,
          );
        }
        assert.ok(
          fromRemote.some((script) => script.body.includes(REACT_19_MARKER)),
          'the remote brought its own React 19',
        );
        assert.equal(
          fromHost.some((script) => script.body.includes(REACT_18_17_MARKER)),
          hostReact !== null,
          'the host bundles its React 17, or none',
        );
        assert.deepEqual(
          fromHost
            .filter((script) => script.body.includes(REACT_19_MARKER))
            .map((script) => script.url),
          [],
          'no React 19 in the host’s own scripts',
        );
      },
    );

    testLiveFailoverReachesHost(suite, `bridge-host-${name}`);

    test('the host removes the feature: its root is unmounted and nothing of it is left, open details included; it comes back', async () => {
      await inHostPage(suite, `bridge-host-${name}-unmount`, async (view) => {
        const { page } = view;
        await page.addInitScript(DEVTOOLS_HOOK);
        await page.goto(suite.vmPage());
        const banner = failureBanner(page);
        await banner.waitFor();
        await banner.getByRole('button', { name: /View Details/ }).click();
        await detailsDialog(page).waitFor();

        // The host's own control, under the open modal's overlay: the host removes the feature
        // for its own reasons (as on navigating away), whatever the feature shows.
        await page.getByRole('button', { name: 'Hide recent operations' }).dispatchEvent('click');
        await operations(page).waitFor({ state: 'detached' });
        assert.equal(await detailsDialog(page).count(), 0, 'no details dialog left');
        assert.equal(await page.getByText('Recent Operations', { exact: true }).count(), 0);
        assert.equal(await page.locator('[data-mantine-color-scheme]').count(), 0);
        assert.deepEqual(
          await mountedRoots(page),
          expected({ version: hostReact, roots: 1 }, { version: remoteReactDomVersion, roots: 0 }),
          'the remote’s root was unmounted (destroy), not only taken off the page',
        );

        await page.getByRole('button', { name: 'Show recent operations' }).click();
        await failureBanner(page).waitFor();
        assert.deepEqual(
          (await mountedRoots(page)).map((renderer) => renderer.roots),
          expected(1, 1),
        );
        assert.deepEqual(errorsOf(view), [], 'no console errors');
      });
    });

    testRetryWhenRemoteUnreachable(suite, `bridge-host-${name}`);
  });
}
