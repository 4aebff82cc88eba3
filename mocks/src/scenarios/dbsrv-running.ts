import { buildJob } from '../fixtures/builders';
import { replicationJobId } from '../fixtures/ids';
import { DAY, HOUR, isoAt, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { group, idealisedSeed, replicationJob, summaryOf, trackedJob } from './idealised';
import { displayNameFor, REPLICATION_STEPS } from './operations';

/** How long ago the running replication of dbsrv-running started. */
const RUNNING_REPLICATION_AGE = 12 * MINUTE;
/** Its progress when the state is created or reset. */
export const RUNNING_REPLICATION_INITIAL_PROGRESS = 35;
/** Its size when complete. */
export const RUNNING_REPLICATION_TOTAL_BYTES = 8_589_934_592;

export const dbsrvRunning = defineScenario({
  meta: {
    vmName: 'dbsrv-running',
    title: 'Replication running',
    description:
      'An incremental replication is copying disk data; its progress advances with time until it completes.',
    contextId: 'ctx-dbsrv-running-20250930-143355',
    vmwareVmId: '420592f6-7d41-0e8b-a6c3-4b1f9e2d8c70',
  },
  seed(now, meta) {
    const vmName = meta.vmName;
    const startedAt = now - RUNNING_REPLICATION_AGE;
    const running = buildJob({
      job_id: replicationJobId(startedAt),
      job_type: 'replication',
      status: 'running',
      progress: RUNNING_REPLICATION_INITIAL_PROGRESS,
      started_at: isoAt(startedAt),
      completed_at: undefined,
      display_name: displayNameFor('replication', 'running'),
      current_step: 'Copying disk data',
      data_source: 'replication_jobs',
      duration_seconds: undefined,
      bytes_transferred: Math.round(
        (RUNNING_REPLICATION_TOTAL_BYTES * RUNNING_REPLICATION_INITIAL_PROGRESS) / 100,
      ),
    });
    const rollback = trackedJob(now, {
      vmName,
      jobType: 'rollback',
      status: 'completed',
      endedAgo: 2 * DAY,
      durationSeconds: 71,
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'replicating',
        current_job_id: running.job_id ?? null,
        os_type: 'linux',
      },
      lastOperation: summaryOf(rollback, { steps_completed: 4, steps_total: 4 }),
      jobs: [
        running,
        replicationJob(now, { endedAgo: DAY, durationSeconds: 655, bytes: 6_979_321_856 }),
        rollback,
        trackedJob(now, {
          vmName,
          jobType: 'test_failover',
          status: 'completed',
          endedAgo: 2 * DAY + HOUR,
          durationSeconds: 301,
        }),
        replicationJob(now, { endedAgo: 3 * DAY, durationSeconds: 3120, bytes: 53_687_091_200 }),
      ],
      running: [
        {
          jobId: running.job_id ?? '',
          initialProgress: RUNNING_REPLICATION_INITIAL_PROGRESS,
          steps: REPLICATION_STEPS,
          totalBytes: RUNNING_REPLICATION_TOTAL_BYTES,
        },
      ],
      groups: [group('Production Databases', 1)],
      storage: 200,
    });
  },
});
