import { EXAMPLE_FAILURE } from '@migratekit/mocks';
import { OmaApiError } from '@migratekit/oma-api';
import { render, screen, within } from '@testing-library/react';
import { VmOperations } from '../src';
import { OmaClientOverride, vmContextKey } from '../src/api';
import { recentJobsKey } from '../src/api/omaClient';
import { forgetDismissals } from '../src/test-utils';
import { createInPageBackend } from './inPageBackend';

afterEach(forgetDismissals);

describe('the workbench without a mock API', () => {
  it("answers from the page's mock state, parsed as the API's answers are", async () => {
    const backend = createInPageBackend();
    const names = (await backend.listScenarios()).map((scenario) => scenario.vmName);
    expect(names).toEqual(expect.arrayContaining(['pgtest1', 'pgtest2', 'pgtest3', 'real-empty']));

    const contextId = await backend.resolveContextId('pgtest1');
    const context = await backend.client.vmContext(vmContextKey('/api/v1', 'pgtest1'));
    expect(context.value.context.contextId).toBe(contextId);
    expect(context.value.lastOperation).toMatchObject({
      status: 'failed',
      errorMessage: EXAMPLE_FAILURE.errorMessage,
    });
    const jobs = await backend.client.recentJobs(recentJobsKey('/api/v1', contextId));
    expect(jobs.value.find((job) => job.status === 'failed')?.errorMessage).toBe(
      EXAMPLE_FAILURE.errorMessage,
    );
  });

  it.each([
    ['server-error', 'http', 500],
    ['network', 'network', null],
    ['malformed', 'malformed', 200],
    ['wrong-shape', 'shape', 200],
  ] as const)(
    'fails an injected %s the way the real client does (%s)',
    async (fault, kind, status) => {
      const backend = createInPageBackend();
      const contextId = await backend.resolveContextId('pgtest1');
      await backend.applyFault(fault);
      const failure = await backend.client
        .recentJobs(recentJobsKey('/api/v1', contextId))
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OmaApiError);
      expect(failure).toMatchObject({ kind, status });
      await backend.applyFault('none');
      await expect(backend.client.recentJobs(recentJobsKey('/api/v1', contextId))).resolves.toEqual(
        expect.objectContaining({ value: expect.any(Array) }),
      );
    },
  );

  it('a VM it does not know is not found', async () => {
    const backend = createInPageBackend();
    await expect(
      backend.client.vmContext(vmContextKey('/api/v1', 'pgtest9')),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('the exposed VmOperations reads through it: no request leaves the page', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const backend = createInPageBackend();
    const contextId = await backend.resolveContextId('pgtest1');
    render(
      <OmaClientOverride value={backend.client}>
        <VmOperations contextId={contextId} vmName="pgtest1" />
      </OmaClientOverride>,
    );
    const banner = await screen.findByRole('alert', { name: /Last Operation Failed/ });
    expect(within(banner).getByText(EXAMPLE_FAILURE.errorMessage, { exact: false })).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Recent Operations' })).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
