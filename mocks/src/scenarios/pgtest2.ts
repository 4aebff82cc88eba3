import { DAY, HOUR, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { group, idealisedSeed, replicationJob, summaryOf, trackedJob } from './idealised';

export const pgtest2 = defineScenario({
  meta: {
    vmName: 'pgtest2',
    title: 'Failed live failover',
    description:
      'A live failover failed while configuring the network; none of its steps suggests a live failover.',
    contextId: 'ctx-pgtest2-20251002-091544',
    vmwareVmId: '42051b7c-93d2-6e18-c0af-7a3e55d1b902',
  },
  seed(now, meta) {
    const failure = trackedJob(now, {
      vmName: meta.vmName,
      jobType: 'live_failover',
      status: 'failed',
      endedAgo: 12 * MINUTE,
      durationSeconds: 142,
      overrides: {
        progress: 75,
        current_step: 'Configuring Network',
        error_message: 'Network configuration could not be applied to the new VM',
        error_category: 'network',
        actionable_steps: [
          'Check the network mappings for this VM',
          'Verify that the destination network exists in OSSEA',
          'Contact your administrator if the problem persists',
        ],
        technical_details: {
          tool: 'cloudstack-api',
          command: 'addNicToVirtualMachine',
          network_id: 'b3f1c2d4-0e9a-4c7b-8d6e-5a4f3b2c1d0e',
          error: 'Unable to find network by id b3f1c2d4-0e9a-4c7b-8d6e-5a4f3b2c1d0e',
        },
      },
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'failed',
        os_type: 'linux',
      },
      lastOperation: summaryOf(failure, {
        failed_step_internal: 'network-reconfiguration',
        steps_completed: 4,
        steps_total: 6,
      }),
      jobs: [
        failure,
        replicationJob(now, { endedAgo: 2 * HOUR, durationSeconds: 318, bytes: 2_147_483_648 }),
        replicationJob(now, { endedAgo: 2 * DAY, durationSeconds: 1875, bytes: 19_864_223_744 }),
      ],
      groups: [group('Production Databases', 2)],
      storage: 64,
    });
  },
});
