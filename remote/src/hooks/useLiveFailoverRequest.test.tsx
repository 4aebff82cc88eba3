import { act, renderHookWithProviders } from '../test-utils';
import { useLiveFailoverRequest } from './useLiveFailoverRequest';

describe('useLiveFailoverRequest', () => {
  it('starts one request at a time', async () => {
    let finish: () => void = () => {};
    const request = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result } = renderHookWithProviders(() => useLiveFailoverRequest(request));

    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.start();
      void result.current.start();
    });
    expect(request).toHaveBeenCalledTimes(1);
    expect(result.current.pending).toBe(true);

    await act(async () => {
      finish();
      await first;
    });
    expect(result.current.pending).toBe(false);
    expect(result.current.failure).toBeNull();
  });

  it.each([
    [
      'an Error',
      new Error('VM is locked by another operation'),
      'VM is locked by another operation',
    ],
    ['a string', 'Cancelled by the user', 'Cancelled by the user'],
    [
      'an API error',
      { userMessage: 'The migration service could not be reached.' },
      'The migration service could not be reached.',
    ],
  ])('explains a rejection with %s', async (_label, reason, shown) => {
    const { result } = renderHookWithProviders(() =>
      useLiveFailoverRequest(() => Promise.reject(reason)),
    );
    await act(() => result.current.start());
    expect(result.current.failure).toBe(`Live failover could not be started: ${shown}`);
  });

  it('gives a plain reason when the rejection says nothing usable', async () => {
    const { result } = renderHookWithProviders(() =>
      useLiveFailoverRequest(() => Promise.reject(42)),
    );
    await act(() => result.current.start());
    expect(result.current.failure).toBe(
      'Live failover could not be started: the request was not accepted. Try again, or contact support if this continues.',
    );
  });

  it('does nothing without a request', async () => {
    const { result } = renderHookWithProviders(() => useLiveFailoverRequest(undefined));
    await act(() => result.current.start());
    expect(result.current.pending).toBe(false);
    expect(result.current.failure).toBeNull();
  });

  it('starts afresh in a new scope, and a settled request leaves the new one alone', async () => {
    let reject: (reason: unknown) => void = () => {};
    const request = jest.fn(() => new Promise<void>((_, no) => (reject = no)));
    const { result, rerender } = renderHookWithProviders(
      ({ scope }: { scope: string | null }) => useLiveFailoverRequest(request, scope),
      { initialProps: { scope: 'job-a' } },
    );
    act(() => void result.current.start());
    expect(result.current.pending).toBe(true);

    rerender({ scope: 'job-b' });
    expect(result.current.pending).toBe(false);
    await act(async () => reject(new Error('VM is locked by another operation')));
    expect(result.current.failure).toBeNull();
    expect(result.current.pending).toBe(false);
  });
});
