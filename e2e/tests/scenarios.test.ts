import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  detailsDialog,
  expectJobs,
  failureBanner,
  jobItems,
  markPage,
  openVmPage,
  operations,
  pageWasKept,
  readFailureBanner,
  readJobs,
  visibleText,
  waitForQuiet,
} from '../support/app';
import { useProductionApp, withArtifacts } from '../support/fixture';

/** Lines of an element's visible text, trimmed, without empty ones. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The "What you can do" steps in a piece of visible text, in order. */
function stepsAfterWhatYouCanDo(text: string, count: number): string[] {
  const all = lines(text);
  const at = all.indexOf('What you can do:');
  assert.ok(at >= 0, `no "What you can do:" in:\n${text}`);
  return all.slice(at + 1, at + 1 + count);
}

describe("the brief's scenarios, as an operator", () => {
  // Running operations advance five times faster, so progress is seen moving within seconds.
  const app = useProductionApp({ mockSpeed: 5 });

  test('pgtest1: a failed test failover says where it stopped, why, and what to do', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'scenario-pgtest1', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest1');
      const { banner, text: bannerText } = await readFailureBanner(page);
      assert.match(bannerText, /Test Failover failed at step 3 of 5 \(60%\)/);
      assert.match(bannerText, /Failed Step: Preparing Drivers for Compatibility/);
      assert.match(bannerText, /Issue: KVM driver installation failed - compatibility issue/);
      assert.deepEqual(stepsAfterWhatYouCanDo(bannerText, 2), [
        'Try live failover (no driver modification)',
        'Verify VM is Windows-based',
      ]);
      for (const action of ['Dismiss', 'Try Live Failover', 'View Details']) {
        assert.ok(await banner.getByRole('button', { name: action, exact: true }).isVisible());
      }

      const [failed, replication] = await readJobs(page);
      assert.equal(failed?.title, 'Test Failover');
      assert.equal(failed?.status, 'failed');
      assert.match(failed?.text ?? '', /Failed \(60%\)/);
      assert.match(
        failed?.text ?? '',
        /Issue: KVM driver installation failed - compatibility issue/,
      );
      assert.deepEqual(stepsAfterWhatYouCanDo(failed?.text ?? '', 2), [
        'Try live failover (no driver modification)',
        'Verify VM is Windows-based',
      ]);
      assert.match(failed?.text ?? '', /\d+ seconds ago/);
      assert.equal(replication?.title, 'Replication Completed');
      assert.match(replication?.text ?? '', /26\.4 GB transferred/);
      assert.match(replication?.text ?? '', /3 hours ago/);

      await banner.getByRole('button', { name: 'View Details' }).click();
      const dialog = detailsDialog(page);
      await dialog.waitFor();
      const details = await visibleText(dialog);
      assert.match(details, /Test Failover failed/);
      assert.match(details, /VM\s+pgtest1/);
      assert.match(details, /Duration\s+25 seconds/);
      assert.match(details, /Progress\s+60% \(3 of 5 steps completed\)/);
      assert.match(details, /Failed step\s+Preparing Drivers for Compatibility/);
      assert.match(details, /Issue\s+KVM driver installation failed - compatibility issue/);
      assert.match(details, /Category\s+Compatibility/);
      assert.deepEqual(stepsAfterWhatYouCanDo(details, 2), [
        'Try live failover (no driver modification)',
        'Verify VM is Windows-based',
      ]);
    });
  });

  test('pgtest2: a failed live failover shows its network issue and steps, and offers no live failover', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'scenario-pgtest2', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest2');
      const { banner, text: bannerText } = await readFailureBanner(page);
      assert.match(bannerText, /Live Failover failed at step 4 of 6 \(75%\)/);
      assert.match(bannerText, /Failed Step: Configuring Network/);
      assert.match(bannerText, /Issue: Network configuration could not be applied to the new VM/);
      assert.deepEqual(stepsAfterWhatYouCanDo(bannerText, 3), [
        'Check the network mappings for this VM',
        'Verify that the destination network exists in OSSEA',
        'Contact your administrator if the problem persists',
      ]);
      assert.equal(await banner.getByRole('button', { name: 'Try Live Failover' }).count(), 0);
      assert.ok(await banner.getByRole('button', { name: 'View Details' }).isVisible());

      const [failed] = await readJobs(page);
      assert.equal(failed?.title, 'Live Failover');
      assert.equal(failed?.status, 'failed');
      assert.match(failed?.text ?? '', /Failed \(75%\)/);
      assert.match(failed?.text ?? '', /Network configuration could not be applied to the new VM/);
    });
  });

  test('pgtest3: a failed rollback shows its storage issue and what to do', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'scenario-pgtest3', async () => {
      await openVmPage(page, app.stack.hostUrl, 'pgtest3');
      const { banner, text: bannerText } = await readFailureBanner(page);
      assert.match(bannerText, /Rollback failed at step 2 of 5 \(40%\)/);
      assert.match(bannerText, /Failed Step: Detaching Test Volumes/);
      assert.match(bannerText, /Issue: Storage volume could not be detached from the test VM/);
      assert.deepEqual(stepsAfterWhatYouCanDo(bannerText, 3), [
        'Wait a few minutes and retry the rollback',
        'Check that the test VM is powered off in OSSEA',
        'Contact your administrator if the volume stays attached',
      ]);

      const jobs = await expectJobs(page, [
        ['Rollback', 'failed'],
        ['Test Failover', 'completed'],
        ['Replication Completed', 'completed'],
        ['Replication Completed', 'completed'],
      ]);
      assert.match(jobs[0]?.text ?? '', /Failed \(40%\)/);

      await banner.getByRole('button', { name: 'View Details' }).click();
      const details = await visibleText(detailsDialog(page));
      assert.match(details, /Rollback failed/);
      assert.match(details, /Category\s+Storage/);
      assert.match(details, /Progress\s+40% \(2 of 5 steps completed\)/);
    });
  });

  test('websrv-ok: successful operations show as completed, with no failure banner', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'scenario-websrv-ok', async () => {
      await openVmPage(page, app.stack.hostUrl, 'websrv-ok');
      await waitForQuiet(page);
      assert.equal(await failureBanner(page).count(), 0);
      const jobs = await expectJobs(page, [
        ['Replication Completed', 'completed'],
        ['Rollback', 'completed'],
        ['Test Failover', 'completed'],
        ['Replication Completed', 'completed'],
      ]);
      for (const job of jobs) {
        assert.match(job.text, /\bCompleted\b/);
        assert.doesNotMatch(job.text, /Failed|Issue:/);
      }
      assert.match(jobs[0]?.text ?? '', /512 MB transferred/);
      assert.match(jobs[0]?.text ?? '', /30 minutes ago/);
      assert.equal(
        await operations(page)
          .getByRole('button', { name: /View details/i })
          .count(),
        0,
      );
    });
  });

  test('appsrv-mixed: every job type and status in one list, newest first', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'scenario-appsrv-mixed', async () => {
      const response = await fetch(
        `${app.stack.apiUrl}/api/v1/vm-contexts/ctx-appsrv-mixed-20250925-080000/recent-jobs`,
      );
      const { jobs: sent } = (await response.json()) as {
        jobs: Array<{
          display_name: string;
          status: string;
          job_type: string;
          started_at: string;
          completed_at?: string;
        }>;
      };
      // The time the list shows for a job: when it started while active, else when it ended.
      const shownTime = (job: (typeof sent)[number]) =>
        job.status === 'running' || job.status === 'pending'
          ? job.started_at
          : (job.completed_at ?? job.started_at);
      const expected = [...sent]
        .sort((a, b) => Date.parse(shownTime(b)) - Date.parse(shownTime(a)))
        .map((job) => ({
          title: job.display_name,
          status: job.status,
          time: new Date(shownTime(job)).toISOString(),
        }));
      assert.notDeepEqual(
        sent.map((job) => job.display_name),
        expected.map((job) => job.title),
        'the API sends the jobs unsorted',
      );
      assert.deepEqual(
        new Set(sent.map((job) => job.job_type)),
        new Set(['replication', 'test_failover', 'live_failover', 'rollback', 'unknown']),
      );

      await openVmPage(page, app.stack.hostUrl, 'appsrv-mixed');
      const shown = await readJobs(page);
      assert.deepEqual(
        shown.map(({ title, status, time }) => ({
          title,
          status,
          time: time && new Date(time).toISOString(),
        })),
        expected,
      );
      // What a reader sees agrees: each item's age is at least the one above it.
      const ages = shown.map((job) => {
        const match = /(\d+|an?) (minute|hour)s? ago/.exec(job.text);
        assert.ok(match, `no relative time in ${JSON.stringify(job.text)}`);
        const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : 1;
        return count * (match[2] === 'hour' ? 60 : 1);
      });
      assert.deepEqual(
        ages,
        [...ages].sort((a, b) => a - b),
      );
      assert.match(shown[0]?.text ?? '', /Pending/);
    });
  });

  test('dbsrv-running: the progress bar and percent of a running replication advance without a reload', async () => {
    const { page } = app.view;
    await withArtifacts(app.view, 'scenario-dbsrv-running', async () => {
      await openVmPage(page, app.stack.hostUrl, 'dbsrv-running');
      const running = jobItems(page).filter({ hasText: 'Replication In Progress' });
      const bar = running.getByRole('progressbar');
      await bar.waitFor();
      await markPage(page);
      const readProgress = async () => {
        const value = Number(await bar.getAttribute('aria-valuenow'));
        const text = await visibleText(running);
        const percent = /Running \((\d+)%\)/.exec(text);
        assert.ok(percent, `no "Running (N%)" in ${JSON.stringify(text)}`);
        return { value, percent: Number(percent[1]) };
      };
      const before = await readProgress();
      assert.ok(before.value >= 35 && before.value < 100, `progress ${before.value}`);
      assert.match(await visibleText(running), /Current step: Copying disk data/);

      // The list refreshes every 3 s while something runs: a few refreshes must show progress.
      await page.waitForFunction(
        (initial) => {
          const bar = document.querySelector('[data-testid="vm-operations"] [role="progressbar"]');
          return Number(bar?.getAttribute('aria-valuenow')) > initial;
        },
        before.value,
        { timeout: 12_000, polling: 250 },
      );
      const after = await readProgress();
      assert.ok(after.value > before.value, `bar: ${before.value} → ${after.value}`);
      assert.ok(after.percent > before.percent, `percent: ${before.percent}% → ${after.percent}%`);
      assert.ok(await pageWasKept(page), 'the page was not reloaded');
    });
  });
});
