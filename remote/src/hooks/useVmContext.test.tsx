import { EXAMPLE_CONTEXT_ID } from '@migratekit/mocks';
import { act } from '@testing-library/react';
import {
  advance,
  installFakeClock,
  renderHookWithProviders,
  renderWithProviders,
  settle,
  setupMockApi,
} from '../test-utils';
import { useRecentJobs } from './useRecentJobs';
import { useRevalidateVmOperations } from './useRevalidateVmOperations';
import { useVmContext } from './useVmContext';

const { server, mockState, failures } = setupMockApi();

const API = 'http://dashboard.test/api/v1';
const POLL_MS = 1_000;

const requestsTo = (route: 'vm-context' | 'recent-jobs') => mockState.getRequests({ route }).length;

beforeEach(() => {
  installFakeClock();
  mockState.reset();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('useVmContext', () => {
  it("loads the VM's context and its failed last operation", async () => {
    const { result } = renderHookWithProviders(() =>
      useVmContext('pgtest1', { apiBaseUrl: API, pollMs: POLL_MS }),
    );
    expect(result.current.isLoading).toBe(true);
    expect(result.current.lastOperation).toBeUndefined();
    await settle();

    expect(result.current.context?.contextId).toBe(EXAMPLE_CONTEXT_ID);
    expect(result.current.lastOperation?.status).toBe('failed');
    expect(result.current.lastOperation?.stepsCompleted).toBe(3);
    expect(result.current.lastOperation?.stepsTotal).toBe(5);
    expect(result.current.error).toBeUndefined();
  });

  it('tells "no summary" (null) apart from "not loaded yet" (undefined)', async () => {
    const { result } = renderHookWithProviders(() =>
      useVmContext('newvm-empty', { apiBaseUrl: API, pollMs: POLL_MS }),
    );
    expect(result.current.lastOperation).toBeUndefined();
    await settle();
    expect(result.current.context?.vmName).toBe('newvm-empty');
    expect(result.current.lastOperation).toBeNull();
  });

  it('reports an unknown VM as not found, with a plain message', async () => {
    const { result } = renderHookWithProviders(() =>
      useVmContext('pgtest9', { apiBaseUrl: API, pollMs: POLL_MS }),
    );
    await settle();
    expect(result.current.error?.kind).toBe('not_found');
    expect(result.current.error?.detail).toContain('pgtest9');
    expect(result.current.error?.userMessage).not.toContain('pgtest9');
    expect(result.current.context).toBeUndefined();
  });

  it('keeps the summary on screen when a refresh fails and recovers on retry', async () => {
    const { result } = renderHookWithProviders(() =>
      useVmContext('pgtest1', { apiBaseUrl: API, pollMs: POLL_MS }),
    );
    await settle();
    const lastOperation = result.current.lastOperation;

    server.use(failures.malformedBody('vm-context'));
    await advance(POLL_MS);
    expect(result.current.error?.kind).toBe('malformed');
    expect(result.current.isStale).toBe(true);
    expect(result.current.lastOperation).toEqual(lastOperation);

    server.resetHandlers();
    act(() => result.current.retry());
    await settle();
    expect(result.current.error).toBeUndefined();
    expect(result.current.isStale).toBe(false);
  });

  it('polls every pollMs', async () => {
    renderHookWithProviders(() => useVmContext('pgtest1', { apiBaseUrl: API, pollMs: POLL_MS }));
    await settle();
    expect(requestsTo('vm-context')).toBe(1);
    await advance(5 * POLL_MS);
    expect(requestsTo('vm-context')).toBe(6);
  });
});

// Longer than SWR's 2 s deduping window, so out-of-phase pollers would each send requests.
const SHARED_POLL_MS = 5_000;

// What the remote renders for one VM: the operations view and, elsewhere, a badge.
function Operations() {
  useRecentJobs(EXAMPLE_CONTEXT_ID, {
    apiBaseUrl: API,
    activePollMs: SHARED_POLL_MS,
    idlePollMs: SHARED_POLL_MS,
  });
  useVmContext('pgtest1', { apiBaseUrl: API, pollMs: SHARED_POLL_MS });
  return null;
}

function Badge() {
  // Same API written differently: still the same endpoint and the same cache entry.
  const { lastOperation } = useVmContext('pgtest1', {
    apiBaseUrl: `${API}/`,
    pollMs: 2 * SHARED_POLL_MS,
  });
  return <p>{lastOperation?.status ?? 'loading'}</p>;
}

function Page({
  showOperations = true,
  showLateBadge = false,
}: {
  showOperations?: boolean;
  showLateBadge?: boolean;
}) {
  return (
    <>
      {showOperations && <Operations />}
      {showOperations && <Operations />}
      <Badge />
      {showLateBadge && <Badge />}
    </>
  );
}

describe('shared requests', () => {
  it('sends one request per endpoint per interval however many components show the VM', async () => {
    const { getAllByText, rerender } = renderWithProviders(<Page />);
    await settle();
    expect(requestsTo('vm-context')).toBe(1);
    expect(requestsTo('recent-jobs')).toBe(1);

    // Another badge appears mid-interval, out of phase with the others.
    await advance(SHARED_POLL_MS / 2);
    rerender(<Page showLateBadge />);
    await settle();
    await advance(10 * SHARED_POLL_MS - SHARED_POLL_MS / 2);

    // The first load plus one per interval, whatever the number or phase of the consumers.
    expect({ vm: requestsTo('vm-context'), jobs: requestsTo('recent-jobs') }).toEqual({
      vm: 11,
      jobs: 11,
    });
    // Both badges show the shared data.
    expect(getAllByText('failed')).toHaveLength(2);
  });

  it('hands polling over when the polling component goes away', async () => {
    const { rerender } = renderWithProviders(<Page />);
    await settle();
    rerender(<Page showOperations={false} />);
    await settle();
    const before = requestsTo('vm-context');
    await advance(4 * SHARED_POLL_MS);
    // Only the badge is left: its own, slower interval.
    expect(requestsTo('vm-context') - before).toBe(2);
  });
});

describe('useRevalidateVmOperations', () => {
  it('refetches the job list and the last operation now, for every component showing them', async () => {
    const idle = { apiBaseUrl: API, activePollMs: 60_000, idlePollMs: 60_000 };
    const { result } = renderHookWithProviders(() => ({
      jobs: useRecentJobs(EXAMPLE_CONTEXT_ID, idle),
      vm: useVmContext('pgtest1', { apiBaseUrl: API, pollMs: 60_000 }),
      revalidate: useRevalidateVmOperations(API, EXAMPLE_CONTEXT_ID, 'pgtest1'),
    }));
    await settle();
    expect(result.current.vm.lastOperation?.status).toBe('failed');

    const { jobId } = mockState.recordFailure('pgtest1') ?? { jobId: '' };
    await advance(5_000);
    expect(result.current.jobs.jobs?.[0]?.jobId).not.toBe(jobId);

    await act(() => result.current.revalidate());
    expect(result.current.jobs.jobs?.[0]?.jobId).toBe(jobId);
    expect(result.current.vm.lastOperation?.jobId).toBe(jobId);
    expect(requestsTo('recent-jobs')).toBe(2);
    expect(requestsTo('vm-context')).toBe(2);
  });
});
