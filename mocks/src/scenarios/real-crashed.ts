import { buildLastOperation } from '../fixtures/builders';
import { HOUR, MINUTE, SECOND } from '../fixtures/time';
import * as real from './realBackend';

export const realCrashed = real.defineRealBackendScenario({
  vmName: 'real-crashed',
  title: 'Real backend: failure outside any step',
  description:
    'A live failover that crashed outside any step (failed, no error fields), a job of unknown type with category "unknown", and a running rollback listed as a live failover.',
  contextStamp: '20251004-084000',
  seed(now, vm) {
    const failoverStart = now - 30 * MINUTE;
    const failover = real.trackedRow(now, {
      vm,
      startedAgo: 30 * MINUTE,
      durationSeconds: 71,
      jobType: 'live_failover',
      displayName: 'Live Failover',
      externalJobId: real.trackerId('unified', 'live', vm, failoverStart),
      status: 'failed',
      progress: 40,
      // Failed outside any step: no error fields, and as its step the last one that completed.
      overrides: { current_step: 'Powering Off Source VM' },
    });
    return {
      context: {
        current_status: 'failed',
        total_jobs_run: 4,
        successful_jobs: 2,
        failed_jobs: 2,
        os_type: 'windows',
        last_job_at: real.serverTime(now - 2 * MINUTE),
      },
      lastOperation: buildLastOperation({
        job_id: failover.job_id ?? undefined,
        operation_type: 'live_failover',
        status: 'failed',
        progress: 40,
        failed_step: undefined,
        failed_step_internal: undefined,
        error_message: undefined,
        error_category: undefined,
        error_severity: undefined,
        actionable_steps: undefined,
        technical_details: undefined,
        timestamp: real.serverTime(failoverStart + 71 * SECOND, 66_000_001),
        steps_completed: 2,
        steps_total: 5,
        duration_seconds: 71,
        external_job_id: failover.external_job_id,
      }),
      jobs: [
        // The rollback of that failover, running; its step id has no display name, so the
        // handler sends the id in Title Case.
        real.trackedRow(now, {
          vm,
          startedAgo: 2 * MINUTE,
          durationSeconds: 120,
          jobType: 'live_failover',
          displayName: 'Live Failover',
          externalJobId: real.trackerId('rollback', 'live', vm, now - 2 * MINUTE),
          status: 'running',
          progress: 50,
          overrides: { current_step: real.REAL_BACKEND_RAW_TEXTS.unmappedStep },
        }),
        failover,
        // An operation the handler cannot classify, failed in a step the sanitizer has no rule for.
        real.trackedRow(now, {
          vm,
          startedAgo: 6 * HOUR,
          durationSeconds: 19,
          jobType: 'unknown',
          displayName: 'Operation',
          externalJobId: undefined,
          status: 'failed',
          progress: 50,
          overrides: {
            current_step: 'Cleanup Operations',
            error_message: 'Cleanup Operations failed',
            error_category: 'unknown',
            actionable_steps: [...real.GENERIC_ACTIONABLE_STEPS],
          },
        }),
        real.completedReplicationRow(now, {
          createdAgo: 5 * HOUR,
          durationSeconds: 281,
          bytes: 3_221_225_472,
        }),
      ],
    };
  },
});
