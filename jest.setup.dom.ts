import '@testing-library/jest-dom';
import { toHaveNoViolations } from 'jest-axe';
import { installConsoleErrorGuard } from './scripts/jestConsoleGuard';

expect.extend(toHaveNoViolations);

// Mantine reads these browser APIs, which jsdom does not implement.
const mediaQueryList = (query: string): MediaQueryList =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }) as MediaQueryList;
window.matchMedia = window.matchMedia ?? mediaQueryList;
window.ResizeObserver =
  window.ResizeObserver ??
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
window.HTMLElement.prototype.scrollIntoView =
  window.HTMLElement.prototype.scrollIntoView ?? (() => {});

/*
 * jest-fixed-jsdom installs Node's AbortController, and jsdom's addEventListener rejects the
 * signals it makes ("parameter 3 dictionary has member 'signal' that is not of type
 * 'AbortSignal'"). Mantine's notifications listen that way (useDrag). When jsdom refuses such a
 * signal, honour it by hand: add the listener without it and remove it on abort.
 */
const jsdomAddEventListener = EventTarget.prototype.addEventListener;

EventTarget.prototype.addEventListener = function addEventListenerWithForeignSignal(
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  try {
    jsdomAddEventListener.call(this, type, listener, options);
  } catch (error) {
    if (!listener || typeof options !== 'object' || !options.signal) throw error;
    const { signal, ...rest } = options;
    if (signal.aborted) return;
    jsdomAddEventListener.call(this, type, listener, rest);
    signal.addEventListener('abort', () => this.removeEventListener(type, listener, rest), {
      once: true,
    });
  }
};

// A test that makes React or the code under test log an error fails (see the guard).
installConsoleErrorGuard({ beforeEach, afterEach });
