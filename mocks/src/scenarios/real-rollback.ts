import { buildLastOperation } from '../fixtures/builders';
import { HOUR, MINUTE, SECOND } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import {
  GENERIC_ACTIONABLE_STEPS,
  goTime,
  REAL_BACKEND_RAW_TEXTS,
  realBackendMeta,
  realBackendSeed,
  replicationRow,
  SERVER_OFFSET,
  trackedRow,
  trackerId,
} from './realBackend';

export const realRollback = defineScenario({
  meta: realBackendMeta(
    'real-rollback',
    'Real backend: rollback as a test failover',
    'A rollback listed as "Test Failover" (external id rollback-…) whose unmapped step "Legacy Cloudstack Snapshot Rollback" failed, and whose summary records it as completed with the error fields.',
    '20251004-083000',
  ),
  seed(now, meta) {
    const vm = meta.vmName;
    const rollbackStart = now - 20 * MINUTE;
    const rollbackId = trackerId('rollback', 'test', vm, rollbackStart);
    // Three of its four steps completed; the fourth failed, yet the deferred completion records
    // the job and its summary as completed. The handler lists no error (the job is not failed).
    const rollback = trackedRow(now, {
      vm,
      startedAgo: 20 * MINUTE,
      durationSeconds: 48,
      jobType: 'test_failover',
      displayName: 'Test Failover',
      externalJobId: rollbackId,
      status: 'completed',
      progress: 75,
    });
    const failoverStart = now - 2 * HOUR;
    return realBackendSeed(meta, now, {
      context: {
        current_status: 'ready_for_failover',
        total_jobs_run: 4,
        successful_jobs: 4,
        failed_jobs: 0,
        os_type: 'linux',
        last_job_at: goTime(rollbackStart, SERVER_OFFSET),
      },
      lastOperation: buildLastOperation({
        job_id: rollback.job_id ?? undefined,
        operation_type: 'rollback',
        status: 'completed',
        progress: 75,
        failed_step: REAL_BACKEND_RAW_TEXTS.unmappedStep,
        failed_step_internal: REAL_BACKEND_RAW_TEXTS.unmappedStepId,
        // The sanitizer's generic answer for a step it has no rule for.
        error_message: `${REAL_BACKEND_RAW_TEXTS.unmappedStep} failed`,
        error_category: 'unknown',
        error_severity: 'error',
        actionable_steps: [...GENERIC_ACTIONABLE_STEPS],
        timestamp: goTime(rollbackStart + 48 * SECOND, SERVER_OFFSET, 381_004_227),
        steps_completed: 3,
        steps_total: 4,
        duration_seconds: 48,
        technical_details: undefined,
        external_job_id: rollbackId,
      }),
      jobs: [
        rollback,
        trackedRow(now, {
          vm,
          startedAgo: 2 * HOUR,
          durationSeconds: 231,
          jobType: 'test_failover',
          displayName: 'Test Failover',
          externalJobId: trackerId('unified', 'test', vm, failoverStart),
          status: 'completed',
          progress: 100,
          overrides: { current_step: 'Finalizing VM State' },
        }),
        replicationRow(now, {
          createdAgo: 3 * HOUR,
          durationSeconds: 342,
          status: 'completed',
          displayName: 'Replication Completed',
          progress: 100,
          bytes: 2_684_354_560,
          overrides: { current_step: 'Completed' },
        }),
      ],
    });
  },
});
