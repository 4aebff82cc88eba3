import { type Revalidator, type RevalidatorOptions, unstable_serialize, useSWRConfig } from 'swr';

/*
 * The polling and retry policy shared by the data hooks (the keys and fetchers are the
 * client's, in `api/`).
 */

/** SWR's own default deduping window. */
const MAX_DEDUPE_MS = 2_000;

/**
 * How long a finished request satisfies other requests for the same key (components
 * mounting together, a tab regaining focus). Shorter than the poll interval, so it never
 * swallows the poller's next tick; steady polling is shared by electing one poller.
 */
export function dedupeWindowFor(pollMs: number): number {
  return Math.max(0, Math.min(MAX_DEDUPE_MS, Math.floor(pollMs * 0.9)));
}

/**
 * Retries failed requests with a doubling delay from `firstDelayMs` up to `maxDelayMs`, for
 * as long as the page is visible; SWR revalidates on its own when the tab shows again.
 */
export function retryWithBackoff(
  firstDelayMs: number,
  maxDelayMs: number,
): (
  error: unknown,
  key: string,
  config: { isVisible: () => boolean },
  revalidate: Revalidator,
  options: Required<RevalidatorOptions>,
) => void {
  return (_error, _key, config, revalidate, options) => {
    if (!config.isVisible()) return;
    const attempt = Math.max(1, options.retryCount);
    const delay = Math.min(firstDelayMs * 2 ** (attempt - 1), Math.max(firstDelayMs, maxDelayMs));
    setTimeout(() => {
      // Hidden by now: stop here; showing the tab again revalidates.
      if (config.isVisible()) void revalidate(options);
    }, delay);
  };
}

/**
 * True when the cache already holds data for `key` younger than `maxAgeMs`: a component
 * mounting then shows it without a request of its own, and the poller refreshes it on time.
 */
export function useIsCachedDataFresh(key: readonly unknown[], maxAgeMs: number): boolean {
  const { cache } = useSWRConfig();
  const cached: unknown = cache.get(unstable_serialize(key))?.data;
  if (typeof cached !== 'object' || cached === null || !('receivedAt' in cached)) return false;
  const { receivedAt } = cached;
  return typeof receivedAt === 'number' && Date.now() - receivedAt < maxAgeMs;
}
