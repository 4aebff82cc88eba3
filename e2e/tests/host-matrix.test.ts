import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Request } from 'playwright-core';
import {
  failureBanner,
  jobItems,
  markPage,
  operations,
  pageWasKept,
  visibleText,
  waitForQuiet,
} from '../support/app';
import { launchChromium, openPage } from '../support/browser';
import { withArtifacts } from '../support/fixture';
import {
  DEVTOOLS_HOOK,
  differences,
  errorsOf,
  holdRemote,
  luminanceOf,
  REACT_MARKERS,
  settledSnapshot,
  snapshotHost,
} from '../support/hostChecks';
import {
  buildHost,
  HOST_NAMES,
  hostReactDomVersion,
  type RunningHost,
  startHost,
} from '../support/hosts';

/*
 * The production remote in each kind of host a dashboard team has: Next.js 15 App Router
 * (Tailwind + Flowbite, the MF runtime API), Vite 7 on React 19.1, webpack 5 on React 18.3,
 * and host-shell (Rspack + Mantine). The same checks in each.
 */

const vmPage = (host: RunningHost) => `${host.url}/vms/pgtest1`;

// E2E_HOSTS=vite,webpack runs only those hosts (while working on one).
const hosts = HOST_NAMES.filter(
  (name) => !process.env.E2E_HOSTS || process.env.E2E_HOSTS.split(',').includes(name),
);

for (const name of hosts) {
  describe(`host: ${name}`, () => {
    let host: RunningHost;
    let browser: Browser;
    before(async () => {
      await buildHost(name);
      host = await startHost(name);
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      await host?.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`${scheme}: pgtest1's failure with its steps; the host's styles and <html>/<body> unchanged; one React DOM, the host's; no console errors`, async () => {
        const view = await openPage(browser, { colorScheme: 'light' });
        try {
          await withArtifacts(view, `host-matrix-${name}-${scheme}`, async () => {
            const { page } = view;
            if (scheme === 'dark') await host.chooseDark(view.context);
            await page.addInitScript(DEVTOOLS_HOOK);
            const scripts: Array<Promise<{ url: string; body: string }>> = [];
            page.on('requestfinished', (request: Request) => {
              if (request.resourceType() !== 'script') return;
              scripts.push(
                request.response().then(async (response) => ({
                  url: request.url(),
                  body: (await response?.text()) ?? '',
                })),
              );
            });
            const remote = await holdRemote(page, host.remoteOrigin);

            await page.goto(vmPage(host));
            await remote.waitForFirst();
            await page.getByRole('heading', { name: 'pgtest1', exact: true }).waitFor();
            const before = await settledSnapshot(page);
            await remote.release();

            const banner = failureBanner(page);
            await banner.waitFor();
            await waitForQuiet(page);
            const text = await visibleText(banner);
            assert.match(text, /Test Failover failed at step 3 of 5 \(60%\)/);
            assert.match(text, /Failed Step: Preparing Drivers for Compatibility/);
            assert.match(text, /Try live failover \(no driver modification\)/);
            assert.match(text, /Verify VM is Windows-based/);
            assert.ok(await operations(page).isVisible(), 'the feature is on the page');

            assert.deepEqual(differences(before, await snapshotHost(page)), [], 'host unchanged');

            const renderers = await page.evaluate(
              () => (window as unknown as { __matrixRenderers: unknown[] }).__matrixRenderers,
            );
            assert.deepEqual(
              renderers,
              [{ version: hostReactDomVersion(name), rendererPackageName: 'react-dom' }],
              'one React DOM on the page: the host’s',
            );
            const fromRemote = (await Promise.all(scripts)).filter(
              (script) => new URL(script.url).origin === host.remoteOrigin,
            );
            assert.ok(fromRemote.length > 0, 'the remote’s scripts came from its origin');
            assert.deepEqual(
              fromRemote
                .filter((script) => REACT_MARKERS.some((marker) => script.body.includes(marker)))
                .map((script) => script.url),
              [],
              'the remote brought no React or ReactDOM of its own',
            );

            // The banner's message and the newest job's title, as a user reads them.
            const texts = {
              banner: banner.getByText(/Test Failover failed/).first(),
              'newest job': jobItems(page).first().getByText('Test Failover', { exact: true }),
            };
            for (const [what, locator] of Object.entries(texts)) {
              const { text: textLuminance, background } = await luminanceOf(locator);
              const seen = `${what}: text ${textLuminance.toFixed(2)} on ${background.toFixed(2)}`;
              if (scheme === 'dark') {
                assert.ok(background < 0.1 && textLuminance > 0.4, `light on dark, ${seen}`);
              } else {
                assert.ok(background > 0.7 && textLuminance < 0.2, `dark on light, ${seen}`);
              }
            }
            assert.deepEqual(errorsOf(view), [], 'no console errors');
            if (name === 'next-app-router') {
              assert.ok(host.authorizedApiRequests() > 0, 'the API was reached with the token');
            }
          });
        } finally {
          await view.close();
        }
      });
    }

    // host-shell's own fallback and Retry are covered by federation.test.ts.
    if (name !== 'host-shell') {
      test('the remote unreachable: the host says so and its Retry loads the feature without a reload', async () => {
        const view = await openPage(browser);
        try {
          await withArtifacts(view, `host-matrix-${name}-retry`, async () => {
            const { page } = view;
            let down = true;
            await page.route(`${host.remoteOrigin}/**`, (route) =>
              down ? route.abort('connectionrefused') : route.continue(),
            );
            await page.goto(vmPage(host));
            const fallback = page
              .getByRole('alert')
              .filter({ hasText: 'Recent operations are unavailable right now.' });
            await fallback.waitFor();
            await markPage(page);
            down = false;
            await fallback.getByRole('button', { name: 'Retry' }).click();
            await failureBanner(page).waitFor();
            assert.ok(await pageWasKept(page), 'no page reload');
            await fallback.waitFor({ state: 'detached' });
          });
        } finally {
          await view.close();
        }
      });
    }

    test('Try Live Failover reaches the host, which confirms and starts it', async () => {
      const view = await openPage(browser);
      try {
        await withArtifacts(view, `host-matrix-${name}-live-failover`, async () => {
          const { page } = view;
          host.api.state.reset();
          await page.goto(vmPage(host));
          const banner = failureBanner(page);
          await banner.waitFor();
          const question = host.confirmLiveFailover(page);
          await banner.getByRole('button', { name: 'Try Live Failover' }).click();
          assert.match(await question, /Start live failover for pgtest1\?/);
          await page.getByText(/Live failover started for pgtest1/).waitFor();
          assert.deepEqual(
            host.api.state.getRequests({ route: 'live-failover' }).map((entry) => entry.method),
            ['POST'],
            'the OMA API received one request',
          );
          assert.deepEqual(errorsOf(view), [], 'no console errors');
        });
      } finally {
        await view.close();
      }
    });
  });
}
