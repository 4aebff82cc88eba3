export { CONTROL_BASE_PATH, createControlHandlers } from './control';
export type { MockOmaApi, StartMockOmaApiOptions } from './server';
export {
  DEFAULT_MOCK_API_HOST,
  DEFAULT_MOCK_API_PORT,
  MAX_REQUEST_BODY_BYTES,
  startMockOmaApi,
} from './server';
