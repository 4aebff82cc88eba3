/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// msw 2 and its helpers ship ESM-only files (.mjs) inside node_modules/.pnpm; they must be transformed.
const esmPackages = [
  'msw',
  '@mswjs',
  'rettime',
  'until-async',
  'headers-polyfill',
  'outvariant',
  'strict-event-emitter',
  'is-node-process',
  '@bundled-es-modules',
  '@open-draft',
];

const swcTransform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  '^.+\\.mjs$': ['@swc/jest', {}],
};

const shared = {
  transform: swcTransform,
  transformIgnorePatterns: [`node_modules/(?!(\\.pnpm/)?(${esmPackages.join('|')}))`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  moduleNameMapper: { '\\.css$': 'identity-obj-proxy' },
} satisfies Partial<Config>;

const domProject = (name: string, dir: string = name) => ({
  ...shared,
  displayName: name,
  rootDir: `<rootDir>/${dir}`,
  testEnvironment: 'jest-fixed-jsdom',
  // msw's node interceptors need the Node export conditions, not jsdom's "browser" ones.
  testEnvironmentOptions: { customExportConditions: [''] },
  setupFilesAfterEnv: [`<rootDir>/${'../'.repeat(dir.split('/').length)}jest.setup.dom.ts`],
});

const config: Config = {
  projects: [
    // Includes packing the package and compiling a host against it outside the workspace.
    {
      ...shared,
      displayName: 'vm-operations-contract',
      rootDir: '<rootDir>/shared-contracts/vm-operations-contract',
      testEnvironment: 'node',
    },
    // Browser code: its client resolves URLs against the page.
    domProject('oma-api', 'shared-contracts/oma-api'),
    {
      ...shared,
      displayName: 'operator-text',
      rootDir: '<rootDir>/shared-contracts/operator-text',
      testEnvironment: 'node',
    },
    { ...shared, displayName: 'mocks', rootDir: '<rootDir>/mocks', testEnvironment: 'node' },
    // The federation settings both apps build with.
    { ...shared, displayName: 'build', rootDir: '<rootDir>/build', testEnvironment: 'node' },
    // The production servers (static files, the /api proxy, headers) and deploy/nginx's renderer.
    { ...shared, displayName: 'scripts', rootDir: '<rootDir>/scripts', testEnvironment: 'node' },
    domProject('remote'),
    domProject('host-shell'),
  ],
};

export default config;
