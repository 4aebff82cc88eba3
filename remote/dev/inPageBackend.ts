import { createHandlers, createMockOmaState, scenarios } from '@migratekit/mocks';
import { getResponse } from 'msw';
import { createOmaClient, type OmaClient } from '../src/api';
import {
  type ApiFault,
  faultInjection,
  type ScenarioSummary,
  type WorkbenchBackend,
} from './mockControl';

/*
 * The workbench's backend when no mock API runs beside it: the mock API's own msw handlers
 * answer in the page, over the mocks' in-memory state, and the feature's real client reads
 * them through a `fetch` of this page's. So answers, faults and the client's handling of them
 * are exactly those of the mock API over HTTP, without a server.
 */

/** A `fetch` answered by `handlers`, failing as the browser's does on a dropped connection. */
function inPageFetch(handlers: ReturnType<typeof createHandlers>) {
  return async (input: string, init: RequestInit): Promise<Response> => {
    const request = new Request(new URL(input, window.location.href), init);
    const response = await getResponse(handlers, request);
    if (!response || response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
}

/** The workbench's controls over the in-page state, and the client that reads it. */
export function createInPageBackend(): WorkbenchBackend & { client: OmaClient } {
  const state = createMockOmaState();
  return {
    client: createOmaClient({ fetch: inPageFetch(createHandlers(state)) }),
    async listScenarios(): Promise<ScenarioSummary[]> {
      return Object.values(scenarios).map(({ name, title, vmName }) => ({ name, title, vmName }));
    },
    async applyFault(fault: ApiFault) {
      state.clearFaults();
      if (fault === 'none') return;
      const { route, fault: injected } = faultInjection(fault);
      state.setFault(route, injected);
    },
    async reset() {
      state.reset();
    },
    async resolveContextId(vmName: string) {
      const id = state.getVmContext(vmName)?.context?.context_id;
      if (typeof id !== 'string') throw new Error(`No context id for ${vmName}`);
      return id;
    },
  };
}
