const { readFileSync } = require('node:fs');
const path = require('node:path');

/**
 * The build the webpack matrix hosts share: TypeScript (and JSX for the React hosts) through
 * swc, the dashboard's page and look from this folder, and bare imports resolved from the
 * host's own node_modules first, so this folder's modules use the host's React. Each host adds
 * its federation plugin (if any) in its own webpack.config.js.
 */
function hostWebpackConfig({ dir, entry, title, jsx, plugins = [], outDir = 'dist' }) {
  const HtmlWebpackPlugin = require(require.resolve('html-webpack-plugin', { paths: [dir] }));
  return {
    entry,
    output: { path: path.join(dir, outDir), publicPath: '/', clean: true },
    resolve: {
      extensions: jsx ? ['.ts', '.tsx', '.js'] : ['.ts', '.js'],
      modules: [path.join(dir, 'node_modules'), 'node_modules'],
    },
    module: {
      rules: [
        {
          test: jsx ? /\.tsx?$/ : /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: jsx
                ? {
                    parser: { syntax: 'typescript', tsx: true },
                    transform: { react: { runtime: 'automatic' } },
                  }
                : { parser: { syntax: 'typescript' } },
            },
          },
        },
      ],
    },
    plugins: [
      ...plugins,
      new HtmlWebpackPlugin({
        template: path.join(__dirname, 'index.ejs'),
        title,
        templateParameters: { hostCss: readFileSync(path.join(__dirname, 'host.css'), 'utf8') },
      }),
    ],
  };
}

module.exports = { hostWebpackConfig };
