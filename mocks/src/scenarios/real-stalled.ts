import { DAY, HOUR, MINUTE } from '../fixtures/time';
import * as real from './realBackend';

export const realStalled = real.defineRealBackendScenario({
  vmName: 'real-stalled',
  title: 'Real backend: raw replication errors',
  description:
    'A replication_failed job and a failed one with the raw, unsanitized progress-poller and stall errors, no category and no steps.',
  contextStamp: '20251004-082000',
  seed: (now) => ({
    context: {
      current_status: 'failed',
      total_jobs_run: 3,
      successful_jobs: 1,
      failed_jobs: 2,
      os_type: 'windows',
      last_job_at: real.serverTime(now - 10 * MINUTE, 2),
    },
    lastOperation: null,
    jobs: [
      real.replicationRow(now, {
        createdAgo: 10 * MINUTE,
        durationSeconds: 95,
        status: 'replication_failed',
        displayName: 'Initial Replication',
        progress: 85,
        overrides: { error_message: real.REAL_BACKEND_RAW_TEXTS.snaPollingError },
      }),
      real.replicationRow(now, {
        createdAgo: 3 * HOUR,
        durationSeconds: 1_260,
        status: 'failed',
        displayName: 'Incremental Replication',
        progress: 37.5,
        bytes: 1_610_612_736,
        overrides: {
          current_step: 'Failed',
          error_message: real.REAL_BACKEND_RAW_TEXTS.stallError,
        },
      }),
      real.completedReplicationRow(now, {
        createdAgo: DAY,
        durationSeconds: 2_494,
        bytes: 28_346_784_154,
      }),
    ],
  }),
});
