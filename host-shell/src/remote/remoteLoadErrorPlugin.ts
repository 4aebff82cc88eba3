import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { toRemoteLoadError } from './RemoteLoadError';

/** Name the federation runtime registers the plugin under (it ignores a second registration). */
export const REMOTE_LOAD_ERROR_PLUGIN_NAME = 'dashboard-host-remote-load-error';

/**
 * Federation runtime plugin that turns every failure of `loadRemote` (manifest or remote entry
 * unreachable, a chunk that fails to load, an expose that does not exist) into a typed
 * RemoteLoadError, which the host shows in place of the remote with a Retry.
 *
 * Only the final `onLoad` report is handled. The runtime also reports failures while they happen
 * (`beforeRequest`, `afterResolve`, `beforeLoadShare`) and takes any value returned there as a
 * substitute request, manifest or shared module; returning or throwing there would skip its own
 * clean-up (such as forgetting a failed manifest request), so those pass through untouched.
 */
export function remoteLoadErrorPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: REMOTE_LOAD_ERROR_PLUGIN_NAME,
    errorLoadRemote({ id, error, lifecycle }) {
      if (lifecycle !== 'onLoad') return undefined;
      throw toRemoteLoadError(error, id);
    },
  };
}

// `runtimePlugins` in rspack.config.ts loads this file and calls its default export.
export default remoteLoadErrorPlugin;
