// The oracle's readers of the DOM, the same the browser tests run in the page.
export { accessibleAttributeText, readableText } from '@migratekit/mocks/arbitraries';
export { act, screen, waitFor, within } from '@testing-library/react';
// Dismissals kept in memory outlive a test: forgetting them simulates a page reload.
export { forgetDismissalsInMemory } from '../hooks/useDismissedFailure';
export {
  BRIEF_LEAKS,
  briefLeaksIn,
  completedReplicationWire,
  failedTestFailoverWire,
  makeJob,
  makeLastOperation,
  runningReplicationWire,
  TEST_NOW,
} from './fixtures';
export { expectLiveFailoverRefusalShown } from './liveFailover';
export { forgetDismissals, type MockApi, setupMockApi } from './mockApi';
export {
  alertTitled,
  failedItems,
  failureStepsProblems,
  listedItems,
  operatorPageProblems,
  RenderErrorRecorder,
  recordConsoleErrors,
  titleOf,
} from './operatorView';
export type {
  ProvidersOptions,
  RenderWithProvidersOptions,
  RenderWithProvidersResult,
} from './render';
export {
  axeInAct,
  createProvidersWrapper,
  renderHookWithProviders,
  renderWithProviders,
  TestProviders,
  userEvent,
} from './render';
export {
  advance,
  installFakeClock,
  installVisibilityControl,
  settle,
  setVisibility,
} from './timers';
export type { BannerHarnessProps, JobListState } from './views';
export { BannerHarness, jobListViewOf } from './views';
export {
  banner,
  operations,
  propsFor,
  renderScenario,
  settled,
  setupScreenTests,
  titles,
} from './vmOperationsScreen';
