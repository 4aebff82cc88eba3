import { DAY, HOUR, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import {
  goTime,
  REAL_BACKEND_RAW_TEXTS,
  realBackendMeta,
  realBackendSeed,
  replicationRow,
  SERVER_OFFSET,
} from './realBackend';

export const realStalled = defineScenario({
  meta: realBackendMeta(
    'real-stalled',
    'Real backend: raw replication errors',
    'A replication_failed job and a failed one with the raw, unsanitized progress-poller and stall errors, no category and no steps.',
    '20251004-082000',
  ),
  seed: (now, meta) =>
    realBackendSeed(meta, now, {
      context: {
        current_status: 'failed',
        total_jobs_run: 3,
        successful_jobs: 1,
        failed_jobs: 2,
        os_type: 'windows',
        last_job_at: goTime(now - 10 * MINUTE, SERVER_OFFSET, 2),
      },
      lastOperation: null,
      jobs: [
        replicationRow(now, {
          createdAgo: 10 * MINUTE,
          durationSeconds: 95,
          status: 'replication_failed',
          displayName: 'Initial Replication',
          progress: 85,
          overrides: { error_message: REAL_BACKEND_RAW_TEXTS.snaPollingError },
        }),
        replicationRow(now, {
          createdAgo: 3 * HOUR,
          durationSeconds: 1_260,
          status: 'failed',
          displayName: 'Incremental Replication',
          progress: 37.5,
          bytes: 1_610_612_736,
          overrides: {
            current_step: 'Failed',
            error_message: REAL_BACKEND_RAW_TEXTS.stallError,
          },
        }),
        replicationRow(now, {
          createdAgo: DAY,
          durationSeconds: 2_494,
          status: 'completed',
          displayName: 'Replication Completed',
          progress: 100,
          bytes: 28_346_784_154,
          overrides: { current_step: 'Completed' },
        }),
      ],
    }),
});
