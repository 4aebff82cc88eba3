import {
  axeInAct,
  briefLeaksIn,
  completedReplicationWire,
  type JobListState,
  jobListViewOf,
  makeJob,
  readableText,
  renderWithProviders,
  runningReplicationWire,
  screen,
  TEST_NOW,
  within,
} from '../../test-utils';
import { JOBS_FIRST_RENDER, UnifiedJobList } from './UnifiedJobList';

const failedJob = makeJob();
const replication = makeJob({}, completedReplicationWire);
const running = makeJob({}, runningReplicationWire);

/** The list of the data hooks' `state` (the brief's two jobs by default). */
function renderList(state: Partial<JobListState> = {}) {
  const onRetry = jest.fn();
  const onSelectJob = jest.fn();
  const view = jobListViewOf(
    {
      jobs: [failedJob, replication],
      isLoading: false,
      error: null,
      isStale: false,
      lastUpdatedAt: TEST_NOW - 120_000,
      ...state,
    },
    TEST_NOW,
  );
  const result = renderWithProviders(
    <UnifiedJobList view={view} onRetry={onRetry} onSelectJob={onSelectJob} now={TEST_NOW} />,
  );
  return { ...result, onRetry, onSelectJob };
}

const items = () => screen.getAllByRole('article');

/** `count` jobs, newest first, an hour apart; every fifth failed. Titles say which is which. */
function manyJobs(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const startedAt = new Date(TEST_NOW - (index + 1) * 3_600_000).toISOString();
    const wire = index % 5 === 0 ? undefined : completedReplicationWire;
    return makeJob(
      {
        job_id: `job-${index}`,
        display_name: `Operation ${index}`,
        started_at: startedAt,
        completed_at: startedAt,
      },
      wire,
    );
  });
}

const titles = () => items().map((item) => within(item).getByRole('heading').textContent);

describe('UnifiedJobList', () => {
  it("shows the brief's failed test failover and completed replication in one list", () => {
    renderList();
    expect(screen.getByRole('heading', { name: 'Recent Operations' })).toBeInTheDocument();
    const [failed, completed] = items();
    if (!failed || !completed) throw new Error('expected two operations');

    expect(within(failed).getByRole('img', { name: 'Test failover' })).toHaveAttribute(
      'data-icon',
      'test-failover',
    );
    expect(within(failed).getByRole('heading', { name: 'Test Failover' })).toBeInTheDocument();
    expect(within(failed).getByText('Failed (60%)')).toBeInTheDocument();
    expect(
      within(failed).getByText('Issue: KVM driver installation failed - compatibility issue'),
    ).toBeInTheDocument();
    const steps = within(failed).getByRole('list', { name: 'What you can do:' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Try live failover (no driver modification)', 'Verify VM is Windows-based']);
    expect(within(failed).getByText('25 seconds ago')).toBeInTheDocument();
    expect(within(failed).getByText('Duration: 25 seconds')).toBeInTheDocument();

    expect(within(completed).getByRole('img', { name: 'Replication' })).toHaveAttribute(
      'data-icon',
      'replication',
    );
    expect(
      within(completed).getByRole('heading', { name: 'Replication Completed' }),
    ).toBeInTheDocument();
    expect(within(completed).getByText('Completed')).toBeInTheDocument();
    expect(within(completed).getByText('26.4 GB transferred')).toBeInTheDocument();
    expect(within(completed).getByText('3 hours ago')).toBeInTheDocument();
    expect(within(completed).queryByText(/Issue:/)).not.toBeInTheDocument();
    expect(within(completed).queryByRole('button')).not.toBeInTheDocument();
  });

  it('keeps the order it is given (newest first)', () => {
    renderList({ jobs: [running, failedJob, replication] });
    expect(items().map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Replication In Progress',
      'Test Failover',
      'Replication Completed',
    ]);
  });

  it("shows a running job's progress bar, percent and current step", () => {
    renderList({ jobs: [running] });
    const bar = screen.getByRole('progressbar', { name: 'Replication In Progress progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '45');
    expect(screen.getByText('Running (45%)')).toBeInTheDocument();
    expect(screen.getByText('45%')).toBeInTheDocument();
    expect(screen.getByText('Current step: Copying disk data')).toBeInTheDocument();
    expect(screen.getByText('Started 2 minutes ago')).toBeInTheDocument();
    expect(screen.getByText('12 GB transferred so far')).toBeInTheDocument();
  });

  it('opens a failed job\'s details from its "View details" button, by mouse or keyboard', async () => {
    const { user, onSelectJob } = renderList();
    await user.click(screen.getByRole('button', { name: 'View details of Test Failover' }));
    expect(onSelectJob).toHaveBeenCalledWith(failedJob.jobId);

    onSelectJob.mockClear();
    screen.getByRole('button', { name: 'View details of Test Failover' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelectJob).toHaveBeenCalledWith(failedJob.jobId);
  });

  it('uses one layout for every job type', () => {
    const jobs = (
      ['replication', 'test_failover', 'live_failover', 'rollback', 'unknown'] as const
    ).map((jobType, index) =>
      makeJob({
        job_id: `job-${jobType}`,
        job_type: jobType,
        display_name: undefined,
        status: index % 2 === 0 ? 'completed' : 'failed',
      }),
    );
    renderList({ jobs });
    const headings = items().map((item) => within(item).getByRole('heading').textContent);
    expect(headings).toEqual([
      'Replication',
      'Test Failover',
      'Live Failover',
      'Rollback',
      'Operation',
    ]);
    for (const item of items()) {
      expect(within(item).getAllByRole('img')).toHaveLength(1);
      expect(item.className).toBe(items()[0]?.className);
    }
  });

  it('shows a skeleton while loading', () => {
    renderList({ jobs: undefined, isLoading: true });
    expect(screen.getByText('Loading recent operations…')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Recent Operations' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  });

  it('says so when the VM has no operations', () => {
    renderList({ jobs: [] });
    expect(screen.getByText('No operations yet for this VM')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows the error and retries on request', async () => {
    const { user, onRetry } = renderList({
      jobs: undefined,
      error: { userMessage: 'The migration service could not be reached.' },
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Recent operations could not be loaded');
    expect(alert).toHaveTextContent('The migration service could not be reached.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps stale data visible with a notice when a refresh fails', async () => {
    const { user, onRetry } = renderList({
      isStale: true,
      error: { userMessage: 'The migration service took too long to respond.' },
    });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Showing data from 2 minutes ago; refreshing failed.');
    expect(items()).toHaveLength(2);
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('never shows technical or broken text, whatever the API sends', () => {
    const leaky = makeJob({
      job_id: 'leaky',
      display_name: 'virt-v2v-in-place',
      current_step: 'virtio-driver-injection',
      error_message: 'virt-v2v-in-place failed at /dev/vdc',
      error_category: 'storage',
      actionable_steps: ['Check /var/log/virt-v2v.log', 'Re-run nbdkit_connect'],
      progress: 'lots' as unknown as number,
      started_at: '0001-01-01T00:00:00Z',
      completed_at: 'yesterday-ish',
      duration_seconds: -5,
    });
    const runningLeak = makeJob(
      { job_id: 'leaky-running', current_step: 'nbdkit_connect', progress: 180 },
      runningReplicationWire,
    );
    const { container } = renderList({ jobs: [leaky, runningLeak] });
    expect(briefLeaksIn(readableText(container))).toEqual([]);
    expect(container).toHaveTextContent('Issue: Storage volume access error');
    expect(container).toHaveTextContent('Running (100%)');
  });

  it('has no accessibility violations', async () => {
    const { container } = renderList({ jobs: [running, failedJob, replication] });
    expect(await axeInAct(container)).toHaveNoViolations();
  });

  describe('with hundreds of jobs', () => {
    it('lists every job, newest first, the newest rendered at once and the rest after', () => {
      const jobs = manyJobs(300);
      renderList({ jobs });
      expect(JOBS_FIRST_RENDER).toBeLessThan(jobs.length);
      expect(titles()).toEqual(jobs.map((_, index) => `Operation ${index}`));
      // Once complete, the list is no longer announced as busy.
      expect(screen.getAllByRole('list')[0]).toHaveAttribute('aria-busy', 'false');
    });

    it('keeps every job reachable from the keyboard', async () => {
      const { user, onSelectJob } = renderList({ jobs: manyJobs(120) });
      const oldestFailed = screen.getByRole('button', { name: 'View details of Operation 115' });
      oldestFailed.focus();
      await user.keyboard('{Enter}');
      expect(onSelectJob).toHaveBeenCalledWith('job-115');

      await user.tab({ shift: true });
      expect(screen.getByRole('button', { name: 'View details of Operation 110' })).toHaveFocus();
    });

    it('shows a refresh with a new job on top, keeping the rest in order', () => {
      const jobs = manyJobs(150);
      const { rerender } = renderList({ jobs });
      const newest = makeJob({ job_id: 'job-new', display_name: 'Newest operation' });
      const changed = makeJob(
        { job_id: 'job-1', display_name: 'Operation 1, renamed' },
        completedReplicationWire,
      );
      rerender(
        <UnifiedJobList
          view={jobListViewOf(
            {
              jobs: [newest, jobs[0] as (typeof jobs)[number], changed, ...jobs.slice(2)],
              isLoading: false,
            },
            TEST_NOW,
          )}
          onRetry={() => {}}
          onSelectJob={() => {}}
          now={TEST_NOW}
        />,
      );
      expect(titles()).toHaveLength(151);
      expect(titles().slice(0, 4)).toEqual([
        'Newest operation',
        'Operation 0',
        'Operation 1, renamed',
        'Operation 2',
      ]);
      expect(titles().at(-1)).toBe('Operation 149');
    });

    it('has no accessibility violations', async () => {
      const { container } = renderList({ jobs: manyJobs(40) });
      expect(await axeInAct(container)).toHaveNoViolations();
    });
  });
});
