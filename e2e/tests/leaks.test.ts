import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SCENARIO_NAMES } from '@migratekit/mocks';
import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/oma-api';
import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { detailsDialog, failureBanner, openVmPage, operations, waitForQuiet } from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';
import { findLeaks } from '../support/leaks';

/** Opens the details modal with `button`, collects the leaks with it open, closes it. */
async function leaksWithDetailsOpen(page: Page, button: string, index: number) {
  const opener = operations(page)
    .getByRole('button', { name: new RegExp(`^${button}`) })
    .nth(index);
  await opener.click();
  const dialog = detailsDialog(page);
  await dialog.waitFor();
  // The modal's content is there once its facts are.
  await dialog.locator('dl').first().waitFor();
  const leaks = await findLeaks(page);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return leaks.map((leak) => `with the details of "${button}" #${index + 1} open: ${leak}`);
}

describe('nothing technical reaches an operator', () => {
  const app = useProductionApp();

  test('the VM list shows no tool name, path, internal step or missing-data text', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'leaks-vm-list', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      // Every card has settled: a badge with a status (none still "Checking…").
      await page.getByRole('link', { name: 'leaky-vm' }).waitFor();
      await page.getByText('Checking…').first().waitFor({ state: 'detached' });
      await waitForQuiet(page);
      assert.deepEqual(await findLeaks(page), []);
    });
  });

  for (const vm of SCENARIO_NAMES) {
    test(`${vm}: no tool name, path, internal step or missing-data text on the page or in its details`, async () => {
      const { page } = app.view;
      await withArtifacts(app.view, `leaks-${vm}`, async () => {
        // Every failure the backend reports has its details opened: the banner's and each job's.
        const mock = app.stack.mock?.state;
        assert.ok(mock);
        // Raw statuses (replication_failed, a rollback recorded completed with a failed step)
        // count as the contract reads them.
        const context = mock.getVmContext(vm);
        const lastFailed =
          context !== null &&
          v.parse(VmContextResponseSchema, context).lastOperation?.status === 'failed';
        const jobsBody = mock.getRecentJobs(context?.context.context_id ?? '');
        const failedJobs = jobsBody
          ? v
              .parse(RecentJobsResponseSchema, jobsBody)
              .jobs.filter((job) => job.status === 'failed').length
          : 0;

        await openVmPage(page, app.stack.hostUrl, vm, 'operator');
        if (lastFailed) await failureBanner(page).waitFor();
        await waitForQuiet(page);
        const leaks = await findLeaks(page);
        assert.equal(await failureBanner(page).count(), lastFailed ? 1 : 0, 'failure banner');
        assert.equal(
          await operations(page)
            .getByRole('button', { name: /^View details of/ })
            .count(),
          failedJobs,
          'a details button per failed job',
        );

        if (lastFailed) leaks.push(...(await leaksWithDetailsOpen(page, 'View Details', 0)));
        for (let index = 0; index < failedJobs; index += 1) {
          leaks.push(...(await leaksWithDetailsOpen(page, 'View details of', index)));
        }

        assert.deepEqual(leaks, []);
      });
    });
  }

  test('the leak scan finds what the leaky backend sends when it is put on a page', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'leaks-scan-self-check', async () => {
      // The backend's raw texts, printed as a careless GUI would: the scan must catch each.
      const leakyBody = await (
        await fetch(`${app.stack.apiUrl}/api/v1/vm-contexts/leaky-vm`)
      ).text();
      await page.setContent(
        `<main><p>${leakyBody.replace(/</g, '&lt;')}</p><p>Progress: NaN%</p></main>`,
      );
      const leaks = (await findLeaks(page)).join('\n');
      for (const expected of ['virt-v2v', 'VirtIO', '/dev/', '/var/', 'nbdkit', 'NaN']) {
        assert.ok(leaks.includes(expected), `the scan misses ${expected}:\n${leaks}`);
      }
      assert.match(leaks, /virtio-driver-injection/);
    });
  });
});
