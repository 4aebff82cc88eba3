import { buildLastOperation } from '../fixtures/builders';
import { HOUR, MINUTE, SECOND } from '../fixtures/time';
import * as real from './realBackend';

export const realRollback = real.defineRealBackendScenario({
  vmName: 'real-rollback',
  title: 'Real backend: rollback as a test failover',
  description:
    'A rollback listed as "Test Failover" (external id rollback-…) whose unmapped step "Legacy Cloudstack Snapshot Rollback" failed, and whose summary records it as completed with the error fields.',
  contextStamp: '20251004-083000',
  seed(now, vm) {
    const rollbackStart = now - 20 * MINUTE;
    const rollbackId = real.trackerId('rollback', 'test', vm, rollbackStart);
    // Three of its four steps completed; the fourth failed, yet the deferred completion records
    // the job and its summary as completed. The handler lists no error (the job is not failed).
    const rollback = real.trackedRow(now, {
      vm,
      startedAgo: 20 * MINUTE,
      durationSeconds: 48,
      jobType: 'test_failover',
      displayName: 'Test Failover',
      externalJobId: rollbackId,
      status: 'completed',
      progress: 75,
    });
    return {
      context: {
        current_status: 'ready_for_failover',
        total_jobs_run: 4,
        successful_jobs: 4,
        failed_jobs: 0,
        os_type: 'linux',
        last_job_at: real.serverTime(rollbackStart),
      },
      lastOperation: buildLastOperation({
        job_id: rollback.job_id ?? undefined,
        operation_type: 'rollback',
        status: 'completed',
        progress: 75,
        failed_step: real.REAL_BACKEND_RAW_TEXTS.unmappedStep,
        failed_step_internal: real.REAL_BACKEND_RAW_TEXTS.unmappedStepId,
        // The sanitizer's generic answer for a step it has no rule for.
        error_message: `${real.REAL_BACKEND_RAW_TEXTS.unmappedStep} failed`,
        error_category: 'unknown',
        error_severity: 'error',
        actionable_steps: [...real.GENERIC_ACTIONABLE_STEPS],
        timestamp: real.serverTime(rollbackStart + 48 * SECOND, 381_004_227),
        steps_completed: 3,
        steps_total: 4,
        duration_seconds: 48,
        technical_details: undefined,
        external_job_id: rollbackId,
      }),
      jobs: [
        rollback,
        real.completedTestFailoverRow(now, vm, 2 * HOUR, 231),
        real.completedReplicationRow(now, {
          createdAgo: 3 * HOUR,
          durationSeconds: 342,
          bytes: 2_684_354_560,
        }),
      ],
    };
  },
});
