import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModuleOptions, ResolveOptions } from '@rspack/core';

const remoteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../remote');

export interface RemoteSourceOptions {
  /**
   * What swc compiles down to: the browsers of a browserslist query (its `env.targets`), or an
   * ECMAScript version (its `jsc.target`).
   */
  compileFor: { browsers: string } | { ecmaVersion: 'es2022' };
  /** React's development transform and Fast Refresh, for the dev server. */
  dev?: boolean;
}

/**
 * How the remote's source compiles: TypeScript and TSX through swc with React's automatic
 * runtime, and Rspack's native CSS, CSS modules' classes imported as a default object
 * (`import classes from './X.module.css'`, as in Mantine's component folders). The remote's
 * builds use it, and so does a build that compiles that source in (the bench's static host).
 */
export function remoteSourceModule({
  compileFor,
  dev = false,
}: RemoteSourceOptions): ModuleOptions {
  return {
    parser: { 'css/auto': { namedExports: false } },
    rules: [
      {
        test: /\.[cm]?tsx?$/,
        exclude: /node_modules/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            ...('ecmaVersion' in compileFor ? { target: compileFor.ecmaVersion } : {}),
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic', development: dev, refresh: dev } },
          },
          ...('browsers' in compileFor ? { env: { targets: compileFor.browsers } } : {}),
        },
        type: 'javascript/auto',
      },
      { test: /\.css$/, type: 'css/auto' },
    ],
  };
}

/**
 * How the remote's source resolves, with a build's own `aliases` added. SWR's
 * `use-sync-external-store/shim` polyfills a hook that every React in HOST_REACT_RANGE (18.3
 * and later) has: React's own hook replaces it (0.3 KB).
 */
export function remoteSourceResolve(aliases: Record<string, string> = {}): ResolveOptions {
  return {
    extensions: ['.tsx', '.ts', '.js', '.mjs', '.json'],
    alias: { 'use-sync-external-store/shim$': SYNC_EXTERNAL_STORE_SHIM, ...aliases },
  };
}

/** The module `use-sync-external-store/shim` resolves to in the remote's source. */
export const SYNC_EXTERNAL_STORE_SHIM = path.join(remoteDir, 'src/lib/useSyncExternalStoreShim.ts');
