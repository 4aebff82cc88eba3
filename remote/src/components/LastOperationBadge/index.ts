export type { LastOperationBadgeProps } from '@migratekit/shared-contracts';
export { LastOperationBadge, lastOperationText } from './LastOperationBadge';
