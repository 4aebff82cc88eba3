import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { loadFromConfiguredRemote } from '../../shared/configuredRemote';
import { FeaturePage } from '../../shared/FeaturePage';

/** The feature from the configured remote, through this host's runtime (the one its webpack plugin brings). */
const loadVmOperations = loadFromConfiguredRemote({ loadRemote, registerRemotes });

/** The dashboard's VM page (shared by the matrix hosts) with the feature loaded as above. */
export function App() {
  return <FeaturePage load={loadVmOperations} />;
}
