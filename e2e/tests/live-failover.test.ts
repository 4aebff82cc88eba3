import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scenarios } from '@migratekit/mocks';
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
