// Mantine's stylesheet ships with the remote, so a host need not know which one to load.
import '@mantine/core/styles.css';
import { CONTRACT_VERSION, type VmOperationsProps } from '@migratekit/shared-contracts';
import { EnsureMantineProvider } from '../components/EnsureMantineProvider';
import { FeatureErrorBoundary } from '../components/FeatureErrorBoundary';
import { VmOperations as VmOperationsFeature } from '../components/VmOperations';

/** `./VmOperations`: the unified job list, failure banner and details modal for one VM. */
export function VmOperations(props: VmOperationsProps) {
  return (
    <FeatureErrorBoundary message="Recent operations could not be displayed">
      <EnsureMantineProvider>
        <VmOperationsFeature {...props} />
      </EnsureMantineProvider>
    </FeatureErrorBoundary>
  );
}

export type { VmOperationsProps };
export { CONTRACT_VERSION };
export default VmOperations;
