import { buildJob, buildLastOperation } from '../fixtures/builders';
import { externalJobId, replicationJobId, stableUuid } from '../fixtures/ids';
import { HOUR, isoAt, MINUTE, ZERO_TIMESTAMP } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { idealisedSeed } from './idealised';

/** The leaked texts of leaky-vm, for tests that assert none of them is displayed. */
export const LEAKY_TEXTS = {
  errorMessage: 'virt-v2v-in-place failed: cannot open /dev/vdc: VirtIO driver error',
  secondErrorMessage: 'VirtIO driver error at /dev/vdc (virtio_blk timeout)',
  internalSteps: ['virtio-driver-injection', 'nbdkit_connect'],
  pathStep: 'Check /var/lib/migratekit/logs/leaky-vm-replication.log for details',
} as const;

export const leakyVm = defineScenario({
  meta: {
    vmName: 'leaky-vm',
    title: 'Backend leaking internals',
    description:
      'Unsanitized errors, internal step names, file and device paths, zero timestamps, out-of-range progress and unknown values: nothing technical may reach an operator.',
    contextId: 'ctx-leaky-vm-20251003-120000',
    vmwareVmId: '4205d6b3-8a9f-3c21-e047-1f5b2c8d9a64',
  },
  seed(now, meta) {
    const technicalDetails = {
      tool: 'virt-v2v-in-place',
      device: '/dev/vdc',
      exit_code: 1,
      stderr: 'nbdkit: vddk[1]: error: VixDiskLib_Open: Cannot open /dev/vdc',
    };
    const leakedReplication = buildJob({
      job_id: replicationJobId(now - 20 * MINUTE),
      job_type: 'replication',
      status: 'failed',
      progress: 140,
      started_at: ZERO_TIMESTAMP,
      completed_at: isoAt(now - 5 * MINUTE),
      display_name: 'Replication Failed',
      current_step: 'nbdkit_connect',
      error_message: LEAKY_TEXTS.errorMessage,
      error_category: 'disk_io',
      actionable_steps: [LEAKY_TEXTS.pathStep, 'Retry the replication'],
      data_source: 'replication_jobs',
      duration_seconds: -3,
      bytes_transferred: undefined,
      technical_details: technicalDetails,
    });
    const strangeJob = buildJob({
      job_id: stableUuid('leaky-vm/strange'),
      external_job_id: externalJobId('test_failover', meta.vmName, now - HOUR),
      job_type: 'test_failover',
      status: 'exploded',
      progress: -5,
      started_at: isoAt(now - HOUR),
      completed_at: 'not a timestamp',
      display_name: 'Test Failover',
      current_step: 'virtio-driver-injection',
      error_message: LEAKY_TEXTS.secondErrorMessage,
      error_category: 'kernel',
      actionable_steps: ['', 'Run virt-v2v-in-place --debug against /dev/vdc'],
      data_source: 'legacy_table',
      duration_seconds: undefined,
      bytes_transferred: undefined,
    });
    return idealisedSeed(meta, now, {
      context: {
        current_status: 'exploding',
        // Its job of an unknown status counts as failed too.
        total_jobs_run: 2,
        successful_jobs: 0,
        failed_jobs: 2,
        os_type: 'windows',
        power_state: 'poweredOn',
        last_job_at: ZERO_TIMESTAMP,
      },
      lastOperation: buildLastOperation({
        job_id: leakedReplication.job_id ?? undefined,
        operation_type: 'replication',
        status: 'failed',
        progress: 140,
        failed_step: 'virtio-driver-injection',
        failed_step_internal: 'virtio-driver-injection',
        error_message: LEAKY_TEXTS.errorMessage,
        error_category: 'disk_io',
        error_severity: 'fatal',
        actionable_steps: [LEAKY_TEXTS.pathStep, 'Retry the replication'],
        timestamp: ZERO_TIMESTAMP,
        duration_seconds: -3,
        steps_completed: 7,
        steps_total: 5,
        technical_details: technicalDetails,
      }),
      // Oldest first, with the zero-timestamp job in between.
      jobs: [strangeJob, leakedReplication],
      storage: 60,
    });
  },
});
