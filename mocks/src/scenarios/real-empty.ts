import * as real from './realBackend';

export const realEmpty = real.defineRealBackendScenario({
  vmName: 'real-empty',
  title: 'Real backend: no jobs',
  description:
    'A VM with no jobs as the real backend sends it: "jobs": null, "disks": null, no summary.',
  contextStamp: '20251004-080000',
  seed: () => ({
    context: {
      current_status: 'discovered',
      total_jobs_run: 0,
      successful_jobs: 0,
      failed_jobs: 0,
      os_type: 'linux',
      power_state: 'poweredOn',
      last_job_at: null,
      last_operation_summary: null,
    },
    lastOperation: null,
    jobs: [],
    // No replication yet: the repository never loads the disks, and Go sends the nil slice.
    storage: 'none',
  }),
});
