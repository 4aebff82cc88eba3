import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPOSED_MODULES, REMOTE_NAME } from '@migratekit/shared-contracts';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { type Configuration, type RspackPluginInstance, rspack } from '@rspack/core';
import { ReactRefreshRspackPlugin } from '@rspack/plugin-react-refresh';
import {
  contractsFingerprint,
  installedPackage,
  packageModules,
  preferEsmFederationRuntime,
} from '../build/federationBuild';
import {
  federationShared,
  namesImportedFrom,
  reExportModuleSource,
  SHARE_STRATEGY,
  SHARED_MANTINE_EXPORTS,
  SUPPORTED_BROWSERS,
} from '../shared-contracts/src/federation';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkg = require('./package.json') as { dependencies: Record<string, string> };

/**
 * The reduced Mantine shared in production (see SHARED_MANTINE_EXPORTS): one virtual module per
 * package re-exporting the contract's names. This is the remote's own copy, used only in a
 * host that provides none; its @mantine/core imports its hooks through the share scope, so the
 * hooks module also re-exports every hook @mantine/core's modules import.
 */
function mantineShareModules(fromDir: string) {
  const core = installedPackage('@mantine/core', fromDir);
  const hooks = installedPackage('@mantine/hooks', fromDir);
  const hooksUsedByCore = new Set<string>(SHARED_MANTINE_EXPORTS['@mantine/hooks']);
  const coreDir = path.join(core.dir, path.dirname(core.module));
  for (const file of readdirSync(coreDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mjs')) continue;
    const source = readFileSync(path.join(coreDir, file), 'utf8');
    for (const name of namesImportedFrom(source, '@mantine/hooks')) hooksUsedByCore.add(name);
  }
  const modules = {
    '@mantine/core': path.join(fromDir, 'node_modules/.shared-mantine/core.mjs'),
    '@mantine/hooks': path.join(fromDir, 'node_modules/.shared-mantine/hooks.mjs'),
  };
  const plugin = new rspack.experiments.VirtualModulesPlugin({
    [modules['@mantine/core']]: reExportModuleSource(
      path.join(core.dir, core.module),
      SHARED_MANTINE_EXPORTS['@mantine/core'],
    ),
    [modules['@mantine/hooks']]: reExportModuleSource(path.join(hooks.dir, hooks.module), [
      ...hooksUsedByCore,
    ]),
  });
  const versions = { '@mantine/core': core.version, '@mantine/hooks': hooks.version };
  return { plugin, share: { modules, versions, stylesheet: path.join(core.dir, 'styles.css') } };
}

/**
 * Fails the build when the remote's own code imports from Mantine a name the contract does not
 * share: hosts provide only those (SHARED_MANTINE_EXPORTS), anything else would be undefined.
 */
function checkSharedMantineImports(sourceDir: string): RspackPluginInstance {
  return {
    apply(compiler) {
      compiler.hooks.afterCompile.tap('CheckSharedMantineImports', (compilation) => {
        const outside: string[] = [];
        for (const module of compilation.modules) {
          const file = (module as { resource?: string }).resource;
          if (!file?.startsWith(sourceDir) || !/\.[cm]?[jt]sx?$/.test(file)) continue;
          const source = readFileSync(file, 'utf8');
          for (const [name, shared] of Object.entries(SHARED_MANTINE_EXPORTS)) {
            for (const imported of namesImportedFrom(source, name)) {
              if (!(shared as readonly string[]).includes(imported)) {
                outside.push(`${imported} from ${name} (${path.relative(sourceDir, file)})`);
              }
            }
          }
        }
        if (outside.length === 0) return;
        compilation.errors.push(
          new rspack.WebpackError(
            `Hosts do not share ${outside.join(', ')}. Add the names to SHARED_MANTINE_EXPORTS in shared-contracts/src/federation.ts (a contract change: hosts provide them once rebuilt).`,
          ),
        );
      });
    },
  };
}

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
}

/** Folder of the lean manifest (runtime from the host), inside the remote's output folder. */
export const LEAN_MANIFEST_DIR = 'lean';

/** Port of the remote's own dev server (the standalone workbench and the remote entry). */
export const remotePort = () => Number(process.env.REMOTE_PORT ?? 3001);
/** Where /api and /__mock go during development: a real OMA API, or the mock one. */
export const omaApiUrl = () =>
  process.env.OMA_API_URL ?? `http://127.0.0.1:${process.env.MOCK_API_PORT ?? 8082}`;

export function createRemoteConfig(env: RemoteBuildEnv): Configuration {
  const isDev = env.mode === 'development';
  const lean = !isDev && env.runtime === 'host';
  const outputPath = env.outputPath ?? path.join(here, 'dist');
  // Production shares Mantine reduced to the contract's names (development shares it whole,
  // so the workbench may use anything) and, with a host built from the same sources, the
  // contracts package.
  const mantine = isDev ? null : mantineShareModules(here);
  return {
    name: lean ? 'remote-lean' : 'remote',
    context: here,
    mode: env.mode,
    target: `browserslist:${SUPPORTED_BROWSERS}`,
    devtool: isDev ? 'eval-cheap-module-source-map' : 'hidden-source-map',
    // The workbench page only exists in development; production ships the container alone.
    entry: isDev ? { workbench: './src/index.ts' } : {},
    output: {
      path: lean ? path.join(outputPath, LEAN_MANIFEST_DIR) : outputPath,
      // Chunks resolve against wherever remoteEntry.js was loaded from: deploy the folder anywhere.
      publicPath: 'auto',
      uniqueName: REMOTE_NAME,
      filename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: isDev ? '[name].js' : '[name].[contenthash:8].js',
      cssFilename: isDev ? '[name].css' : '[name].[contenthash:8].css',
      cssChunkFilename: isDev ? '[name].css' : '[name].[contenthash:8].css',
      // The lean build's folder sits inside the default one, built alongside it.
      clean: lean ? true : { keep: (file: string) => file.startsWith(`${LEAN_MANIFEST_DIR}/`) },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'] },
    module: {
      // `import classes from './X.module.css'`, as in Mantine's component folders.
      parser: { 'css/auto': { namedExports: false } },
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              target: 'es2022',
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: isDev, refresh: isDev } },
            },
          },
          type: 'javascript/auto',
        },
        { test: /\.css$/, type: 'css/auto' },
      ],
    },
    plugins: [
      ...(mantine ? [mantine.plugin, checkSharedMantineImports(path.join(here, 'src'))] : []),
      new rspack.NormalModuleReplacementPlugin(
        /@module-federation[\\/]/,
        preferEsmFederationRuntime,
      ),
      new rspack.DefinePlugin({
        __REMOTE_BUILD_LABEL__: JSON.stringify(env.buildLabel ?? (isDev ? 'dev' : 'production')),
      }),
      new ModuleFederationPlugin({
        name: REMOTE_NAME,
        filename: 'remoteEntry.js',
        exposes: {
          [EXPOSED_MODULES.vmOperations]: './src/exposes/VmOperations.tsx',
          [EXPOSED_MODULES.lastOperationBadge]: './src/exposes/LastOperationBadge.tsx',
        },
        shared: federationShared(pkg.dependencies, {
          role: 'remote',
          mantine: mantine?.share,
          contractsFingerprint: isDev ? undefined : contractsFingerprint(here),
          packageModules: isDev ? undefined : packageModules(here),
        }),
        shareStrategy: SHARE_STRATEGY,
        manifest: true,
        dts: false,
        experiments: isDev
          ? undefined
          : { externalRuntime: lean, optimization: { disableRemote: true } },
      }),
      ...(isDev
        ? [
            new rspack.HtmlRspackPlugin({
              template: path.join(here, 'public/index.html'),
              title: 'VmOperations workbench',
            }),
            new ReactRefreshRspackPlugin(),
          ]
        : []),
    ],
    optimization: { minimize: !isDev },
    performance: { hints: false },
    devServer: {
      port: remotePort(),
      host: '127.0.0.1',
      hot: true,
      historyApiFallback: true,
      // The host on another origin loads the manifest, entry and chunks from here.
      headers: { 'Access-Control-Allow-Origin': '*' },
      proxy: [{ context: ['/api', '/__mock'], target: omaApiUrl(), changeOrigin: true }],
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

export default createRemoteConfig({
  mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
  buildLabel: process.env.REMOTE_BUILD_LABEL,
});
