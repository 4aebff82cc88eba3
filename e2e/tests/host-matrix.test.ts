import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Locator, Page, Request, Route } from 'playwright-core';
import {
  failureBanner,
  jobItems,
  markPage,
  operations,
  pageWasKept,
  visibleText,
  waitForQuiet,
} from '../support/app';
import { launchChromium, openPage, type RecordedPage } from '../support/browser';
import { withArtifacts } from '../support/fixture';
import {
  buildHost,
  HOST_NAMES,
  hostReactDomVersion,
  type RunningHost,
  startHost,
} from '../support/hosts';
import { waitUntil } from '../support/waitUntil';

/*
 * The production remote in each kind of host a dashboard team has: Next.js 15 App Router
 * (Tailwind + Flowbite, the MF runtime API), Vite 7 on React 19.1, webpack 5 on React 18.3,
 * and host-shell (Rspack + Mantine). The same checks in each.
 */

/** The page's React DOM renderers, as React DevTools would see them (a stand-in hook records them). */
const DEVTOOLS_HOOK = () => {
  const renderers: Array<{ version: string; rendererPackageName: string }> = [];
  Object.defineProperty(window, '__REACT_DEVTOOLS_GLOBAL_HOOK__', {
    value: {
      renderers: new Map(),
      supportsFiber: true,
      isDisabled: false,
      inject(renderer: { version: string; rendererPackageName: string }) {
        renderers.push({
          version: renderer.version,
          rendererPackageName: renderer.rendererPackageName,
        });
        return renderers.length;
      },
      checkDCE() {},
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onScheduleFiberRoot() {},
      setStrictMode() {},
    },
  });
  Object.defineProperty(window, '__matrixRenderers', { value: renderers });
};

/** React's and ReactDOM's own internals names (19, 18): only a copy of React or ReactDOM has them. */
const REACT_MARKERS = [
  '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE',
  '__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED',
];

/** Host elements whose computed style the feature must not change (outside the feature's section). */
const HOST_ELEMENTS = [
  'html',
  'body',
  'nav',
  'main',
  'h1',
  'h2',
  'p',
  'a',
  'label',
  'input',
  'button',
];

/**
 * Computed values that follow the page's layout, not any style rule: the feature's content makes
 * the page taller, and these resolve to the used sizes.
 */
const LAYOUT_VALUES = new Set([
  'block-size',
  'height',
  'inline-size',
  'width',
  'perspective-origin',
  'transform-origin',
]);

interface HostSnapshot {
  styles: Record<string, Record<string, string>>;
  attributes: Record<string, Record<string, string>>;
}

/** Every computed style property of the host's elements, and the attributes of <html>/<body>. */
function snapshotHost(page: Page): Promise<HostSnapshot> {
  return page.evaluate((selectors) => {
    const styles: Record<string, Record<string, string>> = {};
    for (const selector of selectors) {
      const element = [...document.querySelectorAll(selector)].find(
        (candidate) => !candidate.closest('section[aria-label="VM operations"]'),
      );
      if (!element) continue;
      const computed = getComputedStyle(element);
      const values: Record<string, string> = {};
      for (const property of computed) values[property] = computed.getPropertyValue(property);
      styles[selector] = values;
    }
    const attributes: Record<string, Record<string, string>> = {};
    for (const element of [document.documentElement, document.body]) {
      attributes[element.tagName.toLowerCase()] = Object.fromEntries(
        [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
      );
    }
    return { styles, attributes };
  }, HOST_ELEMENTS);
}

/** What changed between two snapshots, one line per property. */
function differences(before: HostSnapshot, after: HostSnapshot): string[] {
  const found: string[] = [];
  for (const [selector, values] of Object.entries(before.styles)) {
    for (const [property, value] of Object.entries(values)) {
      if (LAYOUT_VALUES.has(property)) continue;
      const now = after.styles[selector]?.[property];
      if (now !== value) found.push(`${selector} ${property}: ${value} → ${now}`);
    }
  }
  for (const element of ['html', 'body']) {
    const was = before.attributes[element] ?? {};
    const is = after.attributes[element] ?? {};
    for (const name of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if (was[name] !== is[name]) found.push(`<${element}> ${name}: ${was[name]} → ${is[name]}`);
    }
  }
  return found;
}

/**
 * The host's snapshot once the host itself has settled (two snapshots 250 ms apart agree): a
 * host may still be finishing its own first render (Mantine's AppShell turns its transitions on
 * after mounting), which is no change of the feature's.
 */
async function settledSnapshot(page: Page): Promise<HostSnapshot> {
  let previous = await snapshotHost(page);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(250);
    const current = await snapshotHost(page);
    if (differences(previous, current).length === 0) return current;
    previous = current;
  }
  throw new Error(
    `the host's own styles never settled: ${differences(previous, await snapshotHost(page))}`,
  );
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The luminance of a text and of what is behind it: the first background from the text's element
 * up that is mostly opaque (the page's white when there is none).
 */
async function luminanceOf(text: Locator): Promise<{ text: number; background: number }> {
  const colors = await text.evaluate((element) => {
    let node: Element | null = element;
    let background = 'rgb(255, 255, 255)';
    while (node) {
      const color = getComputedStyle(node).backgroundColor;
      const alpha = color.startsWith('rgba') ? Number(color.split(',')[3]?.replace(')', '')) : 1;
      if (alpha > 0.5) {
        background = color;
        break;
      }
      node = node.parentElement;
    }
    return { text: getComputedStyle(element).color, background };
  });
  return { text: luminance(colors.text), background: luminance(colors.background) };
}

/** Holds every request to the remote's origin until `release()`; the host renders meanwhile. */
async function holdRemote(page: Page, remoteOrigin: string) {
  const held: Route[] = [];
  let released = false;
  await page.route(`${remoteOrigin}/**`, (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    waitForFirst: () =>
      waitUntil(() => held.length > 0, { what: 'the host to ask for the remote' }),
    async release() {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

/** Console errors and page errors of a page. */
function errorsOf(view: RecordedPage): string[] {
  return [
    ...view.consoleLines.filter((line) => line.startsWith('[error]')),
    ...view.pageErrors.map((error) => `[pageerror] ${error}`),
  ];
}

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
