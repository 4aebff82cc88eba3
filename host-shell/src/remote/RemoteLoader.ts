import type {
  LastOperationBadgeModule,
  VmOperationsModule,
} from '@migratekit/vm-operations-contract';

export interface RemoteLoadOptions {
  /** Drop whatever the runtime cached for the remote and fetch it again (used by Retry). */
  fresh?: boolean;
}

/**
 * Loads the modules the VmOperations remote exposes. Implementations reject with a
 * RemoteLoadError; what they resolve to is checked against the contract by the caller, since it
 * comes from a separately deployed bundle.
 */
export interface RemoteLoader {
  /** `vm_operations/VmOperations`: the job list, failure banner and details modal. */
  loadVmOperations(options?: RemoteLoadOptions): Promise<VmOperationsModule>;
  /** `vm_operations/LastOperationBadge`: the last operation's status for VM summary cards. */
  loadLastOperationBadge(options?: RemoteLoadOptions): Promise<LastOperationBadgeModule>;
}
