import { createHostConfig } from './host-shell/rspack.config';
import { createRemoteConfig, createRemoteRelease } from './remote/rspack.config';

/*
 * Builds both apps: the remote (remote/dist: mf-manifest.json, remoteEntry.js, hashed chunks;
 * plus remote/dist/lean, the same remote for hosts that provide the federation runtime, and
 * remote/dist/bridge, the remote on its own React for hosts that cannot share theirs) and the
 * host shell (host-shell/dist). Each also has its own config for building or serving it alone,
 * which is how the two teams deploy independently.
 */
const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';

const buildLabel = process.env.REMOTE_BUILD_LABEL;

export default [
  ...(mode === 'production'
    ? createRemoteRelease({ buildLabel })
    : [createRemoteConfig({ mode, buildLabel })]),
  createHostConfig({ mode }),
];
