export type { VmStatusBadgeProps } from './VmStatusBadge';
export { VmStatusBadge } from './VmStatusBadge';
