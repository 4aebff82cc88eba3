import { buildVmContextResponse } from '@migratekit/mocks';
import { VmContextResponseSchema } from '@migratekit/oma-api';
import * as v from 'valibot';
import { useVmContext } from '../hooks/useVmContext';
import { renderHookWithProviders, waitFor } from '../test-utils';
import type { OmaClient } from './omaClient';

describe('OmaClientProvider', () => {
  it('lets a test replace the real client: no request leaves the page', async () => {
    const answer = v.parse(VmContextResponseSchema, buildVmContextResponse());
    const client: OmaClient = {
      recentJobs: jest.fn(async () => ({ value: [], receivedAt: 1 })),
      vmContext: jest.fn(async () => ({ value: answer, receivedAt: 2 })),
    };
    const { result } = renderHookWithProviders(
      () => useVmContext('pgtest1', { apiBaseUrl: '/api/v1', pollMs: 30_000 }),
      { omaClient: client },
    );
    await waitFor(() => expect(result.current.lastOperation).toEqual(answer.lastOperation));
    expect(result.current.lastUpdatedAt).toBe(2);
    expect(client.vmContext).toHaveBeenCalledWith(['oma', 'vm-context', '/api/v1', 'pgtest1']);
    expect(client.recentJobs).not.toHaveBeenCalled();
  });
});
