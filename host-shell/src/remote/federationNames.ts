import { REMOTE_MODULE_IDS, REMOTE_NAME } from '@migratekit/vm-operations-contract';

/** Module Federation name of the dashboard host. */
export const HOST_FEDERATION_NAME = 'dashboard_host';

/** Module Federation name of the failover-visibility remote. */
export const VM_OPERATIONS_REMOTE_NAME = REMOTE_NAME;

/** Request id of the remote's job list, banner and modal. */
export const VM_OPERATIONS_REQUEST = REMOTE_MODULE_IDS.vmOperations;

/** Request id of the remote's last-operation badge for VM summary cards. */
export const LAST_OPERATION_BADGE_REQUEST = REMOTE_MODULE_IDS.lastOperationBadge;
