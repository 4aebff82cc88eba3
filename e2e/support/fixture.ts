import { after, afterEach, before, beforeEach } from 'node:test';
import type { Browser } from 'playwright-core';
import { type ProductionStack, startProductionStack } from '../../scripts/productionStack';
import { launchChromium, openPage, type RecordedPage } from './browser';

/**
 * Per test file: the production builds served on free ports with the mock API, one Chromium;
 * per test: a fresh page and the mock state reset. Wrap bodies in `withArtifacts` so a failure
 * leaves a screenshot and the console log.
 */
export function useProductionApp() {
  const state = {} as { stack: ProductionStack; browser: Browser; view: RecordedPage };
  before(async () => {
    state.stack = await startProductionStack({ hostPort: 0, remotePort: 0, mockApiPort: 0 });
    state.browser = await launchChromium();
  });
  after(async () => {
    await state.browser?.close();
    await state.stack?.close();
  });
  beforeEach(async () => {
    state.stack.mock?.state.reset();
    state.view = await openPage(state.browser);
  });
  afterEach(async () => {
    await state.view.close();
  });
  return state;
}

/** Runs a test body, saving artifacts when it throws. */
export async function withArtifacts(
  view: RecordedPage,
  name: string,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (error) {
    await view.saveArtifacts(name);
    throw error;
  }
}
