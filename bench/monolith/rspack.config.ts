import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Configuration, rspack } from '@rspack/core';
import { createHostConfig } from '../../host-shell/rspack.config';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/** Where the monolith build goes. */
export const MONOLITH_DIST = path.join(here, 'dist');

/**
 * The dashboard's VM pages as ONE bundle, for comparison with the federated build: the host's
 * compile settings (targets, loaders, CSS handling, minification) without Module Federation,
 * and with the remote's components imported statically. No code splitting, so the page loads
 * one script and one stylesheet.
 */
export function createMonolithConfig(): Configuration {
  const host = createHostConfig({ mode: 'production' });
  return {
    name: 'monolith',
    mode: 'production',
    context: here,
    target: host.target,
    entry: { main: './src/index.tsx' },
    devtool: 'source-map',
    output: { ...host.output, path: MONOLITH_DIST, uniqueName: 'monolith' },
    resolve: host.resolve,
    module: host.module,
    plugins: [
      new rspack.HtmlRspackPlugin({
        template: path.join(repoRoot, 'host-shell/public/index.html'),
        favicon: path.join(repoRoot, 'host-shell/public/favicon.svg'),
        title: 'MigrateKit OSSEA',
      }),
      new rspack.DefinePlugin({ __REMOTE_BUILD_LABEL__: JSON.stringify('monolith') }),
    ],
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
  };
}

export default createMonolithConfig();
