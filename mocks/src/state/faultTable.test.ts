import { MAX_SLOW_DELAY_MS } from '../faults';
import { createFaultTable } from './faultTable';

describe('createFaultTable', () => {
  it('counts a fault down per request and forgets it when used up', () => {
    const faults = createFaultTable();
    faults.set('recent-jobs', { kind: 'network', times: 2 });
    expect(faults.take('recent-jobs')).toEqual({ kind: 'network', times: 2 });
    expect(faults.list()).toEqual({ 'recent-jobs': { kind: 'network', times: 1 } });
    expect(faults.take('recent-jobs')).toEqual({ kind: 'network', times: 1 });
    expect(faults.take('recent-jobs')).toBeNull();
    expect(faults.list()).toEqual({});
  });

  it('keeps its own copy of a fault', () => {
    const faults = createFaultTable();
    const fault = { kind: 'slow' as const, delayMs: 10 };
    faults.set('vm-list', fault);
    fault.delayMs = 20;
    expect(faults.list()).toEqual({ 'vm-list': { kind: 'slow', delayMs: 10 } });
  });

  it('rejects a delay outside 0 … MAX_SLOW_DELAY_MS and a fractional count', () => {
    const faults = createFaultTable();
    expect(() => faults.set('vm-list', { kind: 'slow', delayMs: -1 })).toThrow(RangeError);
    expect(() => faults.set('vm-list', { kind: 'slow', delayMs: MAX_SLOW_DELAY_MS + 1 })).toThrow(
      RangeError,
    );
    expect(() => faults.set('vm-list', { kind: 'network', times: 1.5 })).toThrow(RangeError);
    faults.set('vm-list', { kind: 'slow', delayMs: MAX_SLOW_DELAY_MS });
    expect(faults.list()['vm-list']?.delayMs).toBe(MAX_SLOW_DELAY_MS);
  });
});
