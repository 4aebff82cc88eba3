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
  plugins: [new HtmlWebpackPlugin({ template: './public/index.html' })],
};
