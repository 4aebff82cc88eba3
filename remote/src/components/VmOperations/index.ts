export type { VmOperationsProps } from '@migratekit/vm-operations-contract';
export { DEFAULT_ACTIVE_POLL_MS, DEFAULT_IDLE_POLL_MS } from '../../hooks';
export { VmOperations } from './VmOperations';
export { VmOperationsPrefetch } from './VmOperationsPrefetch';
