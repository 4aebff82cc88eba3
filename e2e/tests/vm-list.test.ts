import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SCENARIO_NAMES } from '@migratekit/mocks';
import { VmContextResponseSchema } from '@migratekit/oma-api';
import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { failureBanner, visibleText, waitForOperations } from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';

const OPERATION_LABELS: Record<string, string> = {
  replication: 'Replication',
  test_failover: 'Test Failover',
  live_failover: 'Live Failover',
  rollback: 'Rollback',
};

/** The VM list's card of `vmName`. */
function card(page: Page, vmName: string) {
  return page
    .getByRole('list', { name: 'VMs' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: vmName, exact: true }) });
}

describe('the VM list', () => {
  const app = useProductionApp();

  test("each VM card shows its last operation's status from the remote's badge", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'vm-list-badges', async () => {
      const mock = app.stack.mock?.state;
      assert.ok(mock);
      await page.goto(`${app.stack.hostUrl}/`);
      for (const vm of SCENARIO_NAMES) {
        // As the contract reads the summary: a rollback recorded completed with a failed step
        // is a failed rollback, whatever type the handler gave it.
        const body = mock.getVmContext(vm);
        const last = body ? v.parse(VmContextResponseSchema, body).lastOperation : null;
        const expected: string = last
          ? `${OPERATION_LABELS[last.operationType]} ${last.status}`
          : 'No recent operations';
        const badge = card(page, vm).getByTestId('last-operation-badge');
        await badge.getByText(expected).waitFor();
        // The status in words (an icon may come before it), and nothing after it.
        const lines = (await visibleText(badge)).trim().split('\n');
        assert.equal(lines.at(-1)?.trim(), expected, `${vm}'s badge`);
      }
      assert.equal(await page.getByTestId('last-operation-badge').count(), SCENARIO_NAMES.length);
    });
  });

  test("clicking a VM card opens that VM's details page", async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'vm-list-open-card', async () => {
      await page.goto(`${app.stack.hostUrl}/`);
      const pgtest2 = card(page, 'pgtest2');
      await pgtest2.getByText('Live Failover failed').waitFor();
      // Anywhere on the card, not only its name: here, its lower right corner.
      const box = await pgtest2.boundingBox();
      assert.ok(box);
      await page.mouse.click(box.x + box.width - 12, box.y + box.height - 12);

      await page.waitForURL(`${app.stack.hostUrl}/vms/pgtest2`);
      await page.getByRole('heading', { name: 'pgtest2', level: 2 }).waitFor();
      await waitForOperations(page);
      assert.match(await visibleText(failureBanner(page)), /Live Failover failed/);
    });
  });
});
