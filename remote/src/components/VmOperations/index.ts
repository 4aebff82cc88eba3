export type { VmOperationsProps } from '@migratekit/shared-contracts';
export { DEFAULT_ACTIVE_POLL_MS, DEFAULT_IDLE_POLL_MS, VmOperations } from './VmOperations';
