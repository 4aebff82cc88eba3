import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/vm-operations-contract';
import {
  VmOperations as VmOperationsFeature,
  VmOperationsPrefetch,
} from '../components/VmOperations';
import { ExposedFeature } from './ExposedFeature';

/** `./VmOperations`: the unified job list, failure banner and details modal for one VM. */
export function VmOperations(props: VmOperationsProps) {
  return (
    <ExposedFeature
      host={props}
      errorMessage="Recent operations could not be displayed"
      prefetch={<VmOperationsPrefetch {...props} />}
    >
      <VmOperationsFeature {...props} />
    </ExposedFeature>
  );
}

export type { VmOperationsProps };
export { CONTRACT_VERSION };
export default VmOperations;
