import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/vm-operations-contract';
import { createBridgeComponent } from '@module-federation/bridge-react/v19';
import { VmOperations } from '../VmOperations';
import type { BridgeAdded } from './bridgeProps';

/**
 * `./VmOperations` of the bridge build: the feature in a root of its own, on the remote's own
 * React, for hosts that cannot share a React in HOST_REACT_RANGE (or have none).
 */
function BridgedVmOperations({ basename: _routerBase, ...props }: VmOperationsProps & BridgeAdded) {
  return <VmOperations {...props} />;
}

export default createBridgeComponent<VmOperationsProps>({ rootComponent: BridgedVmOperations });
export { CONTRACT_VERSION };
