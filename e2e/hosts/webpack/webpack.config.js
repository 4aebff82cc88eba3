const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const { hostWebpackConfig } = require('../shared/webpack.cjs');
const deps = require('./package.json').dependencies;

// The remote's URL is read at run time (src/App.tsx), so no `remotes` here.
module.exports = hostWebpackConfig({
  dir: __dirname,
  entry: './src/index.ts',
  title: 'webpack host',
  jsx: true,
  plugins: [
    new ModuleFederationPlugin({
      name: 'webpack_host',
      shared: {
        react: { singleton: true, requiredVersion: deps.react },
        'react-dom': { singleton: true, requiredVersion: deps['react-dom'] },
        // The remote takes its JSX runtime from the host too (see the README's recipe).
        'react/jsx-runtime': { singleton: true, requiredVersion: deps.react },
      },
    }),
  ],
});
