import fc from 'fast-check';
import { buildRecentJobsResponse, buildVmContextResponse } from '../fixtures/builders';
import { withoutUndefined } from '../fixtures/withoutUndefined';
import {
  applyMutations,
  fieldMutation,
  mutatedJob,
  mutatedLastOperation,
  mutatedVmContext,
  validJob,
  validLastOperation,
  validVmContext,
} from './records';
import { anyApiText, leakyText } from './text';
import { wildNumber, wrongTypeValue } from './values';

/*
 * Bodies of the two read endpoints: schema-valid ones with random values, the same with
 * records mutated, whole bodies of the wrong shape, and raw HTTP answers carrying them.
 */

export interface JobsListOptions {
  /** Most jobs in the list (20 by default, the backend's cap). */
  maxJobs?: number;
  /** Fewest jobs in the list (0 by default). */
  minJobs?: number;
}

/**
 * How many jobs a list holds: biased towards short lists up to the backend's cap of 20;
 * spread evenly over wider ranges, so long lists really are long.
 */
const listLength = ({ minJobs = 0, maxJobs = 20 }: JobsListOptions): fc.Arbitrary<number> =>
  maxJobs - minJobs > 20
    ? fc.integer({ min: minJobs, max: maxJobs })
    : fc.nat({ max: maxJobs - minJobs }).map((extra) => minJobs + extra);

/** A schema-valid `GET /vm-contexts/{id}/recent-jobs` body with distinct job ids, built like the fixtures. */
export const validRecentJobsBody = ({ maxJobs = 20, minJobs = 0 }: JobsListOptions = {}) =>
  fc
    .tuple(
      fc.stringMatching(/^ctx-[a-z0-9]{3,10}-\d{8}-\d{6}$/),
      listLength({ minJobs, maxJobs }).chain((length) =>
        fc.uniqueArray(validJob(), {
          minLength: length,
          maxLength: length,
          selector: (job) => job.job_id,
        }),
      ),
    )
    .map(([contextId, jobs]) => buildRecentJobsResponse({ contextId, jobs }));

/**
 * A recent-jobs body whose jobs are valid or mutated, whose `count` may lie, and which may
 * repeat a job (same id twice, as a merge of two job tables can).
 */
export const mutatedRecentJobsBody = ({
  maxJobs = 20,
  minJobs = 0,
}: JobsListOptions = {}): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      validRecentJobsBody({ maxJobs: 0 }),
      listLength({ minJobs, maxJobs }).chain((length) =>
        fc.array(
          fc.oneof({ weight: 1, arbitrary: validJob() }, { weight: 2, arbitrary: mutatedJob() }),
          { minLength: length, maxLength: length },
        ),
      ),
      fieldMutation(anyApiText()),
      fieldMutation(wildNumber()),
      fc.nat({ max: 9 }),
    )
    .map(([body, jobs, contextIdMutation, countMutation, repeatIndex]) => {
      const repeated = repeatIndex === 0 && jobs.length > 0 ? [...jobs, jobs[0] as object] : jobs;
      return applyMutations(
        { ...body, count: repeated.length, jobs: repeated },
        { context_id: contextIdMutation, count: countMutation },
      );
    });

/** Recent-jobs bodies of the wrong overall shape: not an object, `jobs` not a list of objects. */
export const brokenRecentJobsBody = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(null, 0, 42, 'jobs', '', true, [], {}),
    fc.array(validJob(), { maxLength: 3 }),
    validRecentJobsBody({ maxJobs: 3 }).chain((body) =>
      fc.oneof(
        // `jobs: null` is no broken body: it is how the real backend sends "no jobs".
        fc
          .constantFrom<unknown>({}, 'none', 42, true, { 0: body.jobs[0] ?? {} })
          .map((jobs) => ({ ...body, jobs })),
        fc.constant(withoutUndefined({ ...body, jobs: undefined })),
        fc
          .constantFrom<unknown>(null, 'job', 7, [], [null])
          .map((entry) => ({ ...body, jobs: [...body.jobs, entry] })),
      ),
    ),
  );

/** A schema-valid `GET /vm-contexts/{vm_name}` body; `last_operation` sometimes omitted. */
export const validVmContextBody = () =>
  fc
    .tuple(validVmContext(), fc.option(validLastOperation(), { freq: 4 }))
    .map(([context, lastOperation]) =>
      buildVmContextResponse({ context, lastOperation: lastOperation ?? null }),
    );

/** A VM-context body with a mutated context and a mutated (or non-object) last operation. */
export const mutatedVmContextBody = (): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      validVmContextBody(),
      mutatedVmContext(),
      fc.oneof(
        { weight: 6, arbitrary: mutatedLastOperation() },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: wrongTypeValue() },
        { weight: 1, arbitrary: leakyText() },
      ),
      fc.constantFrom<unknown>(undefined, null, 'none', {}, [{ id: 'x' }]),
    )
    .map(([body, context, lastOperation, history]) =>
      withoutUndefined({
        ...body,
        context,
        last_operation: lastOperation,
        job_history: history ?? body.job_history,
      }),
    );

/** VM-context bodies of the wrong overall shape: not an object, no usable context. */
export const brokenVmContextBody = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(null, 0, 'context', true, [], {}),
    validVmContextBody().chain((body) =>
      fc.oneof(
        fc
          .constantFrom<unknown>(undefined, null, 'pgtest1', 42, [], [body.context])
          .map((context) => withoutUndefined({ ...body, context })),
        fc
          .tuple(
            fc.constantFrom('context_id', 'vm_name'),
            fc.constantFrom<unknown>(undefined, null, '', '   ', 42, {}, []),
          )
          .map(([key, value]) => ({
            ...body,
            context: withoutUndefined({ ...body.context, [key]: value }),
          })),
      ),
    ),
  );

/** Any recent-jobs body: valid, mutated, or of the wrong shape. */
export const anyRecentJobsBody = (options: JobsListOptions = {}): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: validRecentJobsBody(options) },
    { weight: 5, arbitrary: mutatedRecentJobsBody(options) },
    { weight: 1, arbitrary: brokenRecentJobsBody() },
  );

/** Any VM-context body: valid, mutated, or of the wrong shape. */
export const anyVmContextBody = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: validVmContextBody() },
    { weight: 5, arbitrary: mutatedVmContextBody() },
    { weight: 1, arbitrary: brokenVmContextBody() },
  );

/** A raw HTTP answer of the OMA API, as a server (or a proxy in front of it) may send it. */
export interface OmaHttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * HTTP answers around a body: mostly 200 with the body as JSON; sometimes an error status
 * with the OMA error body (possibly leaky), a proxy's HTML page, or a body that is not JSON.
 */
export const omaHttpAnswer = (body: fc.Arbitrary<unknown>): fc.Arbitrary<OmaHttpAnswer> =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: body.map((value) => ({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(value) ?? 'null',
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(400, 401, 403, 404, 409, 429, 500, 502, 503), anyApiText())
        .map(([status, error]) => ({
          status,
          contentType: 'application/json',
          body: JSON.stringify({ error, timestamp: '2025-10-03T17:47:22Z' }),
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(200, 502),
          fc.oneof(
            leakyText().map(
              (text) => `<html><body><h1>Bad Gateway</h1><p>${text}</p><img src=x></body></html>`,
            ),
            fc.constantFrom('', '{"jobs": [', 'undefined', 'NaN', '\u0000\u0001'),
          ),
        )
        .map(([status, text]) => ({ status, contentType: 'text/html', body: text })),
    },
  );
