import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  REAL_BACKEND_RAW_TEXTS,
  REAL_BACKEND_SCENARIO_NAMES,
  REAL_BACKEND_VALUES_NOT_SHOWN,
} from '@migratekit/mocks';
import type { Page } from 'playwright-core';
import {
  detailsDialog,
  expectJobs,
  failureBanner,
  jobItems,
  markPage,
  openVmPage,
  operations,
  pageWasKept,
  type Role,
  readFailureBanner,
  readJobs,
  visibleText,
  waitForQuiet,
} from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';
import { findLeaks } from '../support/leaks';

/*
 * The feature against the bodies the real backend sends (the mocks' real-* VMs), in Chromium:
 * what an operator and an admin see, and that no raw wire value reaches the page.
 */

/**
 * Every leak the shared scan finds on the page, and every raw wire value in what the feature
 * shows (the host's own VM status, e.g. "Replicating", is plain words of its own).
 */
async function rawOnPage(page: Page): Promise<string[]> {
  const shown = [await visibleText(operations(page))];
  const dialog = detailsDialog(page);
  if ((await dialog.count()) > 0) shown.push(await visibleText(dialog));
  const text = shown.join('\n').toLowerCase();
  return [
    ...(await findLeaks(page)),
    ...REAL_BACKEND_VALUES_NOT_SHOWN.filter((raw) => text.includes(raw.toLowerCase())),
  ];
}

/** The VMs whose summary is a failure, so their page shows the banner. */
const WITH_BANNER: readonly string[] = ['real-rollback', 'real-crashed'];

/** Opens a VM's page as `role` and waits until every first answer has arrived. */
async function openSettled(page: Page, hostUrl: string, vm: string, role: Role = 'operator') {
  await openVmPage(page, hostUrl, vm, role);
  if (WITH_BANNER.includes(vm)) await failureBanner(page).waitFor();
  await waitForQuiet(page);
}

describe("the real backend's shapes, in the browser", () => {
  // Running operations advance five times faster: the replication's phases pass in seconds.
  const app = useProductionApp({ mockSpeed: 5 });

  for (const vm of REAL_BACKEND_SCENARIO_NAMES) {
    for (const role of ['operator', 'admin'] as const) {
      test(`${vm} as ${role}: no raw wire value on the page or in the details`, async () => {
        const { page } = app.view;
        await withArtifacts(app.view, `real-${vm}-${role}`, async () => {
          await openSettled(page, app.stack.hostUrl, vm, role);
          const found = await rawOnPage(page);
          const opener = operations(page)
            .getByRole('button', { name: /^View details/i })
            .first();
          if ((await opener.count()) > 0) {
            await opener.click();
            const dialog = detailsDialog(page);
            await dialog.waitFor();
            await dialog.locator('dl').first().waitFor();
            // Admins may open Technical Details; what it holds is for them, not checked here.
            if (role === 'operator') found.push(...(await rawOnPage(page)));
            assert.equal(
              await dialog.getByRole('button', { name: 'Technical Details' }).count(),
              role === 'admin' ? 1 : 0,
              'Technical Details for admins only',
            );
          }
          assert.deepEqual(found, []);
        });
      });
    }
  }

  test('real-empty: "jobs": null shows the empty state, not an error', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-empty', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-empty');
      await operations(page).getByText('No operations yet for this VM').waitFor();
      assert.equal(await failureBanner(page).count(), 0);
      assert.equal(await jobItems(page).count(), 0);
      assert.doesNotMatch(await visibleText(operations(page)), /could not be loaded|format/i);
    });
  });

  test('real-replicating: the replication runs through its raw phases without a reload', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-replicating', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-replicating');
      const running = jobItems(page).filter({ hasText: 'Incremental Replication' });
      await running.getByRole('progressbar').waitFor();
      await markPage(page);
      const stepOf = async () => /Current step: (.+)/.exec(await visibleText(running))?.[1];
      const first = await stepOf();
      assert.ok(first, 'a current step while it runs');
      assert.match(await visibleText(running), /Running \(\d+%\)/);
      // The fast refresh (3 s while something runs) shows the next phases' steps.
      await page.waitForFunction(
        (initial) => {
          const text = document.querySelector('[data-testid="vm-operations"] article')?.textContent;
          return text?.includes('Current step:') && !text.includes(`Current step: ${initial}`);
        },
        first,
        { timeout: 15_000, polling: 250 },
      );
      assert.notEqual(await stepOf(), first);
      assert.match(await visibleText(running), /Running \(\d+%\)/);
      assert.ok(await pageWasKept(page), 'the page was not reloaded');
    });
  });

  test('real-replicating: offset, nanosecond and zero times read right, newest first', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-replicating-times', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-replicating');
      const jobs = await readJobs(page);
      assert.deepEqual(
        jobs.map((job) => job.title),
        [
          'Incremental Replication',
          'Test Failover',
          'Replication Completed',
          'Replication Completed',
        ],
      );
      const [, , dayOld, zeroCreated] = jobs;
      assert.match(dayOld?.text ?? '', /Duration: 10 min 12 s/);
      assert.match(dayOld?.text ?? '', /23 hours ago/);
      assert.match(zeroCreated?.text ?? '', /2 days ago/);
      assert.doesNotMatch(zeroCreated?.text ?? '', /Duration/);
    });
  });

  test('real-stalled: each raw replication failure says what failed and what to do', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-stalled', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-stalled');
      const jobs = await readJobs(page);
      for (const job of jobs.slice(0, 2)) {
        assert.equal(job.status, 'failed', job.title);
        assert.match(job.text, /Issue: \S/);
        assert.match(job.text, /What you can do:\s+\S/);
      }
      assert.equal(await failureBanner(page).count(), 0, 'replications write no summary');
    });
  });

  test('real-rollback: a rollback listed as a test failover, whose step failed', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-rollback', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-rollback');
      const [rollback, failover] = await readJobs(page);
      assert.equal(rollback?.title, 'Rollback');
      assert.equal(failover?.title, 'Test Failover');
      assert.equal(
        await jobItems(page).first().getByRole('img', { name: 'Rollback' }).count(),
        1,
        'the rollback icon',
      );
      const { text } = await readFailureBanner(page);
      assert.match(text, /Rollback failed at step 3 of 4 \(75%\)/);
      assert.match(text, /Issue: \S/);
      assert.match(text, /Try operation again/);
    });
  });

  test('real-rollback as admin: the internal step id is in Technical Details only', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-rollback-admin', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-rollback', 'admin');
      await failureBanner(page).getByRole('button', { name: 'View Details' }).click();
      const dialog = detailsDialog(page);
      await dialog.waitFor();
      assert.doesNotMatch(await visibleText(dialog), /legacy-cloudstack-snapshot-rollback/);
      await dialog.getByRole('button', { name: 'Technical Details' }).click();
      await dialog.getByText(REAL_BACKEND_RAW_TEXTS.unmappedStepId).waitFor();
    });
  });

  test('real-crashed: a failure outside any step, a running rollback, an unknown job', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'real-crashed', async () => {
      await openSettled(page, app.stack.hostUrl, 'real-crashed');
      const { text } = await readFailureBanner(page);
      assert.match(text, /Live Failover failed at step 2 of 5 \(40%\)/);
      assert.doesNotMatch(text, /Failed Step/);
      assert.match(text, /Issue: \S/);
      assert.match(text, /What you can do:\s+\S/);

      const jobs = await expectJobs(page, [
        ['Rollback', 'running'],
        ['Live Failover', 'failed'],
        ['Replication Completed', 'completed'],
        ['Operation', 'failed'],
      ]);
      assert.match(jobs[0]?.text ?? '', /Running \(50%\)/);
      assert.match(jobs[3]?.text ?? '', /Issue: Cleanup Operations failed/);
    });
  });
});
