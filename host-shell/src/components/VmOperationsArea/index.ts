export type { VmOperationsAreaProps } from './VmOperationsArea';
export { VmOperationsArea } from './VmOperationsArea';
