import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import {
  type Configuration,
  type DevServerMiddleware,
  type DevServerMiddlewareHandler,
  type RuleSetRule,
  rspack,
} from '@rspack/core';
import { ReactRefreshRspackPlugin } from '@rspack/plugin-react-refresh';
import { esmFederationRuntime } from '../build/esmFederationRuntime';
import { hostFederation, SUPPORTED_BROWSERS } from '../build/federation';
import { readBindHost, readHostPort, readOmaApiUrl } from '../scripts/environment';
import {
  HOST_RUNTIME_CONFIG_HEADERS,
  HOST_RUNTIME_CONFIG_PATH,
  readHostRuntimeConfig,
} from './server-config';
import { HOST_FEDERATION_NAME } from './src/remote/federationNames';

const hostDir = path.dirname(fileURLToPath(import.meta.url));

/** The host's declared dependencies: shared modules require the versions the host ships with. */
const hostDependencies: Record<string, string> = JSON.parse(
  readFileSync(path.join(hostDir, 'package.json'), 'utf8'),
).dependencies;

/** The browsers the dashboard supports (shared with the remote's build). */
const BROWSER_TARGETS = SUPPORTED_BROWSERS;

export interface HostBuildEnv {
  /** `development` serves with hot reload; `production` emits hashed, minified files. */
  mode: 'development' | 'production';
}

function swcRule(test: RegExp, tsx: boolean, isDev: boolean): RuleSetRule {
  return {
    test,
    exclude: /node_modules/,
    loader: 'builtin:swc-loader',
    options: {
      jsc: {
        parser: { syntax: 'typescript', tsx },
        transform: {
          react: { runtime: 'automatic', development: isDev, refresh: isDev },
        },
      },
      env: { targets: BROWSER_TARGETS },
    },
  };
}

const serveRuntimeConfig: DevServerMiddlewareHandler = (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    next();
    return;
  }
  res.writeHead(200, HOST_RUNTIME_CONFIG_HEADERS);
  res.end(req.method === 'HEAD' ? undefined : JSON.stringify(readHostRuntimeConfig(process.env)));
};

/** Serves the same `/config.json` as the production server, from this process's environment. */
const runtimeConfigMiddleware: DevServerMiddleware = {
  name: 'host-runtime-config',
  path: HOST_RUNTIME_CONFIG_PATH,
  middleware: serveRuntimeConfig,
};

/** The host shell's Rspack configuration: a Module Federation host with no static remotes. */
export function createHostConfig(env: HostBuildEnv): Configuration {
  const isDev = env.mode === 'development';
  const filename = isDev ? '[name]' : '[name].[contenthash:8]';

  return {
    name: 'host-shell',
    mode: env.mode,
    context: hostDir,
    target: `browserslist:${BROWSER_TARGETS}`,
    entry: { main: './src/index.ts' },
    devtool: isDev ? 'cheap-module-source-map' : 'hidden-source-map',
    output: {
      path: path.join(hostDir, 'dist'),
      publicPath: '/',
      uniqueName: HOST_FEDERATION_NAME,
      filename: `${filename}.js`,
      chunkFilename: `${filename}.js`,
      cssFilename: `${filename}.css`,
      cssChunkFilename: `${filename}.css`,
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.json'],
    },
    module: {
      rules: [
        swcRule(/\.ts$/, false, isDev),
        swcRule(/\.tsx$/, true, isDev),
        {
          // Rspack's native CSS: `*.module.css` become CSS modules, other stylesheets stay global.
          test: /\.css$/,
          type: 'css/auto',
          // Components import their classes as a default object (`import classes from ...`).
          parser: { namedExports: false },
        },
      ],
    },
    plugins: [
      new rspack.HtmlRspackPlugin({
        template: path.join(hostDir, 'public/index.html'),
        title: 'MigrateKit OSSEA',
        // A file of the host's own origin: the CSP (img-src 'self') refuses data: URIs.
        favicon: path.join(hostDir, 'public/favicon.svg'),
      }),
      esmFederationRuntime(),
      new ModuleFederationPlugin(
        hostFederation({
          name: HOST_FEDERATION_NAME,
          dependencies: hostDependencies,
          runtimePlugins: [path.join(hostDir, 'src/remote/remoteLoadErrorPlugin.ts')],
        }),
      ),
      isDev && new ReactRefreshRspackPlugin(),
    ],
    // Shared modules are whole packages (Mantine above all); size hints would always fire.
    performance: { hints: false },
    devServer: {
      host: readBindHost(process.env),
      port: readHostPort(process.env),
      historyApiFallback: true,
      hot: true,
      // Remote failures are shown in the page itself; an overlay would hide that very UI.
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
      proxy: [{ context: ['/api'], target: readOmaApiUrl(process.env), changeOrigin: true }],
      setupMiddlewares: (middlewares) => [runtimeConfigMiddleware, ...middlewares],
    },
  };
}

export default createHostConfig({
  mode: process.env.NODE_ENV === 'production' ? 'production' : 'development',
});
