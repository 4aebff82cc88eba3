import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scenarios } from '@migratekit/mocks';
import type { Page } from 'playwright-core';
import {
  failureBanner,
  markPage,
  operationsArea,
  pageWasKept,
  recentOperations,
  visibleText,
  vmHeading,
  vmPageUrl,
} from '../support/app';
import type { AppStack } from '../support/appStack';
import { useAppStack } from '../support/appStack';
import { withArtifacts } from '../support/fixture';

/*
 * Answers the OMA API refuses, in Chromium on the production builds: an unknown VM, a 4xx body
 * that quotes internals, a live failover the backend refuses or that fails on the way. The
 * operator reads plain sentences, never the backend's raw text. Other faults: faults.test.ts.
 */

/** A fault of the live failover request and how to end it. */
interface Fault {
  name: string;
  /** Starts it. */
  start(app: AppStack, page: Page): Promise<void>;
  /** Ends it. */
  end(app: AppStack, page: Page): Promise<void>;
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

describe('answers the API refuses, in the browser', () => {
  const app = useAppStack();

  test('an unknown VM (404) gets a clear "VM not found" page in the host, and the dashboard goes on working from there', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-vm-not-found', async () => {
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest9'));
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
      await failureBanner(page).waitFor();
      assert.ok(await pageWasKept(page));
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
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
      const failure = page.getByRole('alert').filter({ hasText: 'pgtest1 could not be loaded' });
      await failure.waitFor();
      assert.match(await visibleText(failure), /refused the request/);
      assert.doesNotMatch(await visibleText(page.locator('body')), /virt-v2v|\/dev\/sdb|EBUSY/);

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
      assert.match(await visibleText(listFailure), /refused the request/);
      assert.doesNotMatch(await visibleText(page.locator('body')), /pq:|repo\.go|\/opt\//);
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
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
      const banner = failureBanner(page);
      await banner.getByRole('button', { name: 'Try Live Failover' }).click();
      const confirm = page.getByRole('dialog', { name: 'Start live failover for pgtest1?' });
      await confirm.getByRole('button', { name: 'Start live failover' }).click();

      const notification = page
        .getByRole('alert')
        .filter({ hasText: 'Live failover not started for pgtest1' });
      await notification.waitFor();
      assert.match(
        await visibleText(notification),
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
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
      await failureBanner(page).getByRole('button', { name: 'Try Live Failover' }).click();
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
        await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
        const banner = failureBanner(page);
        const tryLiveFailover = banner.getByRole('button', { name: 'Try Live Failover' });
        const confirm = page.getByRole('dialog', { name: 'Start live failover for pgtest1?' });

        await tryLiveFailover.click();
        await confirm.getByRole('button', { name: 'Start live failover' }).click();
        const notification = page
          .getByRole('alert')
          .filter({ hasText: 'Live failover not started for pgtest1' });
        await notification.waitFor();
        assert.match(await visibleText(notification), message);
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
