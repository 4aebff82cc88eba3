import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Job } from '@migratekit/oma-api';
import { guardMessage } from '@migratekit/operator-text';
import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatRelativeTime } from '../../lib/format';
import { type JobListEntry, toJobListEntry } from '../../lib/jobListEntry';
import { Icon } from '../Icon';
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

/** A failed refresh, as the data hooks report it. */
export interface JobListError {
  /** A sentence an operator can act on. */
  userMessage: string;
}

export interface UnifiedJobListProps {
  /** The VM's recent jobs, newest first; undefined until the first response arrives. */
  jobs: Job[] | undefined;
  /** True while the first response is awaited. */
  isLoading: boolean;
  /** Why the last fetch failed, when it did. */
  error?: JobListError | null;
  /** True when the jobs shown are kept from before a failed refresh. */
  isStale?: boolean;
  /** When the jobs shown were fetched (ms since the epoch). */
  lastUpdatedAt?: number | null;
  /** Fetches the jobs again. */
  onRetry: () => void;
  /** Opens the details of a failed job. */
  onSelectJob: (job: Job) => void;
  /** The current time in ms, for relative times. */
  now: number;
}

/** "Showing data from 2 minutes ago; refreshing failed.": data kept from before a failed refresh. */
export function staleNotice(lastUpdatedAt: number | null | undefined, now: number): string {
  const when =
    lastUpdatedAt != null && Number.isFinite(lastUpdatedAt)
      ? formatRelativeTime(new Date(lastUpdatedAt).toISOString(), now)
      : null;
  return when
    ? `Showing data from ${when}; refreshing failed.`
    : 'Showing earlier data; refreshing failed.';
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
  jobs: Job[];
  now: number;
  onSelectJob: (job: Job) => void;
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

  // The callback stays the same across refreshes; it reads the latest jobs when called.
  const listRef = useRef(list);
  listRef.current = list;
  const selectById = useCallback(
    (jobId: string) => {
      const job = listRef.current.find((each) => each.jobId === jobId);
      if (job) onSelectJob(job);
    },
    [onSelectJob],
  );
  const entries = useMemo(() => list.map(toJobListEntry), [list]);

  const rendered = complete ? entries : entries.slice(0, limit);
  return (
    <ul className={cx.list} aria-busy={!complete}>
      {rendered.map((job) => (
        <li key={job.jobId} className={cx.listItem}>
          <MemoJobListItem job={job} now={clock} onSelectJob={selectById} />
        </li>
      ))}
    </ul>
  );
}

/** "Recent Operations": replication, failover and rollback jobs of one VM in one list. */
export function UnifiedJobList({
  jobs,
  isLoading,
  error,
  isStale = false,
  lastUpdatedAt,
  onRetry,
  onSelectJob,
  now,
}: UnifiedJobListProps) {
  const headingId = useId();
  const waiting = jobs === undefined && !error;

  let body: React.ReactNode;
  if (jobs === undefined && error) {
    body = (
      <Alert
        color="red"
        title="Recent operations could not be loaded"
        icon={<Icon name="warning" label="Error" />}
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm" className={cx.wrap}>
            {guardMessage(error.userMessage)}
          </Text>
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Retry
          </Button>
        </Stack>
      </Alert>
    );
  } else if (jobs === undefined) {
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {isLoading ? 'Loading recent operations…' : 'Waiting for recent operations…'}
        </Text>
        <Skeleton height={72} radius="md" />
        <Skeleton height={72} radius="md" />
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        {(isStale || error) && (
          <Alert
            color="yellow"
            role="status"
            title={staleNotice(lastUpdatedAt, now)}
            icon={<Icon name="warning" label="Warning" />}
          >
            <Stack gap="xs" align="flex-start">
              {error && (
                <Text size="sm" className={cx.wrap}>
                  {guardMessage(error.userMessage)}
                </Text>
              )}
              <Button size="xs" variant="light" color="yellow" onClick={onRetry}>
                Retry
              </Button>
            </Stack>
          </Alert>
        )}
        {jobs.length === 0 ? (
          <Text size="sm" c="dimmed">
            No operations yet for this VM
          </Text>
        ) : (
          <JobItems jobs={jobs} now={now} onSelectJob={onSelectJob} />
        )}
      </Stack>
    );
  }

  return (
    <section aria-labelledby={headingId} aria-busy={waiting} className={cx.root}>
      <Title order={2} id={headingId} className={cx.heading}>
        Recent Operations
      </Title>
      {body}
    </section>
  );
}
