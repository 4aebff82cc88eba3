import {
  CONTRACTS_PACKAGE,
  federationShared,
  fingerprint,
  MANTINE_STYLESHEET,
  type MantineShareModules,
  namesImportedFrom,
  reExportModuleSource,
  SINGLETON_PACKAGES,
} from './federation';

const dependencies = {
  react: '^19.3.1',
  'react-dom': '^19.3.1',
  '@mantine/core': '^9.8.1',
  '@mantine/hooks': '^9.8.1',
  swr: '^2.5.1',
  zod: '^4.6.7',
  [CONTRACTS_PACKAGE]: 'workspace:*',
};

const mantine: MantineShareModules = {
  modules: { '@mantine/core': '/build/core.mjs', '@mantine/hooks': '/build/hooks.mjs' },
  stylesheet: '/pkg/@mantine/core/styles.css',
  versions: { '@mantine/core': '9.8.1', '@mantine/hooks': '9.8.1' },
};

describe('federationShared', () => {
  it('shares the singletons and swr whole by default (development builds)', () => {
    const shared = federationShared(dependencies);
    expect(Object.keys(shared).sort()).toEqual([...SINGLETON_PACKAGES, 'swr'].sort());
    expect(shared.react).toEqual({ singleton: true, requiredVersion: '^19.3.1' });
    expect(shared['react/']).toEqual({ singleton: true, requiredVersion: '^19.3.1' });
    expect(shared['@mantine/core']).toEqual({ singleton: true, requiredVersion: '^9.8.1' });
  });

  it("has a remote consume Mantine's reduced modules and stylesheet by their package names", () => {
    const shared = federationShared(dependencies, { role: 'remote', mantine });
    expect(shared['@mantine/core']).toEqual({
      singleton: true,
      requiredVersion: '^9.8.1',
      import: '/build/core.mjs',
      shareKey: '@mantine/core',
      version: '9.8.1',
    });
    expect(shared['@mantine/hooks']?.import).toBe('/build/hooks.mjs');
    expect(shared[MANTINE_STYLESHEET]).toMatchObject({
      import: '/pkg/@mantine/core/styles.css',
      shareKey: MANTINE_STYLESHEET,
      singleton: true,
    });
  });

  it('has a host provide them keyed by file, so its own code keeps importing Mantine itself', () => {
    const shared = federationShared(dependencies, { role: 'host', mantine });
    expect(shared['@mantine/core']).toBeUndefined();
    expect(shared['@mantine/hooks']).toBeUndefined();
    expect(shared['/build/core.mjs']).toMatchObject({ shareKey: '@mantine/core', singleton: true });
    expect(shared['/build/hooks.mjs']).toMatchObject({ shareKey: '@mantine/hooks' });
    expect(shared['/pkg/@mantine/core/styles.css']).toMatchObject({ shareKey: MANTINE_STYLESHEET });
    expect(shared.react).toEqual({ singleton: true, requiredVersion: '^19.3.1' });
  });

  it('shares the contracts package only with builds of the same fingerprint', () => {
    const shared = federationShared(dependencies, {
      role: 'remote',
      contractsFingerprint: '0123abcd0123abcd',
    });
    expect(shared[CONTRACTS_PACKAGE]).toEqual({
      singleton: false,
      version: '1.0.0-b0123abcd0123abcd',
      requiredVersion: '1.0.0-b0123abcd0123abcd',
    });
    const { [CONTRACTS_PACKAGE]: _, ...withoutContracts } = dependencies;
    expect(
      federationShared(withoutContracts, { role: 'host', contractsFingerprint: 'x' })[
        CONTRACTS_PACKAGE
      ],
    ).toBeUndefined();
  });

  it('shares single package modules by their resolved file', () => {
    const path = '/pnpm/zod@4.6.7/node_modules/zod/v4/core/errors.js';
    const shared = federationShared(dependencies, {
      role: 'host',
      packageModules: [{ shareKey: 'zod/v4/core/errors.js', path, version: '4.6.7' }],
    });
    expect(shared[path]).toEqual({
      singleton: false,
      requiredVersion: '^4.6.7',
      import: path,
      shareKey: 'zod/v4/core/errors.js',
      version: '4.6.7',
    });
  });
});

describe('reExportModuleSource', () => {
  it('re-exports the names, sorted, from the entry file', () => {
    expect(reExportModuleSource('/pkg/esm/index.mjs', ['Text', 'Badge'])).toBe(
      'export { Badge, Text } from "/pkg/esm/index.mjs";\n',
    );
  });
});

describe('namesImportedFrom', () => {
  it('lists the values a module imports from a package, renamed or not, across lines', () => {
    const source = `
      import { Badge, Text as Label } from '@mantine/core';
      import {
        useId as useId$1,
        useMergedRef,
      } from "@mantine/hooks";
      import { type MantineTheme, Stack } from '@mantine/core';
      import type { BoxProps } from '@mantine/core';
      import { useState } from 'react';
    `;
    expect(namesImportedFrom(source, '@mantine/core').sort()).toEqual(['Badge', 'Stack', 'Text']);
    expect(namesImportedFrom(source, '@mantine/hooks').sort()).toEqual(['useId', 'useMergedRef']);
    expect(namesImportedFrom(source, '@mantine/dates')).toEqual([]);
  });
});

describe('fingerprint', () => {
  it('is stable, 16 hex digits, and changes with any text or with their boundaries', () => {
    const a = fingerprint(['api.ts\nexport {}', 'zod@4.6.7']);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(['api.ts\nexport {}', 'zod@4.6.7'])).toBe(a);
    expect(fingerprint(['api.ts\nexport {};', 'zod@4.6.7'])).not.toBe(a);
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
  });
});
