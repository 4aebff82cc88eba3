// Testing Library as the tests use it, with `render` replaced by the dashboard's own.
export * from '@testing-library/react';
export * from './fakeRemote';
export type { RenderAppResult, RenderOptions } from './render';
export { render, setupMockOmaApi, workingRuntimeConfig } from './render';
