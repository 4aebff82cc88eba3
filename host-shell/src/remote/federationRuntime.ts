import { init, loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { HOST_FEDERATION_NAME } from './federationNames';
import type { FederationRuntime } from './federationRemoteLoader';
import { remoteLoadErrorPlugin } from './remoteLoadErrorPlugin';

/**
 * The host's Module Federation runtime. In the Rspack build, `init` returns the instance the
 * bundler runtime already created for `dashboard_host` (with its shared modules and the error
 * plugin from `runtimePlugins`); registering the plugin again here is a no-op there, and keeps
 * failures typed wherever this runs without that build setup.
 */
export function createFederationRuntime(): FederationRuntime {
  init({ name: HOST_FEDERATION_NAME, remotes: [], plugins: [remoteLoadErrorPlugin()] });
  return {
    registerRemotes: (remotes, options) => registerRemotes(remotes, options),
    loadRemote: <T>(request: string) => loadRemote<T>(request),
  };
}
