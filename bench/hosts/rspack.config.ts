import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { type Configuration, rspack } from '@rspack/core';
import { SUPPORTED_BROWSERS } from '../../build/federation';
import { remoteSourceModule, remoteSourceResolve } from '../../build/remoteSource';

const here = path.dirname(fileURLToPath(import.meta.url));

/*
 * The bench's own dashboard hosts, each a plain Rspack app built the way the README's recipes
 * say (the webpack 5 recipe with `@module-federation/enhanced/rspack`; the lean hosts add the
 * README's opt-in, `provideExternalRuntime`), and nothing more: none of the project's
 * federation helpers. Their sources compile and resolve with the remote's rules (TypeScript
 * through swc, CSS modules, SWR's shim), which the static host needs for the remote's source
 * it bundles. bench/package.json declares the same React, Mantine and SWR ranges as
 * host-shell, so the lockfile gives these hosts the same files.
 */

/** The bench hosts: which page, and where its `VmOperations` comes from. */
export const BENCH_HOSTS = {
  /** React only, no feature: the baseline of the two below. */
  'react-none': { app: 'react', feature: 'none' },
  /** React only, `VmOperations` compiled in from the remote's source. */
  'react-static': { app: 'react', feature: 'static' },
  /** React only, `VmOperations` from the remote's default manifest (Rspack's federation plugin). */
  'react-federated': { app: 'react', feature: 'federated' },
  /** React only, `VmOperations` from the default manifest with the runtime API, no plugin. */
  'react-runtime': { app: 'react', feature: 'runtime' },
  /** React only, providing the federation runtime, `VmOperations` from the lean manifest (opt-in). */
  'react-lean': { app: 'react', feature: 'lean' },
  /** Mantine, no feature: the baseline of the one below. */
  'mantine-none': { app: 'mantine', feature: 'none' },
  /** Mantine, `VmOperations` from the default manifest, sharing Mantine too. */
  'mantine-federated': { app: 'mantine', feature: 'federated' },
  /** Mantine, providing the federation runtime, `VmOperations` from the lean manifest (opt-in). */
  'mantine-lean': { app: 'mantine', feature: 'lean' },
} as const satisfies Record<
  string,
  { app: 'react' | 'mantine'; feature: 'none' | 'static' | 'federated' | 'runtime' | 'lean' }
>;
export type BenchHostName = keyof typeof BENCH_HOSTS;

export const benchHostDist = (name: BenchHostName) => path.join(here, 'dist', name);

const dependencies: Record<string, string> = JSON.parse(
  readFileSync(path.join(here, '../package.json'), 'utf8'),
).dependencies;

/**
 * What the README asks of a host: `react`, `react/jsx-runtime` and `react-dom` as singletons;
 * a Mantine host adds its `@mantine/core` and `@mantine/hooks`.
 */
function sharedFor(app: 'react' | 'mantine') {
  const singleton = (pkg: string) => ({ singleton: true, requiredVersion: dependencies[pkg] });
  return {
    react: singleton('react'),
    'react/jsx-runtime': singleton('react'),
    'react-dom': singleton('react-dom'),
    ...(app === 'mantine'
      ? {
          '@mantine/core': singleton('@mantine/core'),
          '@mantine/hooks': singleton('@mantine/hooks'),
        }
      : {}),
  };
}

export function createBenchHostConfig(name: BenchHostName): Configuration {
  const { app, feature } = BENCH_HOSTS[name];
  // The lean hosts are federated hosts that also provide their runtime to remotes.
  const lean = feature === 'lean';
  const federated = feature === 'federated' || lean;
  return {
    name,
    mode: 'production',
    context: here,
    target: `browserslist:${SUPPORTED_BROWSERS}`,
    // A host built with the federation plugin needs the async boundary; the others start the app
    // directly (the runtime API needs none: the host hands its React over itself).
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
    resolve: remoteSourceResolve({
      'bench-app': path.join(here, app === 'react' ? 'src/ReactApp.tsx' : 'src/MantineApp.tsx'),
      'bench-feature': path.join(here, `src/feature/${feature}.ts`),
    }),
    module: remoteSourceModule({ compileFor: { browsers: SUPPORTED_BROWSERS } }),
    plugins: [
      new rspack.HtmlRspackPlugin({
        title: 'Bench host',
        meta: { viewport: 'width=device-width, initial-scale=1' },
        favicon: path.join(here, 'public/favicon.svg'),
        // Rspack's page, plus its language, the root the app renders into, and the usual
        // inline script that sets Tailwind's `dark` class before the app runs. The server
        // serves the page with a nonce-based CSP and puts the nonce on that script, where the
        // feature's own Mantine reads it for the <style> elements it writes.
        templateContent: ({ htmlRspackPlugin }) =>
          [
            '<!doctype html><html lang="en"><head><meta charset="utf-8">',
            `<title>${htmlRspackPlugin.options.title}</title>`,
            "<script>document.documentElement.classList.toggle('dark',",
            " matchMedia('(prefers-color-scheme: dark)').matches)</script>",
            '</head><body><div id="root"></div></body></html>',
          ].join(''),
      }),
      // The remote's source reads its build label (static case only).
      new rspack.DefinePlugin({ __REMOTE_BUILD_LABEL__: JSON.stringify('bench-static') }),
      federated &&
        new ModuleFederationPlugin({
          name: `bench_${name.replaceAll('-', '_')}`,
          shared: sharedFor(app),
          dts: false,
          ...(lean ? { experiments: { provideExternalRuntime: true } } : {}),
        }),
    ],
    performance: { hints: false },
  };
}

export default Object.keys(BENCH_HOSTS).map((name) => createBenchHostConfig(name as BenchHostName));
