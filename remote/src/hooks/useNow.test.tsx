import {
  advance,
  installFakeClock,
  installVisibilityControl,
  renderHookWithProviders,
  setVisibility,
} from '../test-utils';
import { DEFAULT_NOW_INTERVAL_MS, useNow } from './useNow';

beforeAll(installVisibilityControl);
beforeEach(installFakeClock);
afterEach(() => {
  setVisibility('visible');
  jest.useRealTimers();
});

describe('useNow', () => {
  it('starts at the current time', () => {
    const { result } = renderHookWithProviders(() => useNow());
    expect(result.current).toBe(Date.now());
  });

  it('ticks every 15 seconds by default, so relative times keep moving', async () => {
    const { result } = renderHookWithProviders(() => useNow());
    const start = result.current;
    await advance(DEFAULT_NOW_INTERVAL_MS - 1);
    expect(result.current).toBe(start);
    await advance(1);
    expect(result.current).toBe(start + DEFAULT_NOW_INTERVAL_MS);
    await advance(DEFAULT_NOW_INTERVAL_MS);
    expect(result.current).toBe(start + 2 * DEFAULT_NOW_INTERVAL_MS);
  });

  it('ticks at the interval it is given', async () => {
    const { result } = renderHookWithProviders(() => useNow(1_000));
    const start = result.current;
    await advance(3_000);
    expect(result.current).toBe(start + 3_000);
  });

  it('catches up as soon as the tab is visible again', async () => {
    const { result } = renderHookWithProviders(() => useNow());
    const start = result.current;
    setVisibility('hidden');
    // Browsers throttle timers in hidden tabs; only the clock moves here.
    jest.setSystemTime(start + 5 * 60_000);
    expect(result.current).toBe(start);
    setVisibility('visible');
    expect(result.current).toBe(start + 5 * 60_000);
  });

  it('stops ticking when unmounted', () => {
    const { unmount } = renderHookWithProviders(() => useNow(1_000));
    expect(jest.getTimerCount()).toBe(1);
    unmount();
    expect(jest.getTimerCount()).toBe(0);
  });
});
