import { render, screen, within } from '@testing-library/react';
import { forgetDismissals } from '../src/test-utils';
import { Workbench } from './Workbench';

afterEach(forgetDismissals);

test('without a mock API the workbench shows the scenarios from a backend in the page', async () => {
  // Nothing answers the mock API's control endpoints here, as when `pnpm mock-api` is not running.
  const fetchSpy = jest
    .spyOn(globalThis, 'fetch')
    .mockRejectedValue(new TypeError('Failed to fetch'));
  render(<Workbench />);
  expect(await screen.findByText('No mock API running')).toBeInTheDocument();
  const banner = await screen.findByRole('alert', { name: /Last Operation Failed/ });
  expect(within(banner).getByText('Test Failover failed at step 3 of 5 (60%)')).toBeInTheDocument();
  expect(await screen.findByRole('region', { name: 'Recent Operations' })).toBeInTheDocument();
  // Only the one probe of the mock API went out; the feature read the page's backend.
  expect(fetchSpy.mock.calls.map(([url]) => String(url))).toEqual(['/__mock/scenarios']);
  fetchSpy.mockRestore();
});
