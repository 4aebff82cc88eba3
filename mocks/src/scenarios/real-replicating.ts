import { buildCompletedLastOperation } from '../fixtures/builders';
import { stableUuid } from '../fixtures/ids';
import { DAY, HOUR, MINUTE, SECOND, ZERO_TIMESTAMP } from '../fixtures/time';
import * as real from './realBackend';

export const realReplicating = real.defineRealBackendScenario({
  vmName: 'real-replicating',
  title: 'Real backend: replication phases',
  description:
    'A replication advancing through every raw status (initializing … finalizing), history with nanosecond times in other offsets and a zero created_at (duration 9223372036 s).',
  contextStamp: '20251004-081000',
  seed(now, vm) {
    const running = real.replicationRow(now, {
      createdAgo: 4 * MINUTE,
      status: 'initializing',
      displayName: 'Incremental Replication',
      progress: 0,
      bytes: 0,
    });
    const summaryTime = now - 5 * HOUR;
    return {
      context: {
        current_status: 'replicating',
        current_job_id: running.job_id ?? null,
        total_jobs_run: 4,
        successful_jobs: 4,
        failed_jobs: 0,
        os_type: 'linux',
        last_job_at: real.serverTime(now - 4 * MINUTE, 118_204_557),
      },
      lastOperation: buildCompletedLastOperation({
        job_id: stableUuid(`${vm}/test-failover`),
        operation_type: 'test_failover',
        actionable_steps: undefined,
        // `time.Now()` marshalled by the engine: nanoseconds, the server's offset.
        timestamp: real.serverTime(summaryTime, 734_912_118),
        steps_completed: 7,
        steps_total: 7,
        duration_seconds: 204,
        external_job_id: real.trackerId('unified', 'test', vm, summaryTime - 204 * SECOND),
      }),
      jobs: [
        running,
        real.completedReplicationRow(now, {
          createdAgo: DAY,
          durationSeconds: 612,
          bytes: 4_831_838_208,
          overrides: {
            // Read back in the server's zone, with nanoseconds.
            started_at: real.serverTime(now - DAY, 118_204_557),
            completed_at: real.goTime(now - DAY + 612 * SECOND, -300, 907_114_002),
          },
        }),
        real.completedTestFailoverRow(now, vm, 5 * HOUR + 204 * SECOND, 204),
        // A row whose created_at was never set: the handler sends Go's zero time as its start,
        // and completed − zero as its duration.
        real.completedReplicationRow(now, {
          createdAgo: 2 * DAY,
          durationSeconds: 0,
          bytes: 53_687_091_200,
          overrides: {
            started_at: ZERO_TIMESTAMP,
            completed_at: real.serverTime(now - 2 * DAY, 1),
            duration_seconds: real.REAL_BACKEND_RAW_TEXTS.zeroTimeDuration,
          },
        }),
      ],
      running: [
        {
          jobId: running.job_id ?? '',
          initialProgress: 0,
          steps: real.REAL_REPLICATION_OPERATIONS,
          statuses: real.REAL_REPLICATION_STATUSES,
          totalBytes: 8_589_934_592,
        },
      ],
    };
  },
});
