import { format } from 'node:util';

type Hook = (fn: () => void) => void;

/**
 * Fails every test during which console.error was called: an act() warning, or a failure the
 * code under test logs, is behaviour nobody asserted. A test that expects a log spies on
 * console.error itself; its spy then takes the calls instead of this one.
 */
export function installConsoleErrorGuard({
  beforeEach,
  afterEach,
}: {
  beforeEach: Hook;
  afterEach: Hook;
}): void {
  let logged: unknown[][] = [];
  let original: typeof console.error | null = null;
  beforeEach(() => {
    logged = [];
    original = console.error;
    console.error = (...args: unknown[]) => {
      logged.push(args);
    };
  });
  afterEach(() => {
    const [first, ...more] = logged;
    logged = [];
    if (original) console.error = original;
    original = null;
    if (first) {
      throw new Error(
        `console.error was called ${more.length + 1} time(s) during the test; the first:\n${format(...first)}`,
      );
    }
  });
}
