const { hostWebpackConfig } = require('../shared/webpack.cjs');

// No Module Federation plugin: src/main.ts loads the remote with the runtime API.
module.exports = hostWebpackConfig({
  dir: __dirname,
  entry: './src/main.ts',
  title: 'Host without React',
  jsx: false,
});
