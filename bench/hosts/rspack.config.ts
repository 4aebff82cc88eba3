import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { type Configuration, rspack } from '@rspack/core';
import { SUPPORTED_BROWSERS } from '../../shared-contracts/src/federation';

const here = path.dirname(fileURLToPath(import.meta.url));

/*
 * The bench's own dashboard hosts, each a plain Rspack app built the way the README's recipes
 * say (the webpack 5 recipe with `@module-federation/enhanced/rspack`), and nothing more: no
 * `provideExternalRuntime`, no project build helpers. `node_modules` here is a link to
 * host-shell's, so these hosts use the same React, Mantine and SWR files host-shell does.
 */

/** The bench hosts: which page, and where its `VmOperations` comes from. */
export const BENCH_HOSTS = {
  /** React only, no feature: the baseline of the two below. */
  'react-none': { app: 'react', feature: 'none' },
  /** React only, `VmOperations` compiled in from the remote's source. */
  'react-static': { app: 'react', feature: 'static' },
  /** React only, `VmOperations` from the remote's default manifest. */
  'react-federated': { app: 'react', feature: 'federated' },
  /** Mantine, no feature: the baseline of the one below. */
  'mantine-none': { app: 'mantine', feature: 'none' },
  /** Mantine, `VmOperations` from the default manifest, sharing Mantine and SWR too. */
  'mantine-federated': { app: 'mantine', feature: 'federated' },
  /** `react-federated` also sharing React's and ReactDOM's deep imports (`react/`, `react-dom/`). */
  'react-federated-deep': { app: 'react', feature: 'federated', deep: true },
  /** `mantine-federated` also sharing React's and ReactDOM's deep imports. */
  'mantine-federated-deep': { app: 'mantine', feature: 'federated', deep: true },
} as const satisfies Record<
  string,
  { app: 'react' | 'mantine'; feature: 'none' | 'static' | 'federated'; deep?: true }
>;
export type BenchHostName = keyof typeof BENCH_HOSTS;

export const benchHostDist = (name: BenchHostName) => path.join(here, 'dist', name);

const dependencies: Record<string, string> = JSON.parse(
  readFileSync(path.join(here, '../../host-shell/package.json'), 'utf8'),
).dependencies;

/**
 * What the README asks of a host: React and ReactDOM as singletons (a Mantine host adds its
 * Mantine and SWR). `deep` also shares their deep imports (`react/jsx-runtime`, …), which the
 * README does not ask for: the bench measures both.
 */
function sharedFor(app: 'react' | 'mantine', deep: boolean) {
  const singleton = (name: string) => ({
    singleton: true,
    requiredVersion: dependencies[name.replace(/\/$/, '')],
  });
  const names = ['react', 'react-dom'];
  if (deep) names.push('react/', 'react-dom/');
  if (app === 'mantine') names.push('@mantine/core', '@mantine/hooks', 'swr');
  return Object.fromEntries(names.map((name) => [name, singleton(name)]));
}

export function createBenchHostConfig(name: BenchHostName): Configuration {
  const host: { app: 'react' | 'mantine'; feature: string; deep?: true } = BENCH_HOSTS[name];
  const { app, feature } = host;
  const federated = feature === 'federated';
  return {
    name,
    mode: 'production',
    context: here,
    target: `browserslist:${SUPPORTED_BROWSERS}`,
    // A federated host needs the async boundary; the others start the app directly.
    entry: { main: federated ? './src/index.ts' : './src/bootstrap.tsx' },
    devtool: false,
    output: {
      path: benchHostDist(name),
      publicPath: '/',
      uniqueName: `bench_${name.replaceAll('-', '_')}`,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      cssFilename: '[name].[contenthash:8].css',
      cssChunkFilename: '[name].[contenthash:8].css',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
      alias: {
        'bench-app': path.join(here, app === 'react' ? 'src/ReactApp.tsx' : 'src/MantineApp.tsx'),
        'bench-feature': path.join(here, `src/feature/${feature}.ts`),
      },
    },
    module: {
      // The remote's source (static case) imports its CSS modules' classes as a default object.
      parser: { 'css/auto': { namedExports: false } },
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
            },
            env: { targets: SUPPORTED_BROWSERS },
          },
          type: 'javascript/auto',
        },
        { test: /\.css$/, type: 'css/auto' },
      ],
    },
    plugins: [
      new rspack.HtmlRspackPlugin({ template: path.join(here, 'public/index.html') }),
      // The remote's source reads its build label (static case only).
      new rspack.DefinePlugin({ __REMOTE_BUILD_LABEL__: JSON.stringify('bench-static') }),
      federated &&
        new ModuleFederationPlugin({
          name: `bench_${name.replaceAll('-', '_')}`,
          shared: sharedFor(app, host.deep === true),
          dts: false,
        }),
    ],
    performance: { hints: false },
  };
}

export default Object.keys(BENCH_HOSTS).map((name) => createBenchHostConfig(name as BenchHostName));
