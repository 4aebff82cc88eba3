import { buildCompletedLastOperation, buildLastOperation } from '@migratekit/mocks';
import { type LastOperation, LastOperationSchema } from '@migratekit/oma-api';
import { act } from '@testing-library/react';
import * as v from 'valibot';
import { renderHookWithProviders } from '../test-utils';
import {
  DISMISSED_STORAGE_PREFIX,
  failureIdentity,
  forgetDismissalsInMemory,
  useDismissedFailure,
} from './useDismissedFailure';

const failure = (overrides: Parameters<typeof buildLastOperation>[0] = {}): LastOperation =>
  v.parse(LastOperationSchema, buildLastOperation(overrides));

const pgtest1Failure = failure();

function renderDismissal(vmName: string, lastOperation: LastOperation | null | undefined) {
  return renderHookWithProviders(
    (props: { vmName: string; lastOperation: LastOperation | null | undefined }) =>
      useDismissedFailure(props.vmName, props.lastOperation),
    { initialProps: { vmName, lastOperation } },
  );
}

/** What a page reload keeps: localStorage, not this page's memory. */
function simulateReload() {
  forgetDismissalsInMemory();
}

const originalLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');

beforeEach(() => {
  window.localStorage.clear();
  forgetDismissalsInMemory();
});
afterEach(() => {
  jest.restoreAllMocks();
  if (originalLocalStorage) Object.defineProperty(window, 'localStorage', originalLocalStorage);
});

describe('useDismissedFailure', () => {
  it('shows a failure until the user dismisses it', () => {
    const { result } = renderDismissal('pgtest1', pgtest1Failure);
    expect(result.current.isDismissed).toBe(false);
    act(() => result.current.dismiss());
    expect(result.current.isDismissed).toBe(true);
  });

  it('remembers the dismissal in this browser only, never asking the server', () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const { result } = renderDismissal('pgtest1', pgtest1Failure);
    act(() => result.current.dismiss());
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(window.localStorage.getItem(`${DISMISSED_STORAGE_PREFIX}pgtest1`)).toBe(
      failureIdentity(pgtest1Failure),
    );
  });

  it('stays dismissed after a remount and after a reload', () => {
    const first = renderDismissal('pgtest1', pgtest1Failure);
    act(() => first.result.current.dismiss());
    first.unmount();

    const remounted = renderDismissal('pgtest1', pgtest1Failure);
    expect(remounted.result.current.isDismissed).toBe(true);
    remounted.unmount();

    simulateReload();
    const reloaded = renderDismissal('pgtest1', pgtest1Failure);
    expect(reloaded.result.current.isDismissed).toBe(true);
  });

  it.each([
    ['a new job', failure({ job_id: 'uuid-456', timestamp: '2025-10-04T09:00:00Z' })],
    ['the same job failing again later', failure({ timestamp: '2025-10-04T09:00:00Z' })],
  ])('shows %s again after an earlier failure was dismissed', (_label, newFailure) => {
    const { result, rerender } = renderDismissal('pgtest1', pgtest1Failure);
    act(() => result.current.dismiss());
    rerender({ vmName: 'pgtest1', lastOperation: newFailure });
    expect(result.current.isDismissed).toBe(false);
  });

  it('tells failures without id or time apart by what failed', () => {
    const vague = failure({ job_id: undefined, timestamp: undefined });
    const otherVague = failure({
      job_id: undefined,
      timestamp: undefined,
      error_message: 'Storage volume access error',
    });
    const { result, rerender } = renderDismissal('pgtest1', vague);
    act(() => result.current.dismiss());
    expect(result.current.isDismissed).toBe(true);
    rerender({ vmName: 'pgtest1', lastOperation: otherVague });
    expect(result.current.isDismissed).toBe(false);
  });

  // The Go backend sends a zero time for "unknown"; the contract reads it as no timestamp.
  const ZERO_TIME = '0001-01-01T00:00:00Z';
  it.each([
    ['another message', { error_message: 'Storage volume access error' }],
    ['another step', { failed_step: 'Configuring Network' }],
    ['another type', { operation_type: 'rollback' }],
    ['another category', { error_category: 'storage' }],
  ] as const)(
    'shows a failure with a zero timestamp and %s again, for the same job or none',
    (_label, change) => {
      for (const job_id of ['job-same', undefined]) {
        const dismissed = failure({ job_id, timestamp: ZERO_TIME });
        const different = failure({ job_id, timestamp: ZERO_TIME, ...change });
        const { result, rerender, unmount } = renderDismissal('pgtest1', dismissed);
        act(() => result.current.dismiss());
        expect(result.current.isDismissed).toBe(true);
        rerender({ vmName: 'pgtest1', lastOperation: different });
        expect(result.current.isDismissed).toBe(false);
        // The very failure that was dismissed stays dismissed.
        rerender({ vmName: 'pgtest1', lastOperation: failure({ job_id, timestamp: ZERO_TIME }) });
        expect(result.current.isDismissed).toBe(true);
        unmount();
      }
    },
  );

  it('keeps dismissals per VM', () => {
    const pgtest1 = renderDismissal('pgtest1', pgtest1Failure);
    act(() => pgtest1.result.current.dismiss());
    const pgtest2 = renderDismissal('pgtest2', pgtest1Failure);
    expect(pgtest2.result.current.isDismissed).toBe(false);
  });

  it.each([
    ['a completed operation', v.parse(LastOperationSchema, buildCompletedLastOperation())],
    ['no summary', null],
    ['a summary not loaded yet', undefined],
  ])('has nothing to dismiss for %s', (_label, lastOperation) => {
    const { result } = renderDismissal('pgtest1', lastOperation);
    expect(result.current.isDismissed).toBe(false);
    act(() => result.current.dismiss());
    expect(result.current.isDismissed).toBe(false);
    expect(window.localStorage.length).toBe(0);
  });

  it('updates every component showing the same failure', () => {
    const banner = renderDismissal('pgtest1', pgtest1Failure);
    const elsewhere = renderDismissal('pgtest1', pgtest1Failure);
    act(() => banner.result.current.dismiss());
    expect(elsewhere.result.current.isDismissed).toBe(true);
  });

  it('follows a dismissal made in another tab', () => {
    const { result } = renderDismissal('pgtest1', pgtest1Failure);
    const key = `${DISMISSED_STORAGE_PREFIX}pgtest1`;
    const identity = failureIdentity(pgtest1Failure);
    window.localStorage.setItem(key, identity);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: identity }));
    });
    expect(result.current.isDismissed).toBe(true);
  });

  it('hears localStorage.clear() in another tab, and shows the failure again', () => {
    const { result } = renderDismissal('pgtest1', pgtest1Failure);
    act(() => result.current.dismiss());
    expect(result.current.isDismissed).toBe(true);
    // Another tab clearing the storage area shares it with this one; the event has no key.
    window.localStorage.clear();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null }));
    });
    expect(result.current.isDismissed).toBe(false);
  });

  it('still works, for this page, when storage refuses writes (quota, private mode)', () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const first = renderDismissal('pgtest1', pgtest1Failure);
    act(() => first.result.current.dismiss());
    expect(first.result.current.isDismissed).toBe(true);
    first.unmount();
    expect(renderDismissal('pgtest1', pgtest1Failure).result.current.isDismissed).toBe(true);
  });

  it('still works when storage cannot even be opened', () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const { result } = renderDismissal('pgtest1', pgtest1Failure);
    expect(result.current.isDismissed).toBe(false);
    act(() => result.current.dismiss());
    expect(result.current.isDismissed).toBe(true);
  });

  it('still works when reading storage throws', () => {
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const { result } = renderDismissal('pgtest1', pgtest1Failure);
    expect(result.current.isDismissed).toBe(false);
    act(() => result.current.dismiss());
    expect(result.current.isDismissed).toBe(true);
  });
});
