import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOST_MANTINE_RANGE, HOST_REACT_RANGE } from '@migratekit/vm-operations-contract';
import { satisfy } from '@module-federation/enhanced/runtime';
import omaApiPackage from '../shared-contracts/oma-api/package.json';
import operatorTextPackage from '../shared-contracts/operator-text/package.json';
import { contractVersion, hostShared, remoteFederation, remoteShared } from './federation';

const dependencies = { react: '^19.3.1', 'react-dom': '^19.3.1', swr: '^2.5.1' };
const REACT_KEYS = ['react', 'react/', 'react-dom', 'react-dom/'];

describe('the React a production remote runs on', () => {
  it.each([
    '18.3.1',
    '19.0.0',
    '19.1.0',
    // What Next.js 15.4's App Router bundles and runs.
    '19.2.0-canary-97cdd5d3-20250710',
    '19.3.1',
  ])('accepts the host React %s (as the federation runtime checks it)', (version) => {
    expect(satisfy(version, HOST_REACT_RANGE)).toBe(true);
  });

  it.each(['18.2.0', '17.0.2', '20.0.0'])('refuses React %s', (version) => {
    expect(satisfy(version, HOST_REACT_RANGE)).toBe(false);
  });

  it('is never supplied by the remote: React and ReactDOM are imported from the host only', () => {
    const shared = remoteShared(dependencies, {
      hostReact: true,
      hostCache: false,
      contracts: false,
    });
    for (const key of REACT_KEYS) {
      expect(shared[key]).toEqual({
        singleton: true,
        import: false,
        requiredVersion: HOST_REACT_RANGE,
      });
    }
  });

  it('is bundled in development, for the standalone workbench', () => {
    const shared = remoteShared(dependencies, {
      hostReact: false,
      hostCache: true,
      contracts: false,
    });
    for (const key of REACT_KEYS) expect(shared[key]?.import).toBeUndefined();
  });
});

describe("a host's Mantine", () => {
  it.each(['8.3.0', '8.3.18', '9.0.0', '9.8.1'])('%s is used by the remote', (version) => {
    expect(satisfy(version, HOST_MANTINE_RANGE)).toBe(true);
  });

  it.each(['7.17.8', '8.2.0', '10.0.0'])('%s is not (the remote uses its own)', (version) => {
    expect(satisfy(version, HOST_MANTINE_RANGE)).toBe(false);
  });

  it("falls back to the remote's own copy, tree-shaken to what the remote uses", () => {
    const shared = remoteShared(dependencies, {
      hostReact: true,
      hostCache: false,
      contracts: false,
    });
    for (const key of ['@mantine/core', '@mantine/hooks']) {
      expect(shared[key]).toEqual({
        singleton: true,
        requiredVersion: HOST_MANTINE_RANGE,
        treeShaking: { mode: 'runtime-infer' },
      });
    }
  });
});

describe('SWR', () => {
  it("is shared where a host may fill the remote's cache, and bundled in the default entry", () => {
    const lean = remoteShared(dependencies, { hostReact: true, hostCache: true, contracts: true });
    expect(lean.swr).toEqual({ singleton: true, requiredVersion: '^2.5.1' });
    const bundled = remoteShared(dependencies, {
      hostReact: true,
      hostCache: false,
      contracts: false,
    });
    expect(bundled.swr).toBeUndefined();
  });

  it('is shared by the default entry in development, where host-shell loads it', () => {
    const development = remoteFederation({ dependencies, mode: 'development', runtime: 'bundled' });
    expect(development.shared.swr).toEqual({ singleton: true, requiredVersion: '^2.5.1' });
    const production = remoteFederation({ dependencies, mode: 'production', runtime: 'bundled' });
    expect(production.shared.swr).toBeUndefined();
  });
});

describe('hostShared', () => {
  it('provides its own versions of the singletons a remote takes from it', () => {
    const shared = hostShared({ ...dependencies, '@mantine/core': '^9.8.1' });
    expect(shared.react).toEqual({ singleton: true, requiredVersion: '^19.3.1' });
    expect(shared['react/']).toEqual({ singleton: true, requiredVersion: '^19.3.1' });
    expect(shared['@mantine/core']).toEqual({ singleton: true, requiredVersion: '^9.8.1' });
    expect(shared['@mantine/hooks']).toEqual({ singleton: true, requiredVersion: false });
  });
});

describe('the contracts packages', () => {
  const CONTRACTS = {
    '@migratekit/oma-api': omaApiPackage.version,
    '@migratekit/operator-text': operatorTextPackage.version,
  };

  it('are shared by the lean entry only, at a version naming their source, tree-shaken when its own', () => {
    const lean = remoteShared(dependencies, { hostReact: true, hostCache: true, contracts: true });
    for (const [name, version] of Object.entries(CONTRACTS)) {
      const shared = lean[name];
      expect(shared?.version).toMatch(
        new RegExp(`^${version.replaceAll('.', '\\.')}-src\\.h[0-9a-f]{12}$`),
      );
      expect(shared).toEqual({
        version: shared?.version,
        requiredVersion: shared?.version,
        treeShaking: { mode: 'runtime-infer' },
      });
    }
    const bundled = remoteShared(dependencies, {
      hostReact: true,
      hostCache: false,
      contracts: false,
    });
    for (const name of Object.keys(CONTRACTS)) expect(bundled[name]).toBeUndefined();
  });

  it('are provided whole by host-shell, at the same versions as the remote requires', () => {
    const host = hostShared(dependencies);
    const lean = remoteShared(dependencies, { hostReact: true, hostCache: true, contracts: true });
    for (const name of Object.keys(CONTRACTS)) {
      expect(host[name]).toEqual({
        version: lean[name]?.version,
        requiredVersion: lean[name]?.version,
      });
    }
  });

  describe('a version naming the source', () => {
    let copy: string;
    const write = (file: string, text: string) => writeFileSync(path.join(copy, file), text);

    beforeEach(() => {
      copy = mkdtempSync(path.join(tmpdir(), 'contract-version-'));
      mkdirSync(path.join(copy, 'src'));
      write(
        'package.json',
        JSON.stringify({ name: 'contract-copy', version: '1.2.3', main: 'src/index.ts' }),
      );
      write('src/index.ts', 'export const answer = 42;\n');
      write('src/index.test.ts', 'test("answer", () => {});\n');
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    it('changes with the source and not with the tests', () => {
      const first = contractVersion(copy);
      expect(first).toMatch(/^1\.2\.3-src\.h[0-9a-f]{12}$/);
      write('src/index.test.ts', 'test("answer again", () => {});\n');
      expect(contractVersion(copy)).toBe(first);
      write('src/index.ts', 'export const answer = 43;\n');
      expect(contractVersion(copy)).not.toBe(first);
    });
  });
});
