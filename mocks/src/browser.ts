import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** msw service worker for the browser, serving the mock OMA API on the page's origin. */
export const worker = setupWorker(...handlers);

export { createFailures, createHandlers, failures, handlers, mockState } from './handlers';
export { createMockOmaState } from './state';
