import type { RemoteLoader } from '@migratekit/host-shell/remote/RemoteLoader';
import * as lastOperationBadgeModule from '@migratekit/vm-operations/LastOperationBadge';
import * as vmOperationsModule from '@migratekit/vm-operations/VmOperations';

/**
 * The host's RemoteLoader, answered by the remote's exposed modules imported statically: the
 * same components, in the same bundle as the page, with no federation runtime in between.
 */
export const staticRemoteLoader: RemoteLoader = {
  loadVmOperations: async () => vmOperationsModule,
  loadLastOperationBadge: async () => lastOperationBadgeModule,
};
