const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const { hostWebpackConfig } = require('../shared/webpack.cjs');
const deps = require('./package.json').dependencies;

/**
 * The remote's URL is read at run time (src/App.tsx), so no `remotes` here. `--env lean` builds
 * the lean-manifest variant into dist-lean/: the same host, providing its federation runtime to
 * the remote's lean entry (see the README's "The lean manifest").
 */
module.exports = ({ lean = false } = {}) =>
  hostWebpackConfig({
    dir: __dirname,
    entry: './src/index.ts',
    title: 'webpack host',
    jsx: true,
    outDir: lean ? 'dist-lean' : 'dist',
    plugins: [
      new ModuleFederationPlugin({
        name: 'webpack_host',
        shared: {
          react: { singleton: true, requiredVersion: deps.react },
          'react-dom': { singleton: true, requiredVersion: deps['react-dom'] },
          // The remote takes its JSX runtime from the host too (see the README's recipe).
          'react/jsx-runtime': { singleton: true, requiredVersion: deps.react },
        },
        ...(lean ? { experiments: { provideExternalRuntime: true } } : {}),
      }),
    ],
  });
