import { act } from '@testing-library/react';

/*
 * Helpers for the hook tests: fake timers that still let msw and fetch run (they need the
 * real nextTick, setImmediate and microtasks), and a switchable page visibility.
 */

export function installFakeClock() {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
}

/** Moves the fake clock on, running timers and the requests they start. */
export async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

/** Lets pending requests settle without moving the clock. */
export async function settle() {
  for (let round = 0; round < 5; round += 1) await advance(0);
}

let visibility: DocumentVisibilityState = 'visible';

/** Makes `document.visibilityState` controllable for the rest of the test file. */
export function installVisibilityControl() {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  });
  Object.defineProperty(document, 'hidden', {
    configurable: true,
    get: () => visibility === 'hidden',
  });
}

/** Switches the page's visibility and tells listeners, as a browser does on a tab switch. */
export function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
