export type { VmCardProps } from './VmCard';
export { VmCard, vmDetailsPath } from './VmCard';
