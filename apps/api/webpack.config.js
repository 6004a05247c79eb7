const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// One CommonJS bundle of the API and the workspace libraries; npm packages stay external.
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Simulations run in worker threads (libs/api/compensation): bundle the worker too.
      additionalEntryPoints: [
        {
          entryName: 'simulation-worker',
          entryPath: join(__dirname, '../../libs/api/compensation/src/simulation/simulation.worker.ts'),
        },
      ],
      // The example plans, offered by GET /api/compensation/examples.
      assets: [{ input: 'examples/commission', glob: '*.json', output: 'examples/commission' }],
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      skipTypeChecking: true,
    }),
  ],
};
