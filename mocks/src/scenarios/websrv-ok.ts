import { DAY, HOUR, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { group, idealisedSeed, replicationJob, summaryOf, trackedJob } from './idealised';

export const websrvOk = defineScenario({
  meta: {
    vmName: 'websrv-ok',
    title: 'All operations succeeded',
    description:
      'Replications, a test failover and its rollback, all completed; the last operation completed.',
    contextId: 'ctx-websrv-ok-20250928-110203',
    vmwareVmId: '42057d20-6b8e-91f4-3ca5-0d6e8b2f4a17',
  },
  seed(now, meta) {
    const rollback = trackedJob(now, {
      vmName: meta.vmName,
      jobType: 'rollback',
      status: 'completed',
      endedAgo: 2 * HOUR,
      durationSeconds: 64,
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'ready_for_failover',
        os_type: 'linux',
      },
      lastOperation: summaryOf(rollback, { steps_completed: 4, steps_total: 4 }),
      jobs: [
        replicationJob(now, { endedAgo: 30 * MINUTE, durationSeconds: 96, bytes: 536_870_912 }),
        rollback,
        trackedJob(now, {
          vmName: meta.vmName,
          jobType: 'test_failover',
          status: 'completed',
          endedAgo: 3 * HOUR,
          durationSeconds: 187,
        }),
        replicationJob(now, { endedAgo: DAY, durationSeconds: 1342, bytes: 12_884_901_888 }),
      ],
      groups: [group('Web Tier', 3)],
      storage: 40,
    });
  },
});
