import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/vm-operations-contract';
import { OmaClientProvider } from '../api';
import { EnsureMantineProvider } from '../components/EnsureMantineProvider';
import { FeatureErrorBoundary } from '../components/FeatureErrorBoundary';
import {
  VmOperations as VmOperationsFeature,
  VmOperationsPrefetch,
} from '../components/VmOperations';

/** `./VmOperations`: the unified job list, failure banner and details modal for one VM. */
export function VmOperations(props: VmOperationsProps) {
  return (
    <FeatureErrorBoundary message="Recent operations could not be displayed">
      <OmaClientProvider
        fetch={props.fetch}
        headers={props.requestHeaders}
        credentials={props.credentials}
      >
        {/* In a host without Mantine, the data is fetched while Mantine loads. */}
        <EnsureMantineProvider
          colorScheme={props.colorScheme}
          fallback={<VmOperationsPrefetch {...props} />}
        >
          <VmOperationsFeature {...props} />
        </EnsureMantineProvider>
      </OmaClientProvider>
    </FeatureErrorBoundary>
  );
}

export type { VmOperationsProps };
export { CONTRACT_VERSION };
export default VmOperations;
