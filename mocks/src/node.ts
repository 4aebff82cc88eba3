import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** msw server for Jest: `beforeAll(() => server.listen())`, reset handlers and `mockState` after each test. */
export const server = setupServer(...handlers);

export { createFailures, createHandlers, failures, handlers, mockState } from './handlers';
export { createMockOmaState } from './state';
