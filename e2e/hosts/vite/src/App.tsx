import { loadRemote, registerRemotes } from '@module-federation/runtime';
import { loadFromConfiguredRemote } from '../../shared/configuredRemote';
import { FeaturePage } from '../../shared/FeaturePage';

/** The feature from the configured remote, through this host's runtime (the version @module-federation/vite uses). */
const loadVmOperations = loadFromConfiguredRemote({ loadRemote, registerRemotes });

/** The dashboard's VM page (shared by the matrix hosts) with the feature loaded as above. */
export function App() {
  return <FeaturePage load={loadVmOperations} />;
}
