import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../..');

function startCli(env: Record<string, string>): ChildProcess {
  // One process (no tsx wrapper), so the signals reach the server itself.
  return spawn(process.execPath, ['--import', 'tsx', 'mocks/src/http/cli.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        child.stdout?.off('data', onData);
        resolvePromise(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before output:\n${output}`)),
    );
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) resolvePromise(child.exitCode);
    else child.once('exit', (code) => resolvePromise(code));
  });
}

describe('mock OMA API command', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints its URL, serves the API and exits cleanly on SIGTERM', async () => {
    child = startCli({ MOCK_API_PORT: '0', MOCK_API_HOST: '127.0.0.1', MOCK_API_SPEED: '5' });
    const [, url] = await waitForOutput(
      child,
      /Mock OMA API listening on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)\n/,
    );
    const response = await fetch(`${url}/vm-contexts/pgtest1`);
    expect(response.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);
  }, 30_000);

  it('exits cleanly on SIGINT', async () => {
    child = startCli({ MOCK_API_PORT: '0' });
    await waitForOutput(child, /listening on/);
    child.kill('SIGINT');
    expect(await exitCode(child)).toBe(0);
  }, 30_000);

  it('refuses an invalid speed', async () => {
    child = startCli({ MOCK_API_PORT: '0', MOCK_API_SPEED: 'fast' });
    expect(await exitCode(child)).toBe(2);
  }, 30_000);
});
