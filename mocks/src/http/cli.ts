import { DEFAULT_MOCK_API_HOST, DEFAULT_MOCK_API_PORT } from '../../../scripts/environment';
import { startMockOmaApi } from './server';

/*
 * Runs the mock OMA API: `tsx mocks/src/http/cli.ts`.
 * MOCK_API_PORT (default 8082), MOCK_API_HOST (default 127.0.0.1), MOCK_API_SPEED (default 1).
 */

function readNumber(name: string, fallback: number, valid: (n: number) => boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!valid(value)) {
    console.error(`${name} is invalid: ${raw}`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const port = readNumber(
    'MOCK_API_PORT',
    DEFAULT_MOCK_API_PORT,
    (n) => Number.isInteger(n) && n >= 0 && n <= 65_535,
  );
  const speed = readNumber('MOCK_API_SPEED', 1, (n) => Number.isFinite(n) && n > 0);
  const host = process.env.MOCK_API_HOST?.trim() || DEFAULT_MOCK_API_HOST;

  const api = await startMockOmaApi({ port, host, speed });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Mock OMA API stopping (${signal})`);
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Mock OMA API did not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Printed once the signals are handled: whoever waits for this line may stop it right away.
  console.log(`Mock OMA API listening on ${api.url}`);
}

main().catch((error: unknown) => {
  console.error('Mock OMA API failed to start:', error);
  process.exit(1);
});
