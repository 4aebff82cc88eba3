import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Configuration, rspack } from '@rspack/core';
import { SUPPORTED_BROWSERS } from '../../../build/federation';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

/*
 * A production build of a host that knows nothing of this project's build: React only, no
 * Mantine, no Module Federation plugin, the remote loaded with the federation runtime API.
 * Built by the style-isolation browser test into E2E_PLAIN_HOST_OUTPUT_PATH.
 */
const outputPath = process.env.E2E_PLAIN_HOST_OUTPUT_PATH;
if (!outputPath) throw new Error('Set E2E_PLAIN_HOST_OUTPUT_PATH.');

export default {
  name: 'plain-host',
  mode: 'production',
  context: here,
  target: `browserslist:${SUPPORTED_BROWSERS}`,
  entry: { main: './src/main.tsx' },
  output: { path: outputPath, publicPath: '/', filename: '[name].[contenthash:8].js', clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js', '.mjs'],
    // No dependencies of its own: React and the runtime as host-shell installed them.
    modules: ['node_modules', path.join(repoRoot, 'host-shell/node_modules')],
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
          },
        },
        type: 'javascript/auto',
      },
      { test: /\.css$/, type: 'css' },
    ],
  },
  plugins: [new rspack.HtmlRspackPlugin({ template: path.join(here, 'index.html') })],
} satisfies Configuration;
