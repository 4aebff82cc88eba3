import { DAY, HOUR, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { idealisedSeed, replicationJob, summaryOf, trackedJob } from './idealised';

export const pgtest3 = defineScenario({
  meta: {
    vmName: 'pgtest3',
    title: 'Failed rollback',
    description: 'A rollback of a test failover failed because a storage volume stayed attached.',
    contextId: 'ctx-pgtest3-20251001-163012',
    vmwareVmId: '4205c3e9-1f7a-24b6-8d05-e9c2a4f07b31',
  },
  seed(now, meta) {
    const failure = trackedJob(now, {
      vmName: meta.vmName,
      jobType: 'rollback',
      status: 'failed',
      endedAgo: 45 * MINUTE,
      durationSeconds: 38,
      overrides: {
        progress: 40,
        current_step: 'Detaching Test Volumes',
        error_message: 'Storage volume could not be detached from the test VM',
        error_category: 'storage',
        actionable_steps: [
          'Wait a few minutes and retry the rollback',
          'Check that the test VM is powered off in OSSEA',
          'Contact your administrator if the volume stays attached',
        ],
        technical_details: {
          tool: 'cloudstack-api',
          command: 'detachVolume',
          volume_id: '7c2e9a1f-3b4d-4e5f-a6b7-c8d9e0f1a2b3',
          device: '/dev/vdc',
          error: 'Volume is in Attaching state; cannot detach',
        },
      },
    });
    const testFailover = trackedJob(now, {
      vmName: meta.vmName,
      jobType: 'test_failover',
      status: 'completed',
      endedAgo: 2 * HOUR,
      durationSeconds: 212,
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'cleanup_required',
        os_type: 'linux',
      },
      lastOperation: summaryOf(failure, {
        failed_step_internal: 'volume-detach',
        steps_completed: 2,
        steps_total: 5,
      }),
      jobs: [
        failure,
        testFailover,
        replicationJob(now, { endedAgo: 5 * HOUR, durationSeconds: 245, bytes: 1_288_490_189 }),
        replicationJob(now, { endedAgo: 3 * DAY, durationSeconds: 2210, bytes: 24_696_061_952 }),
      ],
      storage: 80,
    });
  },
});
