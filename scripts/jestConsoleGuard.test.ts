import { installConsoleErrorGuard } from './jestConsoleGuard';

/** The guard's hooks, captured so one test can play a whole guarded test through. */
function guardedTest(body: () => void): () => void {
  let before = () => {};
  let after = () => {};
  installConsoleErrorGuard({
    beforeEach: (fn) => {
      before = fn;
    },
    afterEach: (fn) => {
      after = fn;
    },
  });
  return () => {
    before();
    try {
      body();
    } finally {
      after();
    }
  };
}

test('a test that logs an error fails, naming the first message', () => {
  const run = guardedTest(() => {
    console.error('An update to %s inside a test was not wrapped in act(...).', 'Transition');
    console.error('second');
  });
  expect(run).toThrow(
    'console.error was called 2 time(s) during the test; the first:\nAn update to Transition inside a test was not wrapped in act(...).',
  );
});

test('a test that logs nothing passes, and console.error is the real one again after it', () => {
  const real = console.error;
  const run = guardedTest(() => {
    expect(console.error).not.toBe(real);
  });
  expect(run).not.toThrow();
  expect(console.error).toBe(real);
});

test("a test's own spy takes the calls it expects", () => {
  const run = guardedTest(() => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    console.error('expected by the test');
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
  expect(run).not.toThrow();
});
