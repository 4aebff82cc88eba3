/*
 * The package's public API: the components the remote exposes (`./VmOperations`,
 * `./LastOperationBadge`) with their props, for a host or bundle that imports the feature's
 * source instead of loading it at runtime. The workbench (`dev/`) uses nothing else.
 */
export type { LastOperationBadgeProps } from './exposes/LastOperationBadge';
export { LastOperationBadge } from './exposes/LastOperationBadge';
export type { VmOperationsProps } from './exposes/VmOperations';
export { CONTRACT_VERSION, VmOperations } from './exposes/VmOperations';
