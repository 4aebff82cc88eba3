const { readFileSync } = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

// No Module Federation plugin: src/main.ts loads the remote with the runtime API.
module.exports = {
  entry: './src/main.ts',
  output: { path: path.resolve(__dirname, 'dist'), publicPath: '/', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: 'swc-loader', options: { jsc: { parser: { syntax: 'typescript' } } } },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      // The dashboard's page and look, shared by the matrix hosts (../shared).
      template: '../shared/index.ejs',
      title: 'Host without React',
      templateParameters: {
        hostCss: readFileSync(path.join(__dirname, '../shared/host.css'), 'utf8'),
      },
    }),
  ],
};
