import { buildVmDisk } from '../fixtures/builders';
import { isoAt, MINUTE } from '../fixtures/time';
import { defineScenario } from './defineScenario';
import { idealisedSeed } from './idealised';

export const newvmEmpty = defineScenario({
  meta: {
    vmName: 'newvm-empty',
    title: 'No operations yet',
    description: 'A newly discovered VM: no jobs and no last operation.',
    contextId: 'ctx-newvm-empty-20251003-170000',
    vmwareVmId: '42053fa8-2e6c-b197-54d0-8c7a1b3e6f29',
  },
  seed: (now, meta) =>
    idealisedSeed(meta, now, {
      context: {
        current_status: 'discovered',
        os_type: 'linux',
        power_state: 'poweredOff',
        created_at: isoAt(now - 10 * MINUTE),
        last_status_change: isoAt(now - 10 * MINUTE),
      },
      lastOperation: null,
      jobs: [],
      storage: {
        disks: [buildVmDisk(meta.vmName, { sync_status: 'pending', ossea_volume_id: '' })],
        cbtHistory: [],
      },
    }),
});
