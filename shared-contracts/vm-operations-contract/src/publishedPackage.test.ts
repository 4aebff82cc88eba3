import { execFileSync, spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * The package as a host in another repository gets it: packed as for publishing, unpacked into
 * a project outside the workspace that has only TypeScript and React's types besides it (and
 * the Module Federation runtime whose `loadRemote` it calls), then compiled with `tsc`.
 */

const packageDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(packageDir, '../..');

let workDir: string;
let hostDir: string;
let tarballEntries: string[];

/** The real folder of a package installed in the workspace root, for linking elsewhere. */
function workspacePackage(name: string): string {
  return realpathSync(path.join(repoRoot, 'node_modules', name));
}

function link(target: string, name: string) {
  const where = path.join(hostDir, 'node_modules', name);
  mkdirSync(path.dirname(where), { recursive: true });
  symlinkSync(target, where, 'dir');
}

function writeHostFile(name: string, source: string) {
  writeFileSync(path.join(hostDir, name), source);
}

/**
 * `tsc --noEmit` over one host file, as the host's own TypeScript runs it. `skipLibCheck`, as
 * hosts have it, for files that import the Module Federation runtime, whose declarations
 * need Node's types; files that import only the package check its declarations too.
 */
function compile(
  file: string,
  { moduleResolution = 'Bundler', skipLibCheck = false } = {} as {
    moduleResolution?: 'Bundler' | 'NodeNext';
    skipLibCheck?: boolean;
  },
) {
  const config = `tsconfig.${file}.${moduleResolution}.json`;
  writeFileSync(
    path.join(hostDir, config),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        module: moduleResolution === 'Bundler' ? 'ESNext' : 'NodeNext',
        moduleResolution,
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck,
        types: [],
      },
      files: [file],
    }),
  );
  const tsc = path.join(hostDir, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], {
    cwd: hostDir,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'vm-operations-contract-'));
  const packDir = path.join(workDir, 'pack');
  mkdirSync(packDir);
  // `prepack` builds dist/ first, as `pnpm publish` does.
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'scripts/pnpm.mjs'), 'pack', '--pack-destination', packDir],
    { cwd: packageDir, stdio: 'pipe' },
  );
  const [tarball] = readdirSync(packDir);
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  const tarballPath = path.join(packDir, tarball);
  tarballEntries = execFileSync('tar', ['-tzf', tarballPath], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort();

  hostDir = path.join(workDir, 'host');
  const installed = path.join(hostDir, 'node_modules/@migratekit/vm-operations-contract');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarballPath, '-C', installed, '--strip-components=1']);
  link(workspacePackage('typescript'), 'typescript');
  link(workspacePackage('@types/react'), '@types/react');
  link(workspacePackage('@module-federation/enhanced'), '@module-federation/enhanced');
  writeFileSync(
    path.join(hostDir, 'package.json'),
    JSON.stringify({ name: 'another-teams-host', private: true, type: 'module' }),
  );

  writeHostFile(
    'host.tsx',
    `import { loadRemote } from '@module-federation/enhanced/runtime';
import {
  isContractCompatible,
  type LastOperationBadgeModule,
  type LiveFailoverTarget,
  REMOTE_MODULE_IDS,
  type VmOperationsModule,
} from '@migratekit/vm-operations-contract';

const SUPPORTED_CONTRACT_MAJOR = 1;

export async function vmOperationsFor(vm: { contextId: string; vmName: string }) {
  const module = await loadRemote<VmOperationsModule>(REMOTE_MODULE_IDS.vmOperations);
  if (!module || !isContractCompatible(module.CONTRACT_VERSION, SUPPORTED_CONTRACT_MAJOR)) {
    return null;
  }
  const { default: VmOperations } = module;
  const tryLiveFailover = async ({ contextId, failedJobId }: LiveFailoverTarget) => {
    await fetch('/api/v1/failover/live', {
      method: 'POST',
      body: JSON.stringify({ contextId, failedJobId }),
    });
  };
  return (
    <VmOperations
      contextId={vm.contextId}
      vmName={vm.vmName}
      isAdmin={false}
      onTryLiveFailover={tryLiveFailover}
      requestHeaders={{ Authorization: 'Bearer token' }}
      credentials="include"
      activePollMs={3_000}
    />
  );
}

export async function badgeFor(vmName: string) {
  const module = await loadRemote<LastOperationBadgeModule>(REMOTE_MODULE_IDS.lastOperationBadge);
  return module ? <module.LastOperationBadge vmName={vmName} /> : null;
}
`,
  );
  writeHostFile(
    'wrongType.tsx',
    `import type { VmOperationsModule } from '@migratekit/vm-operations-contract';

export function page({ default: VmOperations }: VmOperationsModule) {
  return <VmOperations contextId="ctx-pgtest1" vmName="pgtest1" isAdmin="yes" />;
}
`,
  );
  writeHostFile(
    'unknownProp.tsx',
    `import type { VmOperationsModule } from '@migratekit/vm-operations-contract';

export function page({ default: VmOperations }: VmOperationsModule) {
  return <VmOperations contextId="ctx-pgtest1" vmName="pgtest1" isAdmn />;
}
`,
  );
  writeHostFile('declarations.ts', "export * from '@migratekit/vm-operations-contract';\n");
  writeHostFile(
    'missingProp.tsx',
    `import type { VmOperationsModule } from '@migratekit/vm-operations-contract';

export function page({ default: VmOperations }: VmOperationsModule) {
  return <VmOperations contextId="ctx-pgtest1" />;
}
`,
  );
}, 120_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('the tarball holds the build, the README and package.json only', () => {
  expect(tarballEntries).toEqual([
    'package/README.md',
    'package/dist/index.d.ts',
    'package/dist/index.js',
    'package/package.json',
  ]);
});

test('the declarations type-check on their own, strictly, with React 19 types', () => {
  expect(compile('declarations.ts')).toEqual({ status: 0, output: '' });
}, 60_000);

test.each(['Bundler', 'NodeNext'] as const)(
  'a host loading and rendering the remote with its types compiles (moduleResolution %s)',
  (moduleResolution) => {
    expect(compile('host.tsx', { moduleResolution, skipLibCheck: true })).toEqual({
      status: 0,
      output: '',
    });
  },
  60_000,
);

test('a prop of the wrong type fails to compile, at that prop', () => {
  const { status, output } = compile('wrongType.tsx');
  expect(status).not.toBe(0);
  // Column of `isAdmin="yes"` on line 4: tsc reports the error at the attribute.
  const column = '  return <VmOperations contextId="ctx-pgtest1" vmName="pgtest1" '.length + 1;
  expect(output).toContain(`wrongType.tsx(4,${column}): error`);
  expect(output).toContain("Type 'string' is not assignable to type 'boolean | undefined'.");
}, 60_000);

test('a prop the remote does not take fails to compile, naming the prop', () => {
  const { status, output } = compile('unknownProp.tsx');
  expect(status).not.toBe(0);
  expect(output).toMatch(/unknownProp\.tsx\(4,\d+\): error/);
  expect(output).toContain("Property 'isAdmn' does not exist on type");
}, 60_000);

test('a missing required prop fails to compile, naming the prop', () => {
  const { status, output } = compile('missingProp.tsx');
  expect(status).not.toBe(0);
  expect(output).toMatch(/missingProp\.tsx\(4,\d+\): error/);
  expect(output).toContain(
    "Property 'vmName' is missing in type '{ contextId: string; }' but required in type 'VmOperationsProps'.",
  );
}, 60_000);
