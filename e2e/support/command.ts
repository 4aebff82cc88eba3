import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const RSPACK_CLI = path.join(
  path.dirname(require.resolve('@rspack/cli/package.json')),
  'bin/rspack.js',
);

/**
 * Runs a command to its end and resolves with what it printed (stdout and stderr together);
 * a failure to start or a non-zero exit rejects with that output.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/**
 * A production build with the rspack CLI in its own Node process, as `pnpm build` runs it: a
 * build inside the test process would bundle the federation runtime as the test's TypeScript
 * loader rewrote it. Resolves with the CLI's output.
 */
export function rspackBuild(config: string, env: NodeJS.ProcessEnv): Promise<string> {
  return runCommand(process.execPath, [RSPACK_CLI, 'build', '-c', config], {
    env: { NODE_ENV: 'production', ...env },
  });
}
