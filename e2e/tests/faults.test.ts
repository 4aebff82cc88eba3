import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { type FaultKind, scenarios } from '@migratekit/mocks';
import type { Page } from 'playwright-core';
import { type AppStack, useAppStack } from '../support/appStack';
import { withArtifacts } from '../support/fixture';
import { copyRemoteBuild, type RemoteCopy } from '../support/remoteCopy';
import {
  lastOperationBanner,
  markPage,
  operationsArea,
  pageWasKept,
  readableText,
  recentOperations,
  vmHeading,
  vmUrl,
} from '../support/vmPage';
import { waitUntil } from '../support/waitUntil';

/*
 * Faults of the OMA API, seen in Chromium on the production builds. Each fault must show a
 * visible, specific, retryable state where the failed data belongs, leave the rest of the page
 * working, and give way to the data by itself once the API answers again (no page reload).
 */

/** The remote retries a failed list after 3 s, then 6 s, 12 s…: one retry plus slack. */
const RECOVERY_MS = 20_000;

/**
 * A fault and how to end it: either the mock API misbehaves (behind the host's `/api` proxy, as
 * in production), or the browser's own request fails without a response (a dropped connection).
 */
interface Fault {
  name: string;
  /** Starts it. */
  start(app: AppStack, page: Page): Promise<void>;
  /** Ends it. */
  end(app: AppStack, page: Page): Promise<void>;
}

function apiFault(name: string, route: 'recent-jobs' | 'vm-context', kind: FaultKind): Fault {
  return {
    name,
    async start(app) {
      app.api.state.setFault(route, { kind });
    },
    async end(app) {
      app.api.state.clearFaults();
    },
  };
}

/** The browser's request fails as when the connection drops (no HTTP answer at all). */
function browserNetworkFault(name: string, urlGlob: string): Fault {
  return {
    name,
    async start(_app, page) {
      await page.route(urlGlob, (route) => route.abort('connectionreset'));
    },
    async end(_app, page) {
      await page.unroute(urlGlob);
    },
  };
}

const RECENT_JOBS_URL = '**/api/v1/vm-contexts/*/recent-jobs';

/** What the list says for each fault of its request. */
const LIST_FAULTS: ReadonlyArray<{ id: string; fault: Fault; message: RegExp }> = [
  {
    id: 'http-500',
    fault: apiFault('an HTTP 500', 'recent-jobs', 'server-error'),
    message: /reported a problem/,
  },
  {
    id: 'api-down',
    // The host's proxy answers 502 when the OMA API drops the connection.
    fault: apiFault(
      'the OMA API dropping the connection (502 from the proxy)',
      'recent-jobs',
      'network',
    ),
    message: /reported a problem/,
  },
  {
    id: 'network',
    fault: browserNetworkFault('a network error in the browser', RECENT_JOBS_URL),
    message: /could not be reached/,
  },
  {
    id: 'malformed',
    fault: apiFault('a body that is not JSON', 'recent-jobs', 'malformed'),
    message: /could not be read/,
  },
  {
    id: 'wrong-shape',
    fault: apiFault('a body of the wrong shape', 'recent-jobs', 'wrong-shape'),
    message: /unexpected format/,
  },
];

describe('API faults in the browser', () => {
  const app = useAppStack();

  for (const { id, fault, message } of LIST_FAULTS) {
    test(`recent jobs failing with ${fault.name}: the list says so with Retry, the banner still works, and the jobs appear by themselves once the fault ends`, async () => {
      const { page } = app.view;
      await withArtifacts(app.view, `faults-list-${id}`, async () => {
        await fault.start(app, page);
        await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));

        const list = recentOperations(page);
        const failure = list.getByRole('alert').filter({
          hasText: 'Recent operations could not be loaded',
        });
        await failure.waitFor();
        assert.match(await readableText(failure), message);
        assert.equal(await failure.getByRole('button', { name: 'Retry' }).count(), 1);
        assert.equal(await list.getByText('Loading recent operations…').count(), 0);

        // The rest of the page: the host's heading, the banner and its details.
        await vmHeading(page, 'pgtest1').waitFor();
        const banner = lastOperationBanner(page);
        await banner.waitFor();
        await banner.getByRole('button', { name: 'View Details', exact: true }).click();
        const details = page.getByRole('dialog');
        await details.getByText('KVM driver installation failed - compatibility issue').waitFor();
        await page.keyboard.press('Escape');
        await details.waitFor({ state: 'detached' });

        await markPage(page);
        await fault.end(app, page);
        await list.getByText('Replication Completed').first().waitFor({ timeout: RECOVERY_MS });
        assert.equal(await failure.count(), 0, 'the failure gave way to the jobs');
        assert.ok(await pageWasKept(page), 'recovered without a page reload');
      });
    });
  }

  test('Retry on a failed list asks the API again at once', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-list-retry', async () => {
      app.api.state.setFault('recent-jobs', { kind: 'server-error' });
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = recentOperations(page).getByRole('alert');
      await failure.getByRole('button', { name: 'Retry' }).waitFor();
      app.api.state.clearFaults();
      const failedAt = Math.max(
        ...app.api.state.getRequests({ route: 'recent-jobs' }).map((request) => request.time),
      );

      const clickedAt = Date.now();
      await failure.getByRole('button', { name: 'Retry' }).click();
      await recentOperations(page).getByText('Replication Completed').first().waitFor();

      const retried = app.api.state
        .getRequests({ route: 'recent-jobs' })
        .find((request) => request.time >= clickedAt);
      assert.ok(retried, 'a request after the click');
      // The automatic retry is due 3 s after the failure; this one came from the click.
      assert.ok(
        retried.time - failedAt < 3_000,
        `asked again ${retried.time - failedAt} ms after the failure`,
      );
    });
  });

  test('a refresh failing while jobs are shown keeps them, says they are from earlier, and the notice clears by itself', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-list-stale', async () => {
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const list = recentOperations(page);
      await list.getByText('Replication Completed').first().waitFor();
      const shownBefore = await list.locator('article').count();

      // The operator comes back to the tab: the list refreshes, and that refresh fails. (A
      // refresh right after the first answer is skipped as a duplicate: come back until one runs.)
      app.api.state.setFault('recent-jobs', { kind: 'server-error' });
      const requestsBefore = app.api.state.getRequests({ route: 'recent-jobs' }).length;
      await waitUntil(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('focus')));
          return app.api.state.getRequests({ route: 'recent-jobs' }).length > requestsBefore;
        },
        { what: 'the list to refresh on returning to the tab', timeoutMs: 10_000, intervalMs: 500 },
      );
      const notice = list.getByRole('status').filter({ hasText: 'refreshing failed' });
      await notice.waitFor();
      assert.match(await readableText(notice), /Showing data from .+; refreshing failed/);
      assert.match(await readableText(notice), /reported a problem/);
      assert.equal(await notice.getByRole('button', { name: 'Retry' }).count(), 1);
      assert.equal(await list.locator('article').count(), shownBefore, 'the jobs stay listed');

      await markPage(page);
      app.api.state.clearFaults();
      await notice.waitFor({ state: 'detached', timeout: RECOVERY_MS });
      assert.equal(await list.locator('article').count(), shownBefore);
      assert.ok(await pageWasKept(page));
    });
  });

  test('while a job runs, the list is refreshed within seconds of the first answer, so a fault that ends is noticed soon', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-list-running-poll', async () => {
      // dbsrv-running has a running replication from the start.
      await page.goto(vmUrl(app.stack.hostUrl, 'dbsrv-running'));
      const list = recentOperations(page);
      await list.getByText('Replication In Progress').waitFor();
      const first = app.api.state.getRequests({ route: 'recent-jobs' });
      assert.equal(first.length, 1);
      const firstAt = first[0]?.time ?? 0;
      // The active interval is 3 s: the next request is due by then (plus slack), not 30 s later.
      await waitUntil(() => app.api.state.getRequests({ route: 'recent-jobs' }).length >= 2, {
        what: 'the list to be refreshed',
        timeoutMs: 8_000,
      });
      const second = app.api.state.getRequests({ route: 'recent-jobs' })[1];
      assert.ok(second && second.time - firstAt < 6_000, 'refreshed within the active interval');
    });
  });

  test('a 30-second stall shows loading until the 15-second timeout, then says the service took too long, and the jobs appear by themselves after', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-list-stall', async () => {
      app.api.state.setFault('recent-jobs', { kind: 'slow', delayMs: 30_000 });
      const openedAt = Date.now();
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));

      const list = recentOperations(page);
      await list.getByText('Loading recent operations…').waitFor();
      assert.equal(await list.getAttribute('aria-busy'), 'true', 'the list says it is busy');
      assert.equal(await list.getByText('No operations yet for this VM').count(), 0);
      // Meanwhile the banner, from the other request, is there.
      await lastOperationBanner(page).waitFor();

      const timedOut = list.getByRole('alert').filter({ hasText: /took too long to respond/ });
      await timedOut.waitFor({ timeout: 25_000 });
      const waited = Date.now() - openedAt;
      assert.ok(waited >= 14_000, `gave up after ${waited} ms, before the 15 s timeout`);
      assert.ok(waited < 25_000, `gave up after ${waited} ms`);
      assert.equal(await list.getByText('Loading recent operations…').count(), 0);
      assert.equal(await timedOut.getByRole('button', { name: 'Retry' }).count(), 1);

      await markPage(page);
      app.api.state.clearFaults();
      await list.getByText('Replication Completed').first().waitFor({ timeout: RECOVERY_MS });
      assert.ok(await pageWasKept(page));
    });
  });

  test('an unknown VM (404) gets a clear "VM not found" page in the host, and the dashboard goes on working from there', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-vm-not-found', async () => {
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest9'));
      await page.getByRole('heading', { name: 'VM not found' }).waitFor();
      await page.getByText('MigrateKit has no VM named “pgtest9”').waitFor();
      assert.equal(await page.title(), 'VM not found · MigrateKit OSSEA');
      assert.equal(
        await operationsArea(page).count(),
        0,
        'no operations for a VM that is not there',
      );

      await markPage(page);
      await page.getByRole('link', { name: '← Back to VMs' }).click();
      await page.getByRole('link', { name: 'pgtest1', exact: true }).click();
      await vmHeading(page, 'pgtest1').waitFor();
      await lastOperationBanner(page).waitFor();
      assert.ok(await pageWasKept(page));
    });
  });

  test('the VM context answering 500: the host says the VM could not be loaded, with Retry, and loads it by itself once the API recovers', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-vm-context-500', async () => {
      app.api.state.setFault('vm-context', { kind: 'server-error' });
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = page.getByRole('alert').filter({ hasText: 'pgtest1 could not be loaded' });
      await failure.waitFor();
      assert.match(await readableText(failure), /reported a problem/);
      assert.equal(await failure.getByRole('button', { name: 'Retry' }).count(), 1);
      // The header works meanwhile.
      await page.locator('label', { hasText: 'Admin' }).click();
      assert.ok(await page.getByRole('radio', { name: 'Admin' }).isChecked());

      await markPage(page);
      app.api.state.clearFaults();
      await lastOperationBanner(page).waitFor({ timeout: RECOVERY_MS });
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
    });
  });

  test('the VM context request failing in the browser (network error): the host says the API could not be reached, and Retry loads the VM once it is back', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-vm-context-network', async () => {
      const vmContextUrl = '**/api/v1/vm-contexts/pgtest1';
      await page.route(vmContextUrl, (route) => route.abort('connectionreset'));
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = page.getByRole('alert').filter({ hasText: 'pgtest1 could not be loaded' });
      await failure.waitFor();
      assert.match(await readableText(failure), /could not be reached/);

      await markPage(page);
      await page.unroute(vmContextUrl);
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      await recentOperations(page).getByText('Replication Completed').first().waitFor();
      assert.ok(await pageWasKept(page));
    });
  });

  test("the remote's own last-operation request failing: its place says the status is unavailable, with Retry, while the list works", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-vm-context', async () => {
      // Hold the remote back until the host has its VM, then fail only the remote's request.
      let releaseRemote = () => {};
      const remoteHeld = new Promise<void>((resolve) => {
        releaseRemote = resolve;
      });
      await page.route('**/remoteEntry.js', async (route) => {
        await remoteHeld;
        await route.continue();
      });
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      await vmHeading(page, 'pgtest1').waitFor();
      app.api.state.setFault('vm-context', { kind: 'server-error' });
      releaseRemote();

      const failure = operationsArea(page)
        .getByRole('alert')
        .filter({ hasText: 'Last operation status unavailable' });
      await failure.waitFor();
      assert.match(await readableText(failure), /reported a problem/);
      await recentOperations(page).getByText('Replication Completed').first().waitFor();
      assert.equal(await lastOperationBanner(page).count(), 0);

      await markPage(page);
      app.api.state.clearFaults();
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
    });
  });

  test("a live failover the backend refuses shows the backend's own message, in the host and in the banner", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-live-failover-refused', async () => {
      // One is already running: the backend answers 409 with its reason.
      const pgtest1 = scenarios.pgtest1;
      const started = app.api.state.startLiveFailover({
        vm_id: pgtest1.vmwareVmId,
        vm_name: 'pgtest1',
      });
      assert.equal(started.status, 200);
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const banner = lastOperationBanner(page);
      await banner.getByRole('button', { name: 'Try Live Failover' }).click();
      const confirm = page.getByRole('dialog', { name: 'Start live failover for pgtest1?' });
      await confirm.getByRole('button', { name: 'Start live failover' }).click();

      const notification = page
        .getByRole('alert')
        .filter({ hasText: 'Live failover not started for pgtest1' });
      await notification.waitFor();
      assert.match(
        await readableText(notification),
        /A live failover is already running for this VM/,
      );
      await banner
        .getByText(
          'Live failover could not be started: A live failover is already running for this VM',
        )
        .waitFor();
      assert.equal(await page.getByText('FAILOVER_IN_PROGRESS').count(), 0, 'no error code shown');
      assert.equal(app.api.state.getRequests({ route: 'live-failover' }).length, 1);
    });
  });

  test('a 4xx body that quotes a tool and a device: the host shows a plain sentence, on the VM page and on the VM list', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-4xx-guarded', async () => {
      await page.route('**/api/v1/vm-contexts/pgtest1', (route) =>
        route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'virt-v2v: cannot open /dev/sdb: EBUSY' }),
        }),
      );
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = page.getByRole('alert').filter({ hasText: 'pgtest1 could not be loaded' });
      await failure.waitFor();
      assert.match(await readableText(failure), /refused the request/);
      assert.doesNotMatch(await readableText(page.locator('body')), /virt-v2v|\/dev\/sdb|EBUSY/);

      await page.route('**/api/v1/vm-contexts', (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: 'pq: column "vm_name" does not exist at /opt/oma/internal/database/repo.go:214',
          }),
        }),
      );
      await page.goto(`${app.stack.hostUrl}/`);
      const listFailure = page
        .getByRole('alert')
        .filter({ hasText: 'The VM list could not be loaded' });
      await listFailure.waitFor();
      assert.match(await readableText(listFailure), /refused the request/);
      assert.doesNotMatch(await readableText(page.locator('body')), /pq:|repo\.go|\/opt\//);
    });
  });

  test('the last-operation summary failing to refresh: the banner says it shows earlier data, as the list does when its refresh fails', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-banner-stale', async () => {
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const banner = lastOperationBanner(page);
      await banner.waitFor();
      await recentOperations(page).getByText('Replication Completed').first().waitFor();
      assert.equal(await banner.getByRole('status').count(), 0);

      // Back to the tab: the summary refreshes, and that refresh fails.
      app.api.state.setFault('vm-context', { kind: 'server-error' });
      app.api.state.setFault('recent-jobs', { kind: 'server-error' });
      const notice = banner.getByRole('status').filter({ hasText: 'refreshing failed' });
      await waitUntil(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('focus')));
          return (await notice.count()) > 0;
        },
        { what: 'the banner to say its data is stale', timeoutMs: 15_000, intervalMs: 500 },
      );
      assert.match(await readableText(notice), /Showing data from .+; refreshing failed\./);
      const listNotice = recentOperations(page)
        .getByRole('status')
        .filter({ hasText: 'refreshing failed' });
      await listNotice.waitFor();
      const sentence = /Showing (data from .+?|earlier data); refreshing failed\./;
      // Read together: a clock tick between two reads could change "5 seconds ago" in one only.
      const [bannerText, listText] = await Promise.all([
        readableText(notice),
        readableText(listNotice),
      ]);
      assert.equal(
        bannerText.match(sentence)?.[0],
        listText.match(sentence)?.[0],
        "the banner's notice is the list's",
      );
      assert.equal(await banner.getByRole('button', { name: 'Try Live Failover' }).count(), 1);

      app.api.state.clearFaults();
      await waitUntil(
        async () => {
          await page.evaluate(() => window.dispatchEvent(new Event('focus')));
          return (await notice.count()) === 0;
        },
        { what: 'the notice to clear', timeoutMs: RECOVERY_MS, intervalMs: 1_000 },
      );
    });
  });

  test("a refused live failover is logged with its status and VM, never with the backend's raw text", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-live-failover-log', async () => {
      await page.route('**/api/v1/failover/live', (route) =>
        route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({
            success: false,
            error: 'virt-v2v-in-place failed: cannot open /dev/vdc',
            details: { error_code: 'CONVERSION_BUSY' },
          }),
        }),
      );
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      await lastOperationBanner(page).getByRole('button', { name: 'Try Live Failover' }).click();
      const confirm = page.getByRole('dialog', { name: 'Start live failover for pgtest1?' });
      await confirm.getByRole('button', { name: 'Start live failover' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Live failover not started for pgtest1' })
        .waitFor();

      const logged = app.view.consoleLines.filter((line) => line.includes('failover/live'));
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(logged[0] ?? '', /pgtest1.+HTTP 409.+CONVERSION_BUSY/);
      for (const line of app.view.consoleLines) {
        assert.doesNotMatch(line, /virt-v2v|\/dev\/vdc/);
      }
    });
  });

  const liveFailoverFaults: ReadonlyArray<{ id: string; fault: Fault; message: RegExp }> = [
    {
      id: 'http-500',
      fault: {
        name: "an HTTP 500 with the backend's error body",
        start: async ({ api }) => api.state.setFault('live-failover', { kind: 'server-error' }),
        end: async ({ api }) => api.state.clearFaults(),
      },
      // "Internal server error" is an HTTP reason, no explanation: the policy refuses it and
      // the host says it in plain words.
      message:
        /Live failover of pgtest1 could not be started\. Try again later or contact support\./,
    },
    {
      id: 'network',
      fault: browserNetworkFault('a network error in the browser', '**/api/v1/failover/live'),
      message: /could not be requested: the OMA API could not be reached/,
    },
  ];
  for (const { id, fault, message } of liveFailoverFaults) {
    test(`a live failover request failing with ${fault.name} says why, and the next try starts it once the fault ends`, async () => {
      const { page } = app.view;
      await withArtifacts(app.view, `faults-live-failover-${id}`, async () => {
        await fault.start(app, page);
        await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
        const banner = lastOperationBanner(page);
        const tryLiveFailover = banner.getByRole('button', { name: 'Try Live Failover' });
        const confirm = page.getByRole('dialog', { name: 'Start live failover for pgtest1?' });

        await tryLiveFailover.click();
        await confirm.getByRole('button', { name: 'Start live failover' }).click();
        const notification = page
          .getByRole('alert')
          .filter({ hasText: 'Live failover not started for pgtest1' });
        await notification.waitFor();
        assert.match(await readableText(notification), message);
        await banner.getByText(/Live failover could not be started/).waitFor();
        await confirm.waitFor({ state: 'detached' });

        await markPage(page);
        await fault.end(app, page);
        await tryLiveFailover.click();
        await confirm.getByRole('button', { name: 'Start live failover' }).click();
        await page.getByText('Live failover started for pgtest1').waitFor();
        const running = recentOperations(page)
          .locator('article')
          .filter({ hasText: 'Live Failover' })
          .filter({ has: page.getByRole('progressbar') });
        await running.first().waitFor();
        assert.equal(await banner.getByText(/Live failover could not be started/).count(), 0);
        assert.ok(await pageWasKept(page));
      });
    });
  }
});

/** Which render of the remote throws, read by the patched chunk (see `throwOnRender`). */
type ThrowIn = 'feature' | 'module';

describe('remote faults in the browser', () => {
  // A copy of the remote's build, served from its own origin, that each test breaks and restores.
  let remote: RemoteCopy;
  before(() => {
    remote = copyRemoteBuild();
  });
  after(() => remote?.dispose());
  const app = useAppStack({ remoteDist: () => remote.dir });
  afterEach(() => remote.restore());

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
        'message:"Recent operations could not be displayed"',
        `message:${injected.replace('%s', '"Recent operations could not be displayed"')}`,
      );
    }
  }

  async function setThrowing(page: Page, where: ThrowIn | null) {
    await page.evaluate((value) => {
      (globalThis as unknown as { __e2eRemoteThrows?: string | null }).__e2eRemoteThrows = value;
    }, where);
  }

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

  test("the remote's entry missing (404): the operations area says the view is unavailable, the rest of the page works, and Retry loads it once it is back", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-entry-404', async () => {
      remote.remove('remoteEntry.js');
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = operationsArea(page)
        .getByRole('alert')
        .filter({ hasText: 'VM operations are unavailable' });
      await failure.waitFor();
      assert.match(await readableText(failure), /could not be loaded/);
      await assertHostStillWorks(page);

      await markPage(page);
      remote.restore();
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      await recentOperations(page).getByText('Replication Completed').first().waitFor();
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
      assert.deepEqual(app.view.pageErrors, []);
    });
  });

  test('the remote never answering: the loading gives way to "unavailable" with Retry, the rest of the page works, and Retry loads it once it answers', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-hangs', async () => {
      // The remote's server takes the request and never answers it.
      await page.route('**/mf-manifest.json', () => {});
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const area = operationsArea(page);
      await area.getByText('Loading VM operations…').waitFor();
      await assertHostStillWorks(page);

      const failure = area.getByRole('alert').filter({ hasText: 'VM operations are unavailable' });
      await failure.waitFor({ timeout: 40_000 });
      assert.equal(await area.getByText('Loading VM operations…').count(), 0);

      await markPage(page);
      await page.unroute('**/mf-manifest.json');
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
    });
  });

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

  test('a chunk of the remote missing (404): the operations area says it did not finish loading, and Retry loads it once it is back', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-chunk-404', async () => {
      remote.remove(exposedChunk());
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = operationsArea(page)
        .getByRole('alert')
        .filter({ hasText: 'VM operations did not finish loading' });
      await failure.waitFor();
      assert.match(await readableText(failure), /could not be downloaded/);
      await assertHostStillWorks(page);

      await markPage(page);
      remote.restore();
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
      assert.deepEqual(app.view.pageErrors, []);
    });
  });

  test('the remote throwing while rendering its feature: its place says the operations could not be displayed, with Retry that shows them once it renders again', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-render-feature', async () => {
      throwOnRender('feature');
      await page.addInitScript(() => {
        (globalThis as unknown as { __e2eRemoteThrows?: string }).__e2eRemoteThrows = 'feature';
      });
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = operationsArea(page)
        .getByRole('alert')
        .filter({ hasText: 'Recent operations could not be displayed' });
      await failure.waitFor();
      assert.match(await readableText(failure), /Try again/);
      await assertHostStillWorks(page);

      await markPage(page);
      await setThrowing(page, null);
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
      assert.deepEqual(app.view.pageErrors, []);
    });
  });

  test("the remote's module throwing while rendering, outside its own safety net: the host contains it in the operations area, and Retry shows the view once it renders again", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-remote-render-module', async () => {
      throwOnRender('module');
      await page.addInitScript(() => {
        (globalThis as unknown as { __e2eRemoteThrows?: string }).__e2eRemoteThrows = 'module';
      });
      await page.goto(vmUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = operationsArea(page)
        .getByRole('alert')
        .filter({ hasText: 'VM operations stopped working' });
      await failure.waitFor();
      assert.match(await readableText(failure), /unexpected problem/);
      await assertHostStillWorks(page);

      await markPage(page);
      await setThrowing(page, null);
      await failure.getByRole('button', { name: 'Retry' }).click();
      await lastOperationBanner(page).waitFor();
      assert.equal(await failure.count(), 0);
      assert.ok(await pageWasKept(page));
      assert.deepEqual(app.view.pageErrors, []);
    });
  });
});
