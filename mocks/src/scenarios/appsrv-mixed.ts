import { HOUR, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { group, idealisedSeed, replicationJob, summaryOf, trackedJob } from './idealised';

export const appsrvMixed = defineScenario({
  meta: {
    vmName: 'appsrv-mixed',
    title: 'Every job type, unsorted',
    description:
      'All job types (and one the backend cannot name) in every status, returned out of order; a rollback failed.',
    contextId: 'ctx-appsrv-mixed-20250925-080000',
    vmwareVmId: '4205e8a1-0c3d-5f72-b914-6a2d7e9c3f58',
  },
  seed(now, meta) {
    const vmName = meta.vmName;
    const failedRollback = trackedJob(now, {
      vmName,
      jobType: 'rollback',
      status: 'failed',
      endedAgo: 2 * HOUR,
      durationSeconds: 51,
      overrides: {
        progress: 25,
        current_step: 'Deleting Test VM',
        error_message: 'The cloud platform did not respond in time',
        error_category: 'platform',
        actionable_steps: [
          'Retry the rollback in a few minutes',
          'Check the OSSEA platform status with your administrator',
        ],
        technical_details: { tool: 'cloudstack-api', command: 'destroyVirtualMachine', http: 504 },
      },
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'cleanup_required',
        os_type: 'windows',
      },
      lastOperation: summaryOf(failedRollback, {
        failed_step_internal: 'test-vm-deletion',
        steps_completed: 1,
        steps_total: 4,
      }),
      // Deliberately not newest-first: the GUI must sort.
      jobs: [
        replicationJob(now, { endedAgo: 6 * HOUR, durationSeconds: 402, bytes: 3_865_470_566 }),
        trackedJob(now, {
          vmName,
          jobType: 'live_failover',
          status: 'pending',
          endedAgo: MINUTE,
          durationSeconds: 0,
          overrides: { current_step: 'Waiting to Start' },
        }),
        trackedJob(now, {
          vmName,
          jobType: 'unknown',
          status: 'completed',
          endedAgo: 8 * HOUR,
          durationSeconds: 12,
        }),
        failedRollback,
        trackedJob(now, {
          vmName,
          jobType: 'test_failover',
          status: 'completed',
          endedAgo: 5 * HOUR,
          durationSeconds: 233,
        }),
        replicationJob(now, {
          endedAgo: 3 * HOUR,
          durationSeconds: 75,
          bytes: 402_653_184,
          status: 'cancelled',
          overrides: { progress: 18 },
        }),
        trackedJob(now, {
          vmName,
          jobType: 'rollback',
          status: 'completed',
          endedAgo: 4 * HOUR + 30 * MINUTE,
          durationSeconds: 58,
        }),
        trackedJob(now, {
          vmName,
          jobType: 'test_failover',
          status: 'cancelled',
          endedAgo: 7 * HOUR,
          durationSeconds: 41,
          overrides: { progress: 20 },
        }),
      ],
      groups: [group('Application Servers', 2), group('Quarterly DR Test', 5)],
      storage: 120,
    });
  },
});
