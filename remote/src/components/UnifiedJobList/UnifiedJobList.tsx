import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { memo, startTransition, useDeferredValue, useEffect, useId, useState } from 'react';
import type { JobListEntry } from '../../lib/jobListEntry';
import type { JobListView } from '../../lib/jobListView';
import { RetryAlert } from '../RetryAlert';
import { JobListItem } from './JobListItem';
import cx from './UnifiedJobList.module.css';

/**
 * How many jobs the list renders at once when it appears. A VM usually has fewer; the jobs of
 * one with hundreds or thousands follow in slices of `JOBS_SLICE`, each rendered in the
 * background in its own task, so the newest are shown at once and the page never stops
 * responding (every job still ends up in the list, in order).
 */
export const JOBS_FIRST_RENDER = 25;
/** How many more jobs each background step adds to a long list. */
export const JOBS_SLICE = 50;

export interface UnifiedJobListProps {
  /** What the list shows: loading, error, empty or the jobs (see `toJobListView`). */
  view: JobListView;
  /** Fetches the jobs again. */
  onRetry: () => void;
  /** Opens the details of a failed job, by its id. */
  onSelectJob: (jobId: string) => void;
  /** The current time in ms, for relative times. */
  now: number;
}

/** Whether two copies of a job (from two refreshes) show the same thing. */
function sameJob(a: JobListEntry, b: JobListEntry): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

// A job that did not change since the last refresh is not rendered again.
const MemoJobListItem = memo(
  JobListItem,
  (before, after) =>
    before.now === after.now &&
    before.onSelectJob === after.onSelectJob &&
    sameJob(before.job, after.job),
);

interface JobItemsProps {
  jobs: JobListEntry[];
  now: number;
  onSelectJob: (jobId: string) => void;
}

/**
 * The jobs, newest first: the first `JOBS_FIRST_RENDER` at once, then the others in slices,
 * each slice a low-priority update React renders in the background. Later refreshes and clock
 * ticks also render in the background (deferred values), so a long list never blocks input.
 * Items off screen are not laid out until they come near (content-visibility, in the CSS).
 */
function JobItems({ jobs, now, onSelectJob }: JobItemsProps) {
  const list = useDeferredValue(jobs);
  const clock = useDeferredValue(now);
  const [limit, setLimit] = useState(JOBS_FIRST_RENDER);
  const complete = limit >= list.length;

  // Each slice, once committed, asks for the next: one background render per slice.
  useEffect(() => {
    if (limit < list.length) startTransition(() => setLimit(limit + JOBS_SLICE));
  }, [limit, list.length]);

  const rendered = complete ? list : list.slice(0, limit);
  return (
    <ul className={cx.list} aria-busy={!complete}>
      {rendered.map((job) => (
        <li key={job.jobId} className={cx.listItem}>
          <MemoJobListItem job={job} now={clock} onSelectJob={onSelectJob} />
        </li>
      ))}
    </ul>
  );
}

/** "Recent Operations": replication, failover and rollback jobs of one VM in one list. */
export function UnifiedJobList({ view, onRetry, onSelectJob, now }: UnifiedJobListProps) {
  const headingId = useId();

  let body: React.ReactNode;
  if (view.state === 'error') {
    body = (
      <RetryAlert
        tone="error"
        title="Recent operations could not be loaded"
        message={view.message}
        onRetry={onRetry}
      />
    );
  } else if (view.state === 'loading') {
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {view.text}
        </Text>
        <Skeleton height={72} radius="md" />
        <Skeleton height={72} radius="md" />
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        {view.stale && (
          <RetryAlert
            tone="stale"
            title={view.stale.title}
            message={view.stale.message}
            onRetry={onRetry}
          />
        )}
        {view.state === 'empty' ? (
          <Text size="sm" c="dimmed">
            No operations yet for this VM
          </Text>
        ) : (
          <JobItems jobs={view.jobs} now={now} onSelectJob={onSelectJob} />
        )}
      </Stack>
    );
  }

  return (
    <section aria-labelledby={headingId} aria-busy={view.state === 'loading'} className={cx.root}>
      <Title order={2} id={headingId} className={cx.heading}>
        Recent Operations
      </Title>
      {body}
    </section>
  );
}
