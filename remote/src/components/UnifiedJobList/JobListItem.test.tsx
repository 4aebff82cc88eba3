import type { JobWire } from '@migratekit/oma-api';
import { toJobListEntry } from '../../lib/jobListEntry';
import { makeJob, renderWithProviders, TEST_NOW, within } from '../../test-utils';
import { JobListItem } from './JobListItem';

function renderItem(overrides: Partial<JobWire>) {
  const { container } = renderWithProviders(
    <JobListItem job={toJobListEntry(makeJob(overrides))} now={TEST_NOW} onSelectJob={jest.fn()} />,
  );
  const article = container.querySelector('article');
  if (!article) throw new Error('expected an article');
  return article;
}

describe('JobListItem icons', () => {
  it.each([
    ['replication', 'replication', 'Replication'],
    ['test_failover', 'test-failover', 'Test failover'],
    ['live_failover', 'live-failover', 'Live failover'],
    ['rollback', 'rollback', 'Rollback'],
    ['something_new', 'operation', 'Operation'],
  ])('a %s job shows the %s SVG icon labelled "%s"', (jobType, icon, label) => {
    const article = renderItem({ job_type: jobType, display_name: undefined });
    const img = within(article).getByRole('img', { name: label });
    expect(img).toBeInstanceOf(SVGSVGElement);
    expect(img).toHaveAttribute('data-icon', icon);
  });

  it.each([
    ['completed', 'status-completed', 'Completed'],
    ['failed', 'status-failed', 'Failed'],
    ['running', 'status-running', 'Running'],
    ['pending', 'status-pending', 'Pending'],
    ['cancelled', 'status-cancelled', 'Cancelled'],
    ['exploded', 'status-unknown', 'Status unknown'],
  ])('a %s job shows the %s SVG icon beside the word "%s"', (status, icon, label) => {
    const article = renderItem({ status });
    const svg = article.querySelector(`svg[data-icon="${icon}"]`);
    expect(svg).toBeInstanceOf(SVGSVGElement);
    // The status word beside it says the same, so the icon itself stays silent.
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    const badge = svg?.closest('.mantine-Badge-root');
    expect(badge).toHaveTextContent(new RegExp(`^${label}( \\(\\d+%\\))?$`));
  });
});
