import { after, afterEach, before, beforeEach } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  type ProductionStack,
  type ProductionStackOptions,
  startProductionStack,
} from '../../scripts/productionStack';
import { launchChromium, openPage, type PageOptions, type RecordedPage } from './browser';

/** What a test file may change about its stack (ports are always free ones) and its pages. */
export type ProductionAppOptions = Partial<
  Omit<ProductionStackOptions, 'hostPort' | 'remotePort' | 'mockApiPort'>
> &
  PageOptions;

/**
 * Per test file: one Chromium; per test: a fresh page (its own context: no storage carried over).
 * For files that start their own servers in each test.
 */
export function useBrowser(pageOptions: PageOptions = {}) {
  const state = {} as { browser: Browser; view: RecordedPage };
  before(async () => {
    state.browser = await launchChromium();
  });
  after(async () => {
    await state.browser?.close();
  });
  beforeEach(async () => {
    state.view = await openPage(state.browser, pageOptions);
  });
  afterEach(async () => {
    await state.view?.close();
  });
  return state;
}

/**
 * Per test file: the production builds served on free ports with the mock API, one Chromium;
 * per test: a fresh page and the mock state reset. Wrap bodies in `withArtifacts` so a failure
 * leaves a screenshot and the console log.
 */
export function useProductionApp(options: ProductionAppOptions = {}) {
  const { viewport, colorScheme, ...stackOptions } = options;
  const state = {} as { stack: ProductionStack; browser: Browser; view: RecordedPage };
  before(async () => {
    state.stack = await startProductionStack({
      ...stackOptions,
      hostPort: 0,
      remotePort: 0,
      mockApiPort: 0,
    });
    state.browser = await launchChromium();
  });
  after(async () => {
    await state.browser?.close();
    await state.stack?.close();
  });
  beforeEach(async () => {
    state.stack.mock?.state.reset();
    state.view = await openPage(state.browser, { viewport, colorScheme });
  });
  afterEach(async () => {
    await state.view?.close();
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
