import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import type { FaultKind } from '@migratekit/mocks';
import type { Page } from 'playwright-core';
import { failureBanner, operationsArea, recentOperations, vmHeading } from '../support/app';
import { useAppStack } from '../support/appStack';
import { type FaultCase, testFaultCases } from '../support/faultCases';
import { withArtifacts } from '../support/fixture';
import { copyRemoteBuild, type RemoteCopy } from '../support/remoteCopy';

/*
 * Faults of the OMA API and of the remote, seen in Chromium on the production builds, as two
 * tables: each fault must show a visible, specific, retryable state where the failed data
 * belongs, leave the rest of the page working, and give way to the data once it ends, by itself
 * or with Retry, without a page reload (`testFaultCases`). Refresh timing:
 * faults-refresh.test.ts; answers the API refuses: faults-refused.test.ts.
 */

/** The remote retries a failed list after 3 s, then 6 s, 12 s…: one retry plus slack. */
const RECOVERY_MS = 20_000;

const RECENT_JOBS_URL = '**/api/v1/vm-contexts/*/recent-jobs';
const VM_CONTEXT_URL = '**/api/v1/vm-contexts/pgtest1';

/** The browser's request fails as when the connection drops (no HTTP answer at all). */
const dropConnection = (urlGlob: string) => ({
  start: (page: Page) => page.route(urlGlob, (route) => route.abort('connectionreset')),
  end: (page: Page) => page.unroute(urlGlob),
});

/** Waits until pgtest1's jobs are listed (its newest completed replication shows). */
const jobsListed = (page: Page, timeout?: number) =>
  recentOperations(page)
    .getByText('Replication Completed')
    .first()
    .waitFor(timeout === undefined ? {} : { timeout });

describe('API faults in the browser', () => {
  const app = useAppStack();

  /** The mock API misbehaves on `route` (behind the host's `/api` proxy, as in production). */
  const apiFault = (route: 'recent-jobs' | 'vm-context', kind: FaultKind) => ({
    start: async () => app.api.state.setFault(route, { kind }),
    end: async () => app.api.state.clearFaults(),
  });

  /** A fault of the recent-jobs request: the list says it, and lists the jobs once it ends. */
  const listFault = (
    id: string,
    fault: string,
    how: Pick<FaultCase, 'start' | 'end'>,
    says: RegExp,
  ): FaultCase => ({
    id: `list-${id}`,
    title: `recent jobs failing with ${fault}: the list says so with Retry, the banner still works, and the jobs appear by themselves once the fault ends`,
    ...how,
    sees: { area: recentOperations, title: 'Recent operations could not be loaded', says },
    async meanwhile(page) {
      const list = recentOperations(page);
      assert.equal(await list.getByText('Loading recent operations…').count(), 0);
      // The rest of the page: the host's heading, the banner and its details.
      await vmHeading(page, 'pgtest1').waitFor();
      const banner = failureBanner(page);
      await banner.waitFor();
      await banner.getByRole('button', { name: 'View Details', exact: true }).click();
      const details = page.getByRole('dialog');
      await details.getByText('KVM driver installation failed - compatibility issue').waitFor();
      await page.keyboard.press('Escape');
      await details.waitFor({ state: 'detached' });
    },
    recovery: 'by itself',
    recovered: (page) => jobsListed(page, RECOVERY_MS),
  });

  testFaultCases(app, [
    listFault(
      'http-500',
      'an HTTP 500',
      apiFault('recent-jobs', 'server-error'),
      /reported a problem/,
    ),
    // The host's proxy answers 502 when the OMA API drops the connection.
    listFault(
      'api-down',
      'the OMA API dropping the connection (502 from the proxy)',
      apiFault('recent-jobs', 'network'),
      /reported a problem/,
    ),
    listFault(
      'network',
      'a network error in the browser',
      dropConnection(RECENT_JOBS_URL),
      /could not be reached/,
    ),
    listFault(
      'malformed',
      'a body that is not JSON',
      apiFault('recent-jobs', 'malformed'),
      /could not be read/,
    ),
    listFault(
      'wrong-shape',
      'a body of the wrong shape',
      apiFault('recent-jobs', 'wrong-shape'),
      /unexpected format/,
    ),
    {
      id: 'vm-context-500',
      title:
        'the VM context answering 500: the host says the VM could not be loaded, with Retry, and loads it by itself once the API recovers',
      ...apiFault('vm-context', 'server-error'),
      sees: {
        area: (page) => page.locator('body'),
        title: 'pgtest1 could not be loaded',
        says: /reported a problem/,
      },
      async meanwhile(page) {
        // The header works meanwhile.
        await page.locator('label', { hasText: 'Admin' }).click();
        assert.ok(await page.getByRole('radio', { name: 'Admin' }).isChecked());
      },
      recovery: 'by itself',
      recovered: (page) => failureBanner(page).waitFor({ timeout: RECOVERY_MS }),
    },
    {
      id: 'vm-context-network',
      title:
        'the VM context request failing in the browser (network error): the host says the API could not be reached, and Retry loads the VM once it is back',
      ...dropConnection(VM_CONTEXT_URL),
      sees: {
        area: (page) => page.locator('body'),
        title: 'pgtest1 could not be loaded',
        says: /could not be reached/,
      },
      recovery: 'retry',
      async recovered(page) {
        await failureBanner(page).waitFor();
        await jobsListed(page);
      },
    },
  ]);
});

/** Which render of the remote throws, read by the patched chunk (see `throwOnRender`). */
type ThrowIn = 'feature' | 'module';

describe('remote faults in the browser', () => {
  // A copy of the remote's build, served from its own origin, that each test breaks and restores.
  let remote: RemoteCopy;
  before(() => {
    remote = copyRemoteBuild();
  });
  const app = useAppStack({ remoteDist: () => remote.dir });
  afterEach(() => remote.restore());
  // After the stack's own `after`: no server may still be reading the copy when it goes.
  after(() => remote?.dispose());

  const exposedChunk = () =>
    remote.fileMatching(/^__federation_expose_VmOperations\.[0-9a-f]+\.js$/);

  /**
   * Makes the built VmOperations module throw while rendering whenever the page sets
   * `window.__e2eRemoteThrows` to `where`: inside the feature (`feature`: the remote's own
   * error boundary is above it) or in the exposed module's top component (`module`: only the
   * host's boundary is above it). The build is otherwise unchanged.
   */
  function throwOnRender(where: ThrowIn) {
    const injected = `(()=>{if(globalThis.__e2eRemoteThrows===${JSON.stringify(where)})throw new Error("Injected render failure");return %s})()`;
    if (where === 'feature') {
      remote.patch(
        exposedChunk(),
        '"data-testid":"vm-operations"',
        `"data-testid":${injected.replace('%s', '"vm-operations"')}`,
      );
    } else {
      remote.patch(
        exposedChunk(),
        'errorMessage:"Recent operations could not be displayed"',
        `errorMessage:${injected.replace('%s', '"Recent operations could not be displayed"')}`,
      );
    }
  }

  async function setThrowing(page: Page, where: ThrowIn | null) {
    await page.evaluate((value) => {
      (globalThis as unknown as { __e2eRemoteThrows?: string | null }).__e2eRemoteThrows = value;
    }, where);
  }

  /** The remote's render throws from the first page load until `end`. */
  const throwing = (where: ThrowIn) => ({
    async start(page: Page) {
      throwOnRender(where);
      await page.addInitScript((value) => {
        (globalThis as unknown as { __e2eRemoteThrows?: string }).__e2eRemoteThrows = value;
      }, where);
    },
    end: (page: Page) => setThrowing(page, null),
  });

  const removed = (file: () => string) => ({
    start: async () => remote.remove(file()),
    end: async () => remote.restore(),
  });

  /** The page's host parts that must keep working whatever the remote does. */
  async function assertHostStillWorks(page: Page) {
    await vmHeading(page, 'pgtest1').waitFor();
    await page.getByRole('link', { name: '← Back to VMs' }).waitFor();
    await page.locator('label', { hasText: 'Admin' }).click();
    assert.ok(
      await page.getByRole('radio', { name: 'Admin' }).isChecked(),
      'the role switch works',
    );
  }

  const bannerBack = (page: Page) => failureBanner(page).waitFor();

  test("the remote's entry missing: the VM list still lists every VM, each badge saying its status is unavailable", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-entry-404-list', async () => {
      remote.remove('remoteEntry.js');
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByRole('link', { name: 'pgtest1', exact: true }).waitFor();
      const cards = page.getByRole('heading', { level: 3 });
      const unavailable = page.getByText('Operation status unavailable');
      await unavailable.first().waitFor();
      assert.equal(await unavailable.count(), await cards.count(), 'one notice per VM card');
      await page.getByRole('link', { name: 'pgtest2', exact: true }).click();
      await vmHeading(page, 'pgtest2').waitFor();
      assert.deepEqual(app.view.pageErrors, []);
    });
  });

  testFaultCases(app, [
    {
      id: 'remote-entry-404',
      title:
        "the remote's entry missing (404): the operations area says the view is unavailable, the rest of the page works, and Retry loads it once it is back",
      ...removed(() => 'remoteEntry.js'),
      sees: {
        area: operationsArea,
        title: 'VM operations are unavailable',
        says: /could not be loaded/,
      },
      meanwhile: assertHostStillWorks,
      recovery: 'retry',
      async recovered(page) {
        await bannerBack(page);
        await jobsListed(page);
      },
    },
    {
      id: 'remote-hangs',
      title:
        'the remote never answering: the loading gives way to "unavailable" with Retry, the rest of the page works, and Retry loads it once it answers',
      // The remote's server takes the request and never answers it.
      start: (page) => page.route('**/mf-manifest.json', () => {}),
      async whileWaiting(page) {
        await operationsArea(page).getByText('Loading VM operations…').waitFor();
        await assertHostStillWorks(page);
      },
      sees: { area: operationsArea, title: 'VM operations are unavailable', timeoutMs: 40_000 },
      async meanwhile(page) {
        assert.equal(await operationsArea(page).getByText('Loading VM operations…').count(), 0);
      },
      end: (page) => page.unroute('**/mf-manifest.json'),
      recovery: 'retry',
      recovered: bannerBack,
    },
    {
      id: 'remote-chunk-404',
      title:
        'a chunk of the remote missing (404): the operations area says it did not finish loading, and Retry loads it once it is back',
      ...removed(exposedChunk),
      sees: {
        area: operationsArea,
        title: 'VM operations did not finish loading',
        says: /could not be downloaded/,
      },
      meanwhile: assertHostStillWorks,
      recovery: 'retry',
      recovered: bannerBack,
    },
    {
      id: 'remote-render-feature',
      title:
        'the remote throwing while rendering its feature: its place says the operations could not be displayed, with Retry that shows them once it renders again',
      ...throwing('feature'),
      sees: {
        area: operationsArea,
        title: 'Recent operations could not be displayed',
        says: /Try again/,
      },
      meanwhile: assertHostStillWorks,
      recovery: 'retry',
      recovered: bannerBack,
    },
    {
      id: 'remote-render-module',
      title:
        "the remote's module throwing while rendering, outside its own safety net: the host contains it in the operations area, and Retry shows the view once it renders again",
      ...throwing('module'),
      sees: {
        area: operationsArea,
        title: 'VM operations stopped working',
        says: /unexpected problem/,
      },
      meanwhile: assertHostStillWorks,
      recovery: 'retry',
      recovered: bannerBack,
    },
  ]);
});
