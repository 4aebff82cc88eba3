import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  failureBanner,
  jobItems,
  openVmPage,
  visibleText,
  waitForOperations,
  waitForQuiet,
} from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';

describe('the failure banner persists until dismissed', () => {
  const app = useProductionApp();

  test('the banner is still there after a page reload', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'banner-survives-reload', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      await failureBanner(page).waitFor();
      await page.reload();
      await waitForOperations(page);
      await failureBanner(page).waitFor();
      assert.match(await visibleText(failureBanner(page)), /Test Failover failed at step 3 of 5/);
    });
  });

  test('Dismiss hides the banner, it stays hidden after a reload, and the failed job stays in the list', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'banner-dismiss', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      const banner = failureBanner(page);
      await banner.getByRole('button', { name: 'Dismiss' }).click();
      await banner.waitFor({ state: 'detached' });

      await page.reload();
      await waitForOperations(page);
      await waitForQuiet(page);
      assert.equal(await failureBanner(page).count(), 0, 'banner after reload');
      // Dismissing is a display choice: the failure is still recorded and listed.
      assert.equal(await jobItems(page).filter({ hasText: 'Failed (60%)' }).count(), 1);
      assert.equal(app.stack.mock?.state.getVmContext('pgtest1')?.last_operation?.status, 'failed');
    });
  });

  test('a newer failure reported by the backend brings a dismissed banner back', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'banner-newer-failure', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      await failureBanner(page).getByRole('button', { name: 'Dismiss' }).click();
      await failureBanner(page).waitFor({ state: 'detached' });

      // The mock API's control endpoint, as a backend recording a new failure would.
      const mockOrigin = app.stack.apiUrl;
      const response = await fetch(`${mockOrigin}/__mock/vms/pgtest1/fail`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          operation_type: 'rollback',
          failed_step: 'Detaching Test Volumes',
          error_message: 'Storage volume could not be detached from the test VM',
          error_category: 'storage',
          actionable_steps: ['Wait a few minutes and retry the rollback'],
          steps_completed: 2,
          steps_total: 5,
          progress: 40,
        }),
      });
      assert.equal(response.status, 200);

      await page.reload();
      await waitForOperations(page);
      const banner = failureBanner(page);
      await banner.waitFor();
      const text = await visibleText(banner);
      assert.match(text, /Rollback failed at step 2 of 5 \(40%\)/);
      assert.match(text, /Storage volume could not be detached from the test VM/);
    });
  });

  test('a VM without a failure gets the banner once the backend records one', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'banner-only-for-failures', async () => {
      await openVmPage(page, app.stack.hostUrl, 'dbsrv-running');
      await waitForQuiet(page);
      assert.equal(await failureBanner(page).count(), 0);
      app.stack.mock?.state.recordFailure('dbsrv-running');
      await page.reload();
      await waitForOperations(page);
      await failureBanner(page).waitFor();
    });
  });
});
