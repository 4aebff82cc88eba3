import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  failureBanner,
  markPage,
  pageWasKept,
  recentOperations,
  visibleText,
  vmPageUrl,
} from '../support/app';
import { useAppStack } from '../support/appStack';
import { withArtifacts } from '../support/fixture';
import { waitUntil } from '../support/waitUntil';

/*
 * The remote's refreshes around API faults, in Chromium on the production builds: Retry asks at
 * once, a failed refresh keeps the data and says it is from earlier, a running job is refreshed
 * within seconds, a stalled request times out. Faults and their recovery: faults.test.ts.
 */

/** The remote retries a failed list after 3 s, then 6 s, 12 s…: one retry plus slack. */
const RECOVERY_MS = 20_000;

describe('refreshes around API faults in the browser', () => {
  const app = useAppStack();

  test('Retry on a failed list asks the API again at once', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-list-retry', async () => {
      app.api.state.setFault('recent-jobs', { kind: 'server-error' });
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
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
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
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
      assert.match(await visibleText(notice), /Showing data from .+; refreshing failed/);
      assert.match(await visibleText(notice), /reported a problem/);
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
      await page.goto(vmPageUrl(app.stack.hostUrl, 'dbsrv-running'));
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
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));

      const list = recentOperations(page);
      await list.getByText('Loading recent operations…').waitFor();
      assert.equal(await list.getAttribute('aria-busy'), 'true', 'the list says it is busy');
      assert.equal(await list.getByText('No operations yet for this VM').count(), 0);
      // Meanwhile the banner, from the other request, is there.
      await failureBanner(page).waitFor();

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

  test('the last-operation summary failing to refresh: the banner says it shows earlier data, as the list does when its refresh fails', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-banner-stale', async () => {
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
      const banner = failureBanner(page);
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
      assert.match(await visibleText(notice), /Showing data from .+; refreshing failed\./);
      const listNotice = recentOperations(page)
        .getByRole('status')
        .filter({ hasText: 'refreshing failed' });
      await listNotice.waitFor();
      // The same sentence in both; the ages may differ, since the host fetched the summary the
      // banner shows before the remote fetched its list.
      const sentence = /Showing data from (\d+ seconds? ago|just now); refreshing failed\./;
      assert.match(await visibleText(notice), sentence);
      assert.match(await visibleText(listNotice), sentence);
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

  test("the host and the remote ask for the VM's context once: the remote uses the answer the host just had", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'faults-shared-vm-context', async () => {
      const openedAt = Date.now();
      await page.goto(vmPageUrl(app.stack.hostUrl, 'pgtest1'));
      await failureBanner(page).waitFor();
      await recentOperations(page).getByText('Replication Completed').first().waitFor();
      await page.waitForTimeout(1_500);
      const asked = app.api.state
        .getRequests({ route: 'vm-context' })
        .filter((request) => request.time >= openedAt);
      assert.equal(asked.length, 1, `asked ${asked.length} times for pgtest1's context`);
    });
  });
});
