import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { failureBanner, jobItems, markPage, pageWasKept, visibleText, waitForQuiet } from './app';
import { launchChromium, openPage, type PageOptions, type RecordedPage } from './browser';
import { withArtifacts } from './fixture';
import {
  assertHostUnchanged,
  DEVTOOLS_HOOK,
  errorsOf,
  type HostSnapshot,
  holdRemote,
  luminanceOf,
  settledSnapshot,
} from './hostChecks';
import { buildHost, type HostName, type RunningHost, startHost } from './hosts';

/*
 * What the host matrix (host-matrix.test.ts) and the bridge hosts (bridge-host.test.ts) check
 * alike in every host: the failure with its steps, readable in both colour schemes, the host's
 * live failover callback, and Retry when the remote cannot be reached.
 */

/** One host built and served, and one Chromium, for a describe block. */
export interface HostSuite {
  name: HostName;
  host: RunningHost;
  browser: Browser;
  /** pgtest1's page on this host. */
  vmPage(): string;
}

/** Builds and starts `name`'s host and a Chromium before the block's tests; closes them after. */
export function useHostSuite(name: HostName): HostSuite {
  const suite = { name, vmPage: () => `${suite.host.url}/vms/pgtest1` } as HostSuite;
  before(async () => {
    await buildHost(name);
    suite.host = await startHost(name);
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.host?.close();
  });
  return suite;
}

/** Runs `body` in a fresh page of the suite's browser, keeping artifacts if it fails. */
export async function inHostPage(
  suite: HostSuite,
  artifacts: string,
  body: (view: RecordedPage) => Promise<void>,
  options: PageOptions = {},
): Promise<void> {
  const view = await openPage(suite.browser, options);
  try {
    await withArtifacts(view, artifacts, () => body(view));
  } finally {
    await view.close();
  }
}

/** A file the page fetched. */
export interface Fetched {
  url: string;
  type: string;
  body: Buffer;
}

/** What `openFeature` leaves for the checks. */
export interface OpenedFeature {
  banner: Locator;
  /** The host's page, settled, before the remote was let through. */
  hostBefore: HostSnapshot;
  /** Every file fetched so far. */
  fetched(): Promise<Fetched[]>;
}

/**
 * Opens pgtest1's page in `scheme` with React DevTools' hook installed, holding the remote back
 * until the host's page has settled (its snapshot taken), then waits for the feature's failure
 * banner and for the page to be quiet.
 */
export async function openFeature(
  suite: HostSuite,
  view: RecordedPage,
  scheme: 'light' | 'dark',
): Promise<OpenedFeature> {
  const { page } = view;
  if (scheme === 'dark') await suite.host.chooseDark(view.context);
  await page.addInitScript(DEVTOOLS_HOOK);
  const fetched: Array<Promise<Fetched>> = [];
  page.on('requestfinished', (request: Request) => {
    fetched.push(
      request.response().then(async (response) => ({
        url: request.url(),
        type: request.resourceType(),
        body: (await response?.body()) ?? Buffer.alloc(0),
      })),
    );
  });
  const remote = await holdRemote(page, suite.host.remoteOrigin);

  await page.goto(suite.vmPage());
  await remote.waitForFirst();
  await page.getByRole('heading', { name: 'pgtest1', exact: true }).waitFor();
  const hostBefore = await settledSnapshot(page);
  await remote.release();

  const banner = failureBanner(page);
  await banner.waitFor();
  await waitForQuiet(page);
  return { banner, hostBefore, fetched: () => Promise.all(fetched) };
}

/** The brief's example failure, as the banner shows it: its step and what to do next. */
export async function assertPgtest1Failure(banner: Locator): Promise<void> {
  const text = await visibleText(banner);
  assert.match(text, /Test Failover failed at step 3 of 5 \(60%\)/);
  assert.match(text, /Failed Step: Preparing Drivers for Compatibility/);
  assert.match(text, /Try live failover \(no driver modification\)/);
  assert.match(text, /Verify VM is Windows-based/);
}

/** The banner's message and the newest job's title read light on dark, or dark on light. */
export async function assertReadableIn(
  page: Page,
  banner: Locator,
  scheme: 'light' | 'dark',
): Promise<void> {
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
}

/** What a host's own checks get in `testFeatureInEachScheme`. */
export interface SchemeCheck extends OpenedFeature {
  view: RecordedPage;
  scheme: 'light' | 'dark';
}

/**
 * One test per colour scheme: pgtest1's page opened as `openFeature` does, its failure with its
 * steps, the host's page unchanged, then `checks` (this kind of host's own), the failure readable
 * in that scheme, and no console errors.
 */
export function testFeatureInEachScheme(
  suite: HostSuite,
  artifactsPrefix: string,
  title: string,
  checks: (opened: SchemeCheck) => Promise<void>,
): void {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: ${title}`, async () => {
      await inHostPage(
        suite,
        `${artifactsPrefix}-${scheme}`,
        async (view) => {
          const opened = await openFeature(suite, view, scheme);
          await assertPgtest1Failure(opened.banner);
          await assertHostUnchanged(view.page, opened.hostBefore);
          await checks({ ...opened, view, scheme });
          await assertReadableIn(view.page, opened.banner, scheme);
          assert.deepEqual(errorsOf(view), [], 'no console errors');
        },
        // The page starts light; openFeature switches the host to dark where asked.
        { colorScheme: 'light' },
      );
    });
  }
}

/** The feature's Try Live Failover calls the host, which asks, then starts it through the API. */
export function testLiveFailoverReachesHost(suite: HostSuite, artifactsPrefix: string): void {
  test('Try Live Failover reaches the host, which confirms and starts it', async () => {
    await inHostPage(suite, `${artifactsPrefix}-live-failover`, async (view) => {
      const { page } = view;
      suite.host.api.state.reset();
      await page.goto(suite.vmPage());
      const banner = failureBanner(page);
      await banner.waitFor();
      const question = suite.host.confirmLiveFailover(page);
      await banner.getByRole('button', { name: 'Try Live Failover' }).click();
      assert.match(await question, /Start live failover for pgtest1\?/);
      await page.getByText(/Live failover started for pgtest1/).waitFor();
      assert.deepEqual(
        suite.host.api.state.getRequests({ route: 'live-failover' }).map((entry) => entry.method),
        ['POST'],
        'the OMA API received one request',
      );
      assert.deepEqual(errorsOf(view), [], 'no console errors');
    });
  });
}

/** With the remote's origin unreachable the host says so; its Retry loads the feature in place. */
export function testRetryWhenRemoteUnreachable(suite: HostSuite, artifactsPrefix: string): void {
  test('the remote unreachable: the host says so and its Retry loads the feature without a reload', async () => {
    await inHostPage(suite, `${artifactsPrefix}-retry`, async ({ page }) => {
      let down = true;
      await page.route(`${suite.host.remoteOrigin}/**`, (route) =>
        down ? route.abort('connectionrefused') : route.continue(),
      );
      await page.goto(suite.vmPage());
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
  });
}
