import { EXAMPLE_CONTEXT_ID } from '@migratekit/mocks';
import { setupMockApi } from '.';

const { server, mockState, failures } = setupMockApi();

describe('setupMockApi', () => {
  it('serves the sample VMs', async () => {
    const response = await fetch('http://dashboard.test/api/v1/vm-contexts/pgtest1');
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.context.context_id).toBe(EXAMPLE_CONTEXT_ID);
    expect(body.last_operation.status).toBe('failed');
    expect(mockState.getRequests({ route: 'vm-context' })).toHaveLength(1);
  });

  it('lets a test make a route fail', async () => {
    server.use(failures.serverError('recent-jobs'));
    const response = await fetch(
      `http://dashboard.test/api/v1/vm-contexts/${EXAMPLE_CONTEXT_ID}/recent-jobs`,
    );
    expect(response.status).toBe(500);
  });

  it('starts each test with the default handlers and a clean request log', async () => {
    expect(mockState.getRequests()).toEqual([]);
    const response = await fetch(
      `http://dashboard.test/api/v1/vm-contexts/${EXAMPLE_CONTEXT_ID}/recent-jobs`,
    );
    expect(response.status).toBe(200);
  });

  it('fails requests that no handler answers', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch('http://elsewhere.test/not-the-api')).rejects.toThrow();
    expect(consoleError).toHaveBeenCalledWith(
      expect.stringContaining('without a matching request handler'),
    );
    consoleError.mockRestore();
  });
});
