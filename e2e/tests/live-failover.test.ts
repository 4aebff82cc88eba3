import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scenarios } from '@migratekit/mocks';
import type { Page } from 'playwright-core';
import {
  confirmDialog,
  failureBanner,
  jobItems,
  markPage,
  openVmPage,
  pageWasKept,
  readJobs,
  visibleText,
  waitForQuiet,
} from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';

const LIVE_FAILOVER_PATH = '/api/v1/failover/live';

describe('Try Live Failover from the banner', () => {
  const app = useProductionApp();

  test('asks for confirmation, says it is permanent, then starts it: the API gets the VM, a notification shows, and the running job appears without a reload', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'live-failover-confirmed', async () => {
      const mock = app.stack.mock?.state;
      assert.ok(mock);
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      await markPage(page);
      await failureBanner(page).getByRole('button', { name: 'Try Live Failover' }).click();

      const dialog = confirmDialog(page);
      await dialog.waitFor();
      const question = await visibleText(dialog);
      assert.match(question, /Start live failover for pgtest1\?/);
      assert.match(question, /permanent/);
      assert.match(question, /cannot be undone/);
      assert.equal(mock.getRequests({ route: 'live-failover' }).length, 0, 'nothing sent yet');

      const sent = page.waitForRequest(
        (request) => request.method() === 'POST' && request.url().endsWith(LIVE_FAILOVER_PATH),
      );
      await dialog.getByRole('button', { name: 'Start live failover' }).click();
      const request = await sent;
      assert.deepEqual(request.postDataJSON(), {
        vm_id: scenarios.pgtest1.vmwareVmId,
        vm_name: 'pgtest1',
      });
      const response = await request.response();
      assert.equal(response?.status(), 200, 'the mock API accepted the VM id and name');

      await page.getByText('Live failover started for pgtest1').waitFor();
      await dialog.waitFor({ state: 'detached' });

      // The request reached the mock API (through the host's /api proxy), once.
      const received = mock.getRequests({ route: 'live-failover' });
      assert.deepEqual(
        received.map((entry) => [entry.method, entry.path]),
        [['POST', LIVE_FAILOVER_PATH]],
      );
      // The mock starts a job only for the VM's own VMware id: the new job is the proof.
      const started = mock
        .getRecentJobs(scenarios.pgtest1.contextId)
        ?.jobs?.filter((job) => job.job_type === 'live_failover');
      assert.equal(started?.length, 1);
      assert.equal(started?.[0]?.status, 'running');

      await jobItems(page)
        .and(page.locator('[data-status="running"]'))
        .filter({ has: page.getByRole('heading', { name: 'Live Failover', exact: true }) })
        .waitFor();
      const [first] = await readJobs(page);
      assert.equal(first?.title, 'Live Failover');
      assert.equal(first?.status, 'running');
      assert.match(first?.text ?? '', /Running/);
      assert.ok(await pageWasKept(page), 'no page reload');
    });
  });

  test('cancelling the confirmation sends nothing and keeps the banner', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'live-failover-cancelled', async () => {
      const mock = app.stack.mock?.state;
      assert.ok(mock);
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      const banner = failureBanner(page);

      await banner.getByRole('button', { name: 'Try Live Failover' }).click();
      await confirmDialog(page).getByRole('button', { name: 'Cancel' }).click();
      await confirmDialog(page).waitFor({ state: 'detached' });
      // Escape is a way to say no, too.
      await banner.getByRole('button', { name: 'Try Live Failover' }).click();
      await confirmDialog(page).waitFor();
      await page.keyboard.press('Escape');
      await confirmDialog(page).waitFor({ state: 'detached' });

      await waitForQuiet(page);
      assert.deepEqual(posts, []);
      assert.deepEqual(mock.getRequests({ route: 'live-failover' }), []);
      assert.ok(await banner.isVisible(), 'the banner stays');
      assert.deepEqual(
        (await readJobs(page)).filter((job) => job.title === 'Live Failover'),
        [],
      );
      assert.equal(await page.getByText('Live failover started').count(), 0);
    });
  });
});

describe('Try Live Failover in a host that keeps the feature mounted across VMs', () => {
  const app = useProductionApp();

  /**
   * Renders the exposed `./VmOperations` into a root of its own, as another host might, with the
   * host's React from the federation share scope; rendering again with other props re-renders it
   * without remounting. Live-failover requests are recorded on `window.__e2eLiveFailoverCalls`.
   */
  async function renderFeature(page: Page, vm: { contextId: string; vmName: string }) {
    // A string, not a function: the TypeScript loader would add helpers the page does not have.
    await page.evaluate(`(async (props) => {
      if (!window.__e2eRender) {
        const host = window.__FEDERATION__.__INSTANCES__.find((i) => i.name === 'dashboard_host');
        // The copy the host provides: the remote registers React without one of its own.
        const lib = (name) =>
          Object.values(host.shareScopeMap.default[name])
            .find((shared) => shared.from === 'dashboard_host' && typeof shared.lib === 'function')
            .lib();
        const React = lib('react');
        const { createRoot } = lib('react-dom/client');
        const feature = await host.loadRemote('vm_operations/VmOperations');
        const container = document.createElement('div');
        container.id = 'e2e-other-host';
        document.body.append(container);
        const root = createRoot(container);
        window.__e2eLiveFailoverCalls = [];
        window.__e2eRender = (next) => root.render(React.createElement(feature.default, next));
      }
      window.__e2eRender({
        ...props,
        onTryLiveFailover: (target) => {
          window.__e2eLiveFailoverCalls.push(target);
          return Promise.resolve();
        },
      });
    })(${JSON.stringify({ contextId: vm.contextId, vmName: vm.vmName })})`);
  }

  test("switching from vm-A to vm-B closes vm-A's details, and the live failover carries vm-B", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'live-failover-other-host', async () => {
      const mock = app.stack.mock?.state;
      assert.ok(mock);
      const vmA = scenarios.pgtest1;
      const vmB = scenarios['websrv-ok'];
      const failureOfB = mock.recordFailure(vmB.vmName);
      assert.ok(failureOfB);

      // The host's VM list has the federation runtime and React; the feature is not on it yet.
      await page.goto(`${app.stack.hostUrl}/`);
      await page.getByRole('link', { name: vmA.vmName, exact: true }).waitFor();
      await renderFeature(page, vmA);
      const feature = page.locator('#e2e-other-host');
      await feature.getByRole('button', { name: 'View details of Test Failover' }).click();
      const details = page.getByRole('dialog');
      await details.getByText(vmA.vmName, { exact: true }).waitFor();

      await renderFeature(page, vmB);
      const banner = feature.getByRole('alert').filter({ hasText: 'Last Operation Failed' });
      await banner.getByRole('button', { name: 'Try Live Failover' }).waitFor();
      assert.equal(await details.count(), 0, "no dialog still explains vm-A's job");
      await banner.getByRole('button', { name: 'Try Live Failover' }).click();

      const calls = await page.evaluate(
        () => (window as unknown as { __e2eLiveFailoverCalls?: unknown[] }).__e2eLiveFailoverCalls,
      );
      assert.deepEqual(calls, [
        { contextId: vmB.contextId, vmName: vmB.vmName, failedJobId: failureOfB.jobId },
      ]);
    });
  });
});
