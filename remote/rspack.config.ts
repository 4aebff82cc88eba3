import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REMOTE_NAME } from '@migratekit/vm-operations-contract';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { type Configuration, rspack } from '@rspack/core';
import { ReactRefreshRspackPlugin } from '@rspack/plugin-react-refresh';
import { esmFederationRuntime } from '../build/esmFederationRuntime';
import {
  BRIDGE_REMOTE_NAME,
  bridgeRemoteFederation,
  remoteFederation,
  SUPPORTED_BROWSERS,
} from '../build/federation';
import { remoteSourceModule, remoteSourceResolve } from '../build/remoteSource';
import { readOmaApiUrl, readRemotePort } from '../scripts/environment';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkg = require('./package.json') as { dependencies: Record<string, string> };

export interface RemoteBuildEnv {
  mode: 'development' | 'production';
  /** Shown as `data-build-label` on the feature's root, so a deploy can be identified. */
  buildLabel?: string;
  /** Output folder (default remote/dist); a second build can go elsewhere. */
  outputPath?: string;
  /**
   * `bundled` (the default manifest) ships the federation runtime in remoteEntry.js, so any
   * host loads it; `host` (the opt-in lean manifest, in `lean/`) uses the runtime of a host
   * built with `provideExternalRuntime`.
   */
  runtime?: 'bundled' | 'host';
  /**
   * The bridge build (in `bridge/`): its own React, ReactDOM and Mantine, shared with no one,
   * for hosts whose React is outside HOST_REACT_RANGE or that have none.
   */
  bridge?: boolean;
}

/**
 * Where the federation plugin writes the full copies of tree-shaken shared packages, which the
 * manifests and remoteEntry.js name as fallbacks for a consumer that needs the whole package.
 */
const SHARED_FALLBACKS = /(^|[\\/])independent-packages[\\/]/;

/** Folder of the lean manifest (runtime from the host), inside the remote's output folder. */
export const LEAN_MANIFEST_DIR = 'lean';
/** Folder of the bridge manifest (own React, bridge components), inside the remote's output folder. */
export const BRIDGE_MANIFEST_DIR = 'bridge';

export function createRemoteConfig(env: RemoteBuildEnv): Configuration {
  const isDev = env.mode === 'development';
  const bridge = !isDev && env.bridge === true;
  const lean = !isDev && !bridge && env.runtime === 'host';
  // The lean and bridge builds are variants in a folder of the default build's.
  const variant = lean ? LEAN_MANIFEST_DIR : bridge ? BRIDGE_MANIFEST_DIR : undefined;
  const outputPath = env.outputPath ?? path.join(here, 'dist');
  return {
    name: variant ? `remote-${variant}` : 'remote',
    // Built after the default one, whose output folder holds it (and is cleaned first).
    dependencies: variant ? ['remote'] : undefined,
    context: here,
    mode: env.mode,
    target: `browserslist:${SUPPORTED_BROWSERS}`,
    devtool: isDev ? 'eval-cheap-module-source-map' : 'hidden-source-map',
    // The workbench page only exists in development; production ships the container alone.
    entry: isDev ? { workbench: './dev/index.ts' } : {},
    output: {
      path: variant ? path.join(outputPath, variant) : outputPath,
      // Chunks resolve against wherever remoteEntry.js was loaded from: deploy the folder anywhere.
      publicPath: 'auto',
      uniqueName: bridge ? BRIDGE_REMOTE_NAME : REMOTE_NAME,
      filename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      cssFilename: isDev ? '[name].css' : '[name].[contenthash:8].css',
      cssChunkFilename: isDev ? '[name].css' : '[name].[contenthash:8].css',
      // The variants are built after the default build, into folders of its output: cleaning
      // it first removes the previous release's variants, which are then built anew. The
      // full copies of tree-shaken shared packages (the manifest's `fallback`s) are written
      // by compilers of their own before this build emits, so cleaning must keep them.
      clean: { keep: SHARED_FALLBACKS },
    },
    resolve: remoteSourceResolve(),
    module: remoteSourceModule({ compileFor: { ecmaVersion: 'es2022' }, dev: isDev }),
    plugins: [
      new rspack.DefinePlugin({
        __REMOTE_BUILD_LABEL__: JSON.stringify(env.buildLabel ?? (isDev ? 'dev' : 'production')),
      }),
      esmFederationRuntime(),
      new ModuleFederationPlugin(
        bridge
          ? bridgeRemoteFederation()
          : remoteFederation({
              dependencies: pkg.dependencies,
              mode: env.mode,
              runtime: lean ? 'host' : 'bundled',
            }),
      ),
      ...(isDev
        ? [
            new rspack.HtmlRspackPlugin({
              template: path.join(here, 'dev/index.html'),
              title: 'VmOperations workbench',
            }),
            new ReactRefreshRspackPlugin(),
          ]
        : []),
    ],
    optimization: {
      minimize: !isDev,
      // Names of the exports the feature's chunks take from one another, shortest for the most
      // used: every host fetches them (0.1–0.2 KB gzip). The shared packages' exports keep
      // their names, which any consumer may ask for.
      mangleExports: isDev ? false : 'size',
      // Libraries the exposed modules share go into their common chunk rather than one of
      // their own: the page then fetches one script less and gzip sees them together (0.4 KB
      // less). The shared ones (Mantine, SWR) keep their chunks, which the federation needs.
      splitChunks: { cacheGroups: { defaultVendors: false } },
    },
    performance: { hints: false },
    devServer: {
      port: readRemotePort(process.env),
      host: '127.0.0.1',
      hot: true,
      historyApiFallback: true,
      // The host on another origin loads the manifest, entry and chunks from here.
      headers: { 'Access-Control-Allow-Origin': '*' },
      proxy: [
        { context: ['/api', '/__mock'], target: readOmaApiUrl(process.env), changeOrigin: true },
      ],
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

/**
 * A production release of the remote: the default manifest and the lean (`lean/`) and bridge
 * (`bridge/`) variants, which hosts load from the same deployment.
 */
export function createRemoteRelease(
  env: Pick<RemoteBuildEnv, 'buildLabel' | 'outputPath'>,
): Configuration[] {
  const production = { ...env, mode: 'production' as const };
  return [
    createRemoteConfig(production),
    createRemoteConfig({ ...production, runtime: 'host' }),
    createRemoteConfig({ ...production, bridge: true }),
  ];
}

// The remote team's own build (`pnpm --filter @migratekit/vm-operations build`): a whole
// release, as `pnpm build` makes it; its dev server in development.
const buildLabel = process.env.REMOTE_BUILD_LABEL;
const outputPath = process.env.REMOTE_OUTPUT_PATH;
export default process.env.NODE_ENV === 'development'
  ? createRemoteConfig({ mode: 'development', buildLabel })
  : createRemoteRelease({
      buildLabel,
      outputPath: outputPath ? path.resolve(outputPath) : undefined,
    });
