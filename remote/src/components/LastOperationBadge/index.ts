export type { LastOperationBadgeProps } from '@migratekit/vm-operations-contract';
export { LastOperationBadge, LastOperationBadgePrefetch } from './LastOperationBadge';
