import { createRemoteConfig } from '../../remote/rspack.config';

/*
 * A production build of the remote into another folder, with its own label: a second release
 * of the failover UI, as its team would build it to deploy on its own. Used by
 * `buildRemote` (remoteBuild.ts) through the rspack CLI.
 */
const outputPath = process.env.E2E_REMOTE_OUTPUT_PATH;
const buildLabel = process.env.E2E_REMOTE_BUILD_LABEL;
if (!outputPath || !buildLabel) {
  throw new Error('Set E2E_REMOTE_OUTPUT_PATH and E2E_REMOTE_BUILD_LABEL.');
}

export default [
  createRemoteConfig({ mode: 'production', buildLabel, outputPath }),
  createRemoteConfig({ mode: 'production', buildLabel, outputPath, runtime: 'host' }),
];
