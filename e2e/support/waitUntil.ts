import { setTimeout as delay } from 'node:timers/promises';

/**
 * Resolves once `condition()` holds, checking every `intervalMs`; rejects with `what` after
 * `timeoutMs`. For state outside the page (the mock API's request log, files).
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  {
    what,
    timeoutMs = 15_000,
    intervalMs = 100,
  }: { what: string; timeoutMs?: number; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(intervalMs);
  }
}
