const path = require('node:path');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

// The remote's URL is read at run time (src/App.tsx), so no `remotes` here. Nothing is shared:
// the bridge build brings its own React, which renders the feature in a root of its own.
module.exports = {
  entry: './src/index.ts',
  output: { path: path.resolve(__dirname, 'dist'), publicPath: '/', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
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
    new HtmlWebpackPlugin({ template: './public/index.html' }),
  ],
};
