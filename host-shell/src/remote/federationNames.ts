/** Module Federation name of the dashboard host. */
export const HOST_FEDERATION_NAME = 'dashboard_host';

/** Module Federation name of the failover-visibility remote. */
export const VM_OPERATIONS_REMOTE_NAME = 'vm_operations';

/** Request id of the remote's job list, banner and modal. */
export const VM_OPERATIONS_REQUEST = `${VM_OPERATIONS_REMOTE_NAME}/VmOperations`;

/** Request id of the remote's last-operation badge for VM summary cards. */
export const LAST_OPERATION_BADGE_REQUEST = `${VM_OPERATIONS_REMOTE_NAME}/LastOperationBadge`;
