import { type ScenarioName, scenarios } from '@migratekit/mocks';
import type { VmOperationsProps } from '@migratekit/vm-operations-contract';
import { screen, waitFor, within } from '@testing-library/react';
import { LastOperationBadge } from '../components/LastOperationBadge';
import { VmOperations } from '../components/VmOperations';
import { forgetDismissals, type MockApi, setupMockApi } from './mockApi';
import { renderWithProviders } from './render';

/*
 * The VmOperations screen on the mock API's scenarios, as the screen's tests drive it.
 */

/**
 * The mock API for a file of the screen's tests (see `setupMockApi`), and a new browser for
 * each test: a failure dismissed in one test is shown again in the next.
 */
export function setupScreenTests(): MockApi {
  const api = setupMockApi();
  afterEach(forgetDismissals);
  return api;
}

/** The props of a scenario's VM, with `extra`. */
export function propsFor(
  name: ScenarioName,
  extra: Partial<VmOperationsProps> = {},
): VmOperationsProps {
  const { contextId, vmName } = scenarios[name];
  return { contextId, vmName, ...extra };
}

/**
 * Renders a scenario beside the host's status badge for the same VM; the badge shares the
 * VM-context cache entry, so once it shows a status the banner has had its chance to show.
 */
export async function renderScenario(name: ScenarioName, extra: Partial<VmOperationsProps> = {}) {
  const result = renderWithProviders(
    <>
      <LastOperationBadge vmName={scenarios[name].vmName} />
      <VmOperations {...propsFor(name, extra)} />
    </>,
  );
  await settled();
  return result;
}

/** Waits until both the list and the last-operation summary have loaded. */
export async function settled() {
  const list = await screen.findByRole('region', { name: 'Recent Operations' });
  await waitFor(() => expect(list).toHaveAttribute('aria-busy', 'false'));
  await waitFor(() => expect(screen.queryByText('Checking…')).not.toBeInTheDocument());
}

/** The failure banner, if shown. */
export const banner = () => screen.queryByRole('alert', { name: 'Last Operation Failed' });
/** The listed operations, in order. */
export const operations = () => screen.getAllByRole('article');
/** The listed operations' titles, in order. */
export const titles = () =>
  operations().map((item) => within(item).getByRole('heading').textContent);
