import { buildCompletedLastOperation } from '../fixtures/builders';
import { stableUuid } from '../fixtures/ids';
import { DAY, HOUR, MINUTE, SECOND, ZERO_TIMESTAMP } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import {
  goTime,
  REAL_BACKEND_RAW_TEXTS,
  REAL_REPLICATION_OPERATIONS,
  REAL_REPLICATION_STATUSES,
  realBackendMeta,
  realBackendSeed,
  replicationRow,
  SERVER_OFFSET,
  trackedRow,
  trackerId,
} from './realBackend';

export const realReplicating = defineScenario({
  meta: realBackendMeta(
    'real-replicating',
    'Real backend: replication phases',
    'A replication advancing through every raw status (initializing … finalizing), history with nanosecond times in other offsets and a zero created_at (duration 9223372036 s).',
    '20251004-081000',
  ),
  seed(now, meta) {
    const vm = meta.vmName;
    const running = replicationRow(now, {
      createdAgo: 4 * MINUTE,
      status: 'initializing',
      displayName: 'Incremental Replication',
      progress: 0,
      bytes: 0,
    });
    const summaryTime = now - 5 * HOUR;
    return realBackendSeed(meta, now, {
      context: {
        current_status: 'replicating',
        current_job_id: running.job_id ?? null,
        total_jobs_run: 4,
        successful_jobs: 4,
        failed_jobs: 0,
        os_type: 'linux',
        last_job_at: goTime(now - 4 * MINUTE, SERVER_OFFSET, 118_204_557),
      },
      lastOperation: buildCompletedLastOperation({
        job_id: stableUuid(`${vm}/test-failover`),
        operation_type: 'test_failover',
        actionable_steps: undefined,
        // `time.Now()` marshalled by the engine: nanoseconds, the server's offset.
        timestamp: goTime(summaryTime, SERVER_OFFSET, 734_912_118),
        steps_completed: 7,
        steps_total: 7,
        duration_seconds: 204,
        external_job_id: trackerId('unified', 'test', vm, summaryTime - 204 * SECOND),
      }),
      jobs: [
        running,
        replicationRow(now, {
          createdAgo: DAY,
          durationSeconds: 612,
          status: 'completed',
          displayName: 'Replication Completed',
          progress: 100,
          bytes: 4_831_838_208,
          overrides: {
            // Read back in the server's zone, with nanoseconds.
            started_at: goTime(now - DAY, SERVER_OFFSET, 118_204_557),
            completed_at: goTime(now - DAY + 612 * SECOND, -300, 907_114_002),
            current_step: 'Completed',
          },
        }),
        trackedRow(now, {
          vm,
          startedAgo: 5 * HOUR + 204 * SECOND,
          durationSeconds: 204,
          jobType: 'test_failover',
          displayName: 'Test Failover',
          externalJobId: trackerId('unified', 'test', vm, now - 5 * HOUR - 204 * SECOND),
          status: 'completed',
          progress: 100,
          overrides: { current_step: 'Finalizing VM State' },
        }),
        // A row whose created_at was never set: the handler sends Go's zero time as its start,
        // and completed − zero as its duration.
        replicationRow(now, {
          createdAgo: 2 * DAY,
          durationSeconds: 0,
          status: 'completed',
          displayName: 'Replication Completed',
          progress: 100,
          bytes: 53_687_091_200,
          overrides: {
            started_at: ZERO_TIMESTAMP,
            completed_at: goTime(now - 2 * DAY, SERVER_OFFSET, 1),
            duration_seconds: REAL_BACKEND_RAW_TEXTS.zeroTimeDuration,
            current_step: 'Completed',
          },
        }),
      ],
      running: [
        {
          jobId: running.job_id ?? '',
          initialProgress: 0,
          steps: REAL_REPLICATION_OPERATIONS,
          statuses: REAL_REPLICATION_STATUSES,
          totalBytes: 8_589_934_592,
        },
      ],
    });
  },
});
