import { useEffect, useState } from 'react';

/** Default tick of `useNow`: relative times ("25 seconds ago") stay roughly right. */
export const DEFAULT_NOW_INTERVAL_MS = 15_000;

/**
 * The current time, updated every `intervalMs` and whenever the tab becomes visible again
 * (timers are throttled in hidden tabs). Stops when the component unmounts.
 */
export function useNow(intervalMs: number = DEFAULT_NOW_INTERVAL_MS): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, Math.max(1, intervalMs));
    const onVisibilityChange = () => {
      if (document.visibilityState !== 'hidden') tick();
    };
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [intervalMs]);

  return now;
}
