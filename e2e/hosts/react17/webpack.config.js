const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const { hostWebpackConfig } = require('../shared/webpack.cjs');

// The remote's URL is read at run time (src/App.tsx), so no `remotes` here. Nothing is shared:
// the bridge build brings its own React, which renders the feature in a root of its own.
module.exports = hostWebpackConfig({
  dir: __dirname,
  entry: './src/index.ts',
  title: 'React 17 host',
  jsx: true,
  plugins: [
    new ModuleFederationPlugin({
      name: 'react17_host',
      // No react-router here: bridge-react's host side without its router helpers.
      bridge: { enableBridgeRouter: false },
    }),
  ],
});
