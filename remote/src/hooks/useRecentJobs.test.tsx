import { EXAMPLE_CONTEXT_ID, EXAMPLE_VMWARE_VM_ID, scenarios } from '@migratekit/mocks';
import { act } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import {
  advance,
  installFakeClock,
  installVisibilityControl,
  renderHookWithProviders,
  settle,
  setupMockApi,
  setVisibility,
} from '../test-utils';
import { useRecentJobs } from './useRecentJobs';
import { useRevalidateVmOperations } from './useRevalidateVmOperations';

const { server, mockState, failures } = setupMockApi();

const API = 'http://dashboard.test/api/v1';
const ACTIVE_MS = 1_000;
const IDLE_MS = 10_000;
const options = { apiBaseUrl: API, activePollMs: ACTIVE_MS, idlePollMs: IDLE_MS };

const recentJobsRequests = () => mockState.getRequests({ route: 'recent-jobs' }).length;

beforeAll(installVisibilityControl);
beforeEach(() => {
  installFakeClock();
  // Scenario times are relative to the (now fake) clock.
  mockState.reset();
});
afterEach(() => {
  setVisibility('visible');
  jest.useRealTimers();
});

function renderRecentJobs(contextId = EXAMPLE_CONTEXT_ID) {
  return renderHookWithProviders(() => ({
    state: useRecentJobs(contextId, options),
    revalidate: useRevalidateVmOperations(API, contextId, 'pgtest1'),
  }));
}

describe('useRecentJobs', () => {
  it('loads the unified list, newest first, and says when it arrived', async () => {
    const { result } = renderRecentJobs();
    expect(result.current.state.isLoading).toBe(true);
    expect(result.current.state.jobs).toBeUndefined();
    expect(result.current.state.lastUpdatedAt).toBeNull();

    await settle();

    const { state } = result.current;
    expect(state.isLoading).toBe(false);
    expect(state.error).toBeUndefined();
    expect(state.jobs?.[0]?.jobType).toBe('test_failover');
    expect(state.jobs?.[0]?.status).toBe('failed');
    expect(state.jobs?.some((job) => job.jobType === 'replication')).toBe(true);
    expect(state.hasActiveJob).toBe(false);
    expect(state.lastUpdatedAt).toBe(Date.now());
  });

  it('polls fast while a job runs and slowly once nothing runs', async () => {
    const { result } = renderRecentJobs();
    await settle();
    expect(recentJobsRequests()).toBe(1);

    // Idle: nothing within the slow interval.
    await advance(IDLE_MS - 1_000);
    expect(recentJobsRequests()).toBe(1);

    // A live failover starts; the host's callback resolves and the list is revalidated.
    const started = mockState.startLiveFailover({
      vm_id: EXAMPLE_VMWARE_VM_ID,
      vm_name: 'pgtest1',
    });
    expect(started.status).toBe(200);
    await act(() => result.current.revalidate());
    await settle();
    expect(result.current.state.hasActiveJob).toBe(true);
    expect(result.current.state.jobs?.[0]?.jobType).toBe('live_failover');
    const atStart = recentJobsRequests();

    // Running: one request per active interval.
    await advance(5 * ACTIVE_MS);
    expect(recentJobsRequests() - atStart).toBe(5);

    // The failover finishes within its 30 s; polling slows down to the idle interval.
    await advance(30_000);
    expect(result.current.state.hasActiveJob).toBe(false);
    const afterFinish = recentJobsRequests();
    await advance(3 * IDLE_MS);
    expect(recentJobsRequests() - afterFinish).toBeLessThanOrEqual(3);
    expect(recentJobsRequests() - afterFinish).toBeGreaterThanOrEqual(2);
  });

  it('refreshes at the fast interval from the first answer when a job is already running', async () => {
    renderHookWithProviders(() => useRecentJobs(scenarios['dbsrv-running'].contextId, options));
    await settle();
    expect(recentJobsRequests()).toBe(1);
    await advance(ACTIVE_MS);
    expect(recentJobsRequests()).toBe(2);
    await advance(3 * ACTIVE_MS);
    expect(recentJobsRequests()).toBe(5);
  });

  it.each([
    ['a replication in a raw phase (initializing)', 'real-replicating'],
    ['a rollback listed as a live failover', 'real-crashed'],
  ] as const)('refreshes at the fast interval while %s runs', async (_label, name) => {
    const { result } = renderHookWithProviders(() =>
      useRecentJobs(scenarios[name].contextId, options),
    );
    await settle();
    expect(result.current.hasActiveJob).toBe(true);
    expect(result.current.jobs?.some((job) => job.status === 'running')).toBe(true);
    await advance(3 * ACTIVE_MS);
    expect(recentJobsRequests()).toBe(4);
  });

  it('does not poll while the tab is hidden and refreshes when it shows again', async () => {
    const { result } = renderHookWithProviders(() =>
      useRecentJobs(scenarios['dbsrv-running'].contextId, options),
    );
    await settle();
    expect(result.current.hasActiveJob).toBe(true);
    await advance(3 * ACTIVE_MS);
    const beforeHiding = mockState.getRequests({ route: 'recent-jobs' }).length;

    setVisibility('hidden');
    await advance(20 * ACTIVE_MS);
    expect(mockState.getRequests({ route: 'recent-jobs' })).toHaveLength(beforeHiding);

    setVisibility('visible');
    await settle();
    expect(mockState.getRequests({ route: 'recent-jobs' })).toHaveLength(beforeHiding + 1);
    await advance(2 * ACTIVE_MS);
    expect(mockState.getRequests({ route: 'recent-jobs' }).length).toBeGreaterThanOrEqual(
      beforeHiding + 3,
    );
  });

  it('shows a plain error when the first load fails, and recovers on retry', async () => {
    server.use(failures.serverError('recent-jobs', { once: true }));
    const { result } = renderRecentJobs();
    await settle();

    expect(result.current.state.jobs).toBeUndefined();
    expect(result.current.state.isLoading).toBe(false);
    expect(result.current.state.isStale).toBe(false);
    expect(result.current.state.error?.kind).toBe('http');
    expect(result.current.state.error?.userMessage).toBe(
      'The migration service reported a problem. Try again in a moment.',
    );

    act(() => result.current.state.retry());
    await settle();
    expect(result.current.state.error).toBeUndefined();
    expect(result.current.state.jobs?.length).toBeGreaterThan(0);
  });

  it('keeps the last data on screen when a refresh fails, then recovers by itself', async () => {
    const { result } = renderRecentJobs();
    await settle();
    const loadedAt = result.current.state.lastUpdatedAt;
    const jobs = result.current.state.jobs;
    expect(jobs?.length).toBeGreaterThan(0);

    server.use(failures.networkError('recent-jobs'));
    await advance(IDLE_MS);
    expect(result.current.state.error?.kind).toBe('network');
    expect(result.current.state.isStale).toBe(true);
    expect(result.current.state.jobs).toEqual(jobs);
    expect(result.current.state.lastUpdatedAt).toBe(loadedAt);

    server.resetHandlers();
    // Retries back off from the active interval up to the idle one.
    await advance(IDLE_MS + ACTIVE_MS);
    expect(result.current.state.error).toBeUndefined();
    expect(result.current.state.isStale).toBe(false);
    expect(result.current.state.lastUpdatedAt).toBeGreaterThan(loadedAt ?? 0);
  });

  it('stops retrying a failed refresh while the tab is hidden', async () => {
    const { result } = renderRecentJobs();
    await settle();
    server.use(failures.serverError('recent-jobs'));
    await advance(IDLE_MS);
    expect(result.current.state.isStale).toBe(true);

    setVisibility('hidden');
    const whileHidden = recentJobsRequests();
    await advance(5 * IDLE_MS);
    expect(recentJobsRequests()).toBe(whileHidden);

    server.resetHandlers();
    setVisibility('visible');
    await settle();
    expect(recentJobsRequests()).toBe(whileHidden + 1);
    expect(result.current.state.isStale).toBe(false);
  });

  it('reports an unknown context as not found', async () => {
    const { result } = renderHookWithProviders(() => useRecentJobs('ctx-nope', options));
    await settle();
    expect(result.current.error?.kind).toBe('not_found');
    expect(result.current.jobs).toBeUndefined();
  });

  it('treats a body of the wrong shape as an error, not as an empty list', async () => {
    server.use(
      http.get(`${API}/vm-contexts/:contextId/recent-jobs`, () =>
        HttpResponse.json({ jobs: 'none' }),
      ),
    );
    const { result } = renderRecentJobs();
    await settle();
    expect(result.current.state.error?.kind).toBe('shape');
    expect(result.current.state.jobs).toBeUndefined();
  });
});
