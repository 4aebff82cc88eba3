const { readFileSync } = require('node:fs');
const path = require('node:path');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

// The remote's URL is read at run time (src/App.tsx), so no `remotes` here. Nothing is shared:
// the bridge build brings its own React, which renders the feature in a root of its own.
module.exports = {
  entry: './src/index.ts',
  output: { path: path.resolve(__dirname, 'dist'), publicPath: '/', clean: true },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    // ../shared's modules use this host's React, not another copy found above it.
    modules: [path.join(__dirname, 'node_modules'), 'node_modules'],
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
            },
          },
        },
      },
    ],
  },
  plugins: [
    new ModuleFederationPlugin({
      name: 'react17_host',
      // No react-router here: bridge-react's host side without its router helpers.
      bridge: { enableBridgeRouter: false },
    }),
    new HtmlWebpackPlugin({
      // The dashboard's page and look, shared by the matrix hosts (../shared).
      template: '../shared/index.ejs',
      title: 'React 17 host',
      templateParameters: {
        hostCss: readFileSync(path.join(__dirname, '../shared/host.css'), 'utf8'),
      },
    }),
  ],
};
