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

export const realCrashed = defineScenario({
  meta: realBackendMeta(
    'real-crashed',
    'Real backend: failure outside any step',
    'A live failover that crashed outside any step (failed, no error fields), a job of unknown type with category "unknown", and a running rollback listed as a live failover.',
    '20251004-084000',
  ),
  seed(now, meta) {
    const vm = meta.vmName;
    const failoverStart = now - 30 * MINUTE;
    const failover = trackedRow(now, {
      vm,
      startedAgo: 30 * MINUTE,
      durationSeconds: 71,
      jobType: 'live_failover',
      displayName: 'Live Failover',
      externalJobId: trackerId('unified', 'live', vm, failoverStart),
      status: 'failed',
      progress: 40,
      // Failed outside any step: no error fields, and as its step the last one that completed.
      overrides: { current_step: 'Powering Off Source VM' },
    });
    return realBackendSeed(meta, now, {
      context: {
        current_status: 'failed',
        total_jobs_run: 4,
        successful_jobs: 2,
        failed_jobs: 2,
        os_type: 'windows',
        last_job_at: goTime(now - 2 * MINUTE, SERVER_OFFSET),
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
        timestamp: goTime(failoverStart + 71 * SECOND, SERVER_OFFSET, 66_000_001),
        steps_completed: 2,
        steps_total: 5,
        duration_seconds: 71,
        external_job_id: failover.external_job_id,
      }),
      jobs: [
        // The rollback of that failover, running; its step id has no display name, so the
        // handler sends the id in Title Case.
        trackedRow(now, {
          vm,
          startedAgo: 2 * MINUTE,
          durationSeconds: 120,
          jobType: 'live_failover',
          displayName: 'Live Failover',
          externalJobId: trackerId('rollback', 'live', vm, now - 2 * MINUTE),
          status: 'running',
          progress: 50,
          overrides: { current_step: REAL_BACKEND_RAW_TEXTS.unmappedStep },
        }),
        failover,
        // An operation the handler cannot classify, failed in a step the sanitizer has no rule for.
        trackedRow(now, {
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
            actionable_steps: [...GENERIC_ACTIONABLE_STEPS],
          },
        }),
        replicationRow(now, {
          createdAgo: 5 * HOUR,
          durationSeconds: 281,
          status: 'completed',
          displayName: 'Replication Completed',
          progress: 100,
          bytes: 3_221_225_472,
          overrides: { current_step: 'Completed' },
        }),
      ],
    });
  },
});
