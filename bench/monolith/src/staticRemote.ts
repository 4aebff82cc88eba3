import type { RemoteLoader } from '../../../host-shell/src/remote/RemoteLoader';
import * as lastOperationBadgeModule from '../../../remote/src/exposes/LastOperationBadge';
import * as vmOperationsModule from '../../../remote/src/exposes/VmOperations';

/**
 * The host's RemoteLoader, answered by the remote's exposed modules imported statically: the
 * same components, in the same bundle as the page, with no federation runtime in between.
 */
export const staticRemoteLoader: RemoteLoader = {
  loadVmOperations: async () => vmOperationsModule,
  loadLastOperationBadge: async () => lastOperationBadgeModule,
};
