const { readFileSync } = require('node:fs');
const path = require('node:path');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const deps = require('./package.json').dependencies;

// The remote's URL is read at run time (src/App.tsx), so no `remotes` here.
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
      name: 'webpack_host',
      shared: {
        react: { singleton: true, requiredVersion: deps.react },
        'react-dom': { singleton: true, requiredVersion: deps['react-dom'] },
        // The remote takes its JSX runtime from the host too (see the README's recipe).
        'react/jsx-runtime': { singleton: true, requiredVersion: deps.react },
      },
    }),
    new HtmlWebpackPlugin({
      // The dashboard's page and look, shared by the matrix hosts (../shared).
      template: '../shared/index.ejs',
      title: 'webpack host',
      templateParameters: {
        hostCss: readFileSync(path.join(__dirname, '../shared/host.css'), 'utf8'),
      },
    }),
  ],
};
