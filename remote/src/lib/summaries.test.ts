import { plainText } from '@migratekit/operator-text';
import { makeLastOperation } from '../test-utils';
import { failureSummary, lastOperationText, progressSummary } from './summaries';

describe('failureSummary', () => {
  it.each([
    [3, 5, 60, 'Test Failover failed at step 3 of 5 (60%)'],
    [null, 5, 60, 'Test Failover failed (60%)'],
    [3, null, null, 'Test Failover failed'],
    [0, 4, 0, 'Test Failover failed at step 1 of 4 (0%)'],
  ])('%p of %p at %p%% → %s', (completed, total, progress, expected) => {
    expect(failureSummary(plainText('Test Failover'), completed, total, progress)).toBe(expected);
  });
});

describe('progressSummary', () => {
  it.each([
    [60, 3, 5, '60% (3 of 5 steps completed)'],
    [60, null, null, '60%'],
    [null, 3, 5, '3 of 5 steps completed'],
    [null, null, null, null],
  ])('%p%% with %p of %p → %p', (progress, completed, total, expected) => {
    expect(progressSummary(progress, completed, total)).toBe(expected);
  });
});

describe('lastOperationText', () => {
  it.each([
    [{ status: 'failed' }, 'Test Failover failed'],
    [{ status: 'completed', operation_type: 'replication' }, 'Replication completed'],
    [{ status: 'running', progress: 45 }, 'Running 45%'],
    [{ status: 'running', progress: undefined }, 'Running'],
    [{ status: 'cancelled', operation_type: 'rollback' }, 'Rollback cancelled'],
    [{ status: 'pending', operation_type: 'live_failover' }, 'Live Failover pending'],
    [{ status: 'exploded', operation_type: 'mystery' }, 'Operation: status unknown'],
  ])('%p → %s', (overrides, expected) => {
    expect(lastOperationText(makeLastOperation(overrides))).toBe(expected);
  });
});
