import {
  buildFailedJob,
  EXAMPLE_CONTEXT_ID,
  EXAMPLE_FAILURE,
  EXAMPLE_REPLICATION_BYTES,
  EXAMPLE_VMWARE_VM_ID,
} from '../fixtures/builders';
import { externalJobId, stableUuid } from '../fixtures/ids';
import { DAY, HOUR, isoAt, SECOND } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { group, idealisedSeed, replicationJob, summaryOf } from './idealised';

export const pgtest1 = defineScenario({
  meta: {
    vmName: 'pgtest1',
    title: 'Failed test failover',
    description:
      'The brief\'s example: a test failover failed 25 seconds ago at "Preparing Drivers for Compatibility" (step 3 of 5, 60%), after completed replications.',
    contextId: EXAMPLE_CONTEXT_ID,
    vmwareVmId: EXAMPLE_VMWARE_VM_ID,
  },
  seed(now, meta) {
    const failedAt = now - 25 * SECOND;
    const startedAt = failedAt - EXAMPLE_FAILURE.durationSeconds * SECOND;
    const failure = buildFailedJob({
      job_id: stableUuid('pgtest1/test_failover/failed'),
      external_job_id: externalJobId('test_failover', 'pgtest1', startedAt),
      started_at: isoAt(startedAt),
      completed_at: isoAt(failedAt),
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'ready_for_failover',
        os_type: 'windows',
      },
      lastOperation: summaryOf(failure, {
        failed_step_internal: EXAMPLE_FAILURE.failedStepInternal,
        steps_completed: EXAMPLE_FAILURE.stepsCompleted,
        steps_total: EXAMPLE_FAILURE.stepsTotal,
      }),
      jobs: [
        failure,
        replicationJob(now, {
          endedAgo: 3 * HOUR,
          durationSeconds: 2494,
          bytes: EXAMPLE_REPLICATION_BYTES,
        }),
        // The brief's replication entry carries no started_at: consumers must cope.
        replicationJob(now, {
          endedAgo: DAY + 2 * HOUR,
          durationSeconds: 412,
          bytes: 3_328_599_654,
          overrides: { started_at: undefined },
        }),
      ],
      groups: [group('Production Databases', 1)],
      storage: 102,
    });
  },
});
