import { createHostConfig } from './host-shell/rspack.config';
import { createRemoteConfig } from './remote/rspack.config';

/*
 * Builds both apps: the remote (remote/dist: mf-manifest.json, remoteEntry.js, hashed chunks)
 * and the host shell (host-shell/dist). Each also has its own config for building or serving
 * it alone, which is how the two teams deploy independently.
 */
const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';

export default [
  createRemoteConfig({ mode, buildLabel: process.env.REMOTE_BUILD_LABEL }),
  createHostConfig({ mode }),
];
