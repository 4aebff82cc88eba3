import { buildFailedJob, buildRecentJobsResponse } from '@migratekit/mocks';
import {
  anyRecentJobsBody,
  anyVmContextBody,
  brokenRecentJobsBody,
  brokenVmContextBody,
  mutatedRecentJobsBody,
  validRecentJobsBody,
} from '@migratekit/mocks/arbitraries';
import { checkProperty } from '@migratekit/mocks/arbitraries/jest';
import {
  DATA_SOURCES,
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  JOB_STATUSES,
  JOB_TYPES,
  type Job,
  jobSortTime,
  type LastOperation,
  RecentJobsResponseSchema,
  VM_CONTEXT_STATUSES,
  type VmContextResponse,
  VmContextResponseSchema,
} from '@migratekit/oma-api';
import fc from 'fast-check';
import { z } from 'zod/mini';

/*
 * Properties of the contract's schemas: whatever body the OMA API sends, parsing either
 * yields a view model that is safe to display logic, or fails with a zod error that the
 * GUI shows. Nothing else may happen.
 */

const oneOf = (allowed: readonly string[]) => [...allowed, 'unknown'];

/*
 * Checks collect problems as text instead of calling expect per field: a case then costs
 * microseconds, and a failure names every broken field at once.
 */
type Problems = string[];

function checkText(problems: Problems, field: string, value: unknown) {
  if (value === null) return;
  if (typeof value !== 'string' || value === '' || value !== value.trim()) {
    problems.push(`${field}: not null nor trimmed non-empty text: ${JSON.stringify(value)}`);
  }
}

function checkEnum(problems: Problems, field: string, value: unknown, allowed: readonly string[]) {
  if (!oneOf(allowed).includes(value as string)) {
    problems.push(
      `${field}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}, unknown`,
    );
  }
}

function checkTimestamp(problems: Problems, field: string, value: string | null) {
  if (value === null) return;
  const ms = Date.parse(value);
  // Normalised: the ISO form of the moment it names, never before 2000 (Go's zero time).
  if (!Number.isFinite(ms) || new Date(ms).toISOString() !== value || ms < Date.UTC(2000, 0, 1)) {
    problems.push(`${field}: not a normalised ISO timestamp: ${JSON.stringify(value)}`);
  }
}

function checkAmount(problems: Problems, field: string, value: number | null, integer = false) {
  if (value === null) return;
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    problems.push(
      `${field}: not a finite non-negative ${integer ? 'integer' : 'number'}: ${value}`,
    );
  }
}

function checkProgress(problems: Problems, field: string, value: number | null) {
  if (value === null) return;
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    problems.push(`${field}: progress outside 0-100: ${value}`);
  }
}

function checkTextList(problems: Problems, field: string, values: unknown) {
  if (!Array.isArray(values)) {
    problems.push(`${field}: not a list`);
    return;
  }
  values.forEach((value, index) => {
    checkText(problems, `${field}[${index}]`, value);
    if (value === null) problems.push(`${field}[${index}]: null in a list of strings`);
  });
}

function jobProblems(job: Job, at: string): Problems {
  const problems: Problems = [];
  if (typeof job.jobId !== 'string' || job.jobId === '') problems.push(`${at}.jobId: empty`);
  checkText(problems, `${at}.externalJobId`, job.externalJobId);
  checkEnum(problems, `${at}.jobType`, job.jobType, JOB_TYPES);
  checkEnum(problems, `${at}.status`, job.status, JOB_STATUSES);
  checkEnum(problems, `${at}.dataSource`, job.dataSource, DATA_SOURCES);
  if (job.errorCategory !== null) {
    checkEnum(problems, `${at}.errorCategory`, job.errorCategory, ERROR_CATEGORIES);
  }
  checkProgress(problems, `${at}.progress`, job.progress);
  checkTimestamp(problems, `${at}.startedAt`, job.startedAt);
  checkTimestamp(problems, `${at}.completedAt`, job.completedAt);
  checkText(problems, `${at}.displayName`, job.displayName);
  checkText(problems, `${at}.currentStep`, job.currentStep);
  checkText(problems, `${at}.errorMessage`, job.errorMessage);
  checkTextList(problems, `${at}.actionableSteps`, job.actionableSteps);
  checkAmount(problems, `${at}.durationSeconds`, job.durationSeconds);
  checkAmount(problems, `${at}.bytesTransferred`, job.bytesTransferred);
  return problems;
}

/** Newest first by start (else end) time; undated jobs after every dated one. */
function orderProblems(jobs: readonly Job[]): Problems {
  const times = jobs.map(jobSortTime);
  for (let i = 1; i < times.length; i += 1) {
    const before = times[i - 1] ?? null;
    const after = times[i] ?? null;
    if (
      (before === null && after !== null) ||
      (before !== null && after !== null && after > before)
    ) {
      return [`jobs[${i - 1}] and jobs[${i}] are not newest first: ${before} then ${after}`];
    }
  }
  return [];
}

function lastOperationProblems(summary: LastOperation): Problems {
  const problems: Problems = [];
  checkText(problems, 'jobId', summary.jobId);
  checkEnum(problems, 'operationType', summary.operationType, JOB_TYPES);
  checkEnum(problems, 'status', summary.status, JOB_STATUSES);
  checkEnum(problems, 'errorCategory', summary.errorCategory, ERROR_CATEGORIES);
  checkEnum(problems, 'errorSeverity', summary.errorSeverity, ERROR_SEVERITIES);
  checkProgress(problems, 'progress', summary.progress);
  checkText(problems, 'failedStep', summary.failedStep);
  checkText(problems, 'failedStepInternal', summary.failedStepInternal);
  checkText(problems, 'errorMessage', summary.errorMessage);
  checkTextList(problems, 'actionableSteps', summary.actionableSteps);
  checkTimestamp(problems, 'timestamp', summary.timestamp);
  checkAmount(problems, 'durationSeconds', summary.durationSeconds);
  // Steps come as a pair: a positive whole total, and at most that many completed.
  const { stepsCompleted, stepsTotal } = summary;
  if (stepsTotal === null) {
    if (stepsCompleted !== null) problems.push('stepsCompleted without stepsTotal');
  } else {
    if (!Number.isInteger(stepsTotal) || stepsTotal <= 0) {
      problems.push(`stepsTotal: ${stepsTotal}`);
    }
    if (
      stepsCompleted !== null &&
      (!Number.isInteger(stepsCompleted) || stepsCompleted < 0 || stepsCompleted > stepsTotal)
    ) {
      problems.push(`stepsCompleted: ${stepsCompleted} of ${stepsTotal}`);
    }
  }
  return problems;
}

function vmContextProblems({ context, lastOperation }: VmContextResponse): Problems {
  const problems: Problems = [];
  for (const [field, value] of [
    ['contextId', context.contextId],
    ['vmName', context.vmName],
  ] as const) {
    if (value === null || value === '') problems.push(`context.${field}: empty`);
    checkText(problems, `context.${field}`, value);
  }
  checkEnum(problems, 'context.currentStatus', context.currentStatus, VM_CONTEXT_STATUSES);
  checkAmount(problems, 'context.totalJobsRun', context.totalJobsRun, true);
  checkAmount(problems, 'context.successfulJobs', context.successfulJobs, true);
  checkAmount(problems, 'context.failedJobs', context.failedJobs, true);
  checkTimestamp(problems, 'context.lastJobAt', context.lastJobAt);
  checkTimestamp(problems, 'context.updatedAt', context.updatedAt);
  if (lastOperation !== null) {
    problems.push(...lastOperationProblems(lastOperation).map((p) => `lastOperation.${p}`));
  }
  return problems;
}

/** `schema.safeParse(body)`, failing the case if it throws or fails with anything but a zod error. */
function safeParseOrZodError<T>(schema: z.ZodMiniType<T>, body: unknown) {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(body);
  } catch (error) {
    throw new Error(`safeParse threw instead of returning a result: ${String(error)}`);
  }
  if (!result.success && !(result.error instanceof z.core.$ZodError)) {
    throw new Error(`failed with something other than a zod error: ${String(result.error)}`);
  }
  return result;
}

/** `"jobs": null` is how the backend sends an empty list (a nil Go slice). */
const hasNullJobs = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && 'jobs' in body && body.jobs === null;

const inputJobCount = (body: unknown): number | null => {
  if (hasNullJobs(body)) return 0;
  const jobs = (body as { jobs?: unknown } | null)?.jobs;
  return Array.isArray(jobs) ? jobs.length : null;
};

describe('RecentJobsResponseSchema', () => {
  it('parses any body into a safe, newest-first list keeping every job, or fails with a zod error', () =>
    checkProperty(
      'recent-jobs bodies parse safely or fail with a zod error',
      fc.property(anyRecentJobsBody(), (body) => {
        const result = safeParseOrZodError(RecentJobsResponseSchema, body);
        if (!result.success) return;
        const problems: Problems = [];
        checkText(problems, 'contextId', result.data.contextId);
        result.data.jobs.forEach((job, index) => {
          problems.push(...jobProblems(job, `jobs[${index}]`));
        });
        problems.push(...orderProblems(result.data.jobs));
        // A job the GUI cannot read must not vanish silently from the list.
        if (result.data.jobs.length !== inputJobCount(body)) {
          problems.push(`${result.data.jobs.length} jobs out of ${inputJobCount(body)}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 2000 },
    ));

  it('gives every job a distinct id (ids are React keys and dismissal keys)', () =>
    checkProperty(
      'parsed job ids are distinct',
      fc.property(mutatedRecentJobsBody(), (body) => {
        const ids = RecentJobsResponseSchema.parse(body).jobs.map((job) => job.jobId);
        const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
        expect(repeated).toEqual([]);
      }),
      {
        numRuns: 500,
        // The same job listed twice, as a merge of the two job tables can send it.
        parameters: {
          examples: [
            [{ ...buildRecentJobsResponse({ jobs: [buildFailedJob(), buildFailedJob()] }) }],
          ],
        },
      },
    ));

  it('accepts every valid body, keeping its values', () =>
    checkProperty(
      'valid recent-jobs bodies keep their values',
      fc.property(validRecentJobsBody(), (body) => {
        const parsed = RecentJobsResponseSchema.parse(body);
        const byId = new Map(parsed.jobs.map((job) => [job.jobId, job]));
        const problems: Problems = [];
        for (const wire of body.jobs) {
          const job = byId.get(wire.job_id ?? '');
          if (job === undefined) {
            problems.push(`job ${wire.job_id} was dropped`);
            continue;
          }
          if (job.progress !== wire.progress) problems.push(`${wire.job_id}: progress changed`);
          if (job.status !== wire.status) problems.push(`${wire.job_id}: status changed`);
          const started = job.startedAt === null ? null : Date.parse(job.startedAt);
          if (started !== (wire.started_at ? Date.parse(wire.started_at) : null)) {
            problems.push(`${wire.job_id}: start time changed`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 500 },
    ));

  it('sorts lists of up to 500 jobs newest first without losing any', () =>
    checkProperty(
      'large recent-jobs lists sort newest first',
      fc.property(mutatedRecentJobsBody({ minJobs: 21, maxJobs: 500 }), (body) => {
        const parsed = RecentJobsResponseSchema.parse(body);
        expect(parsed.jobs).toHaveLength(inputJobCount(body) ?? -1);
        expect(orderProblems(parsed.jobs)).toEqual([]);
      }),
      { numRuns: 40 },
    ));

  it('rejects bodies of the wrong shape with a zod error, never another exception', () =>
    checkProperty(
      'broken recent-jobs bodies fail with a zod error',
      // All but "jobs": null, the backend's empty list, which parses (tested on its own).
      fc.property(
        brokenRecentJobsBody().filter((body) => !hasNullJobs(body)),
        (body) => {
          expect(() => RecentJobsResponseSchema.parse(body)).toThrow(z.core.$ZodError);
        },
      ),
      { numRuns: 500 },
    ));

  it('reads "jobs": null as an empty list', () => {
    const parsed = RecentJobsResponseSchema.parse({ context_id: 'c', count: 0, jobs: null });
    expect(parsed.jobs).toEqual([]);
  });

  it('ignores "__proto__" keys without polluting prototypes', () =>
    checkProperty(
      'recent-jobs "__proto__" keys are inert',
      fc.property(validRecentJobsBody({ maxJobs: 5 }), (body) => {
        const hostile = JSON.parse(
          JSON.stringify(body).replaceAll('{"', '{"__proto__":{"polluted":"yes"},"'),
        );
        const parsed = RecentJobsResponseSchema.parse(hostile);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        // Opaque admin details are kept as sent; every other field is rebuilt from known keys.
        const fields = parsed.jobs.map(({ technicalDetails: _kept, ...job }) => job);
        expect(JSON.stringify({ ...parsed, jobs: fields })).not.toContain('polluted');
      }),
      { numRuns: 200 },
    ));
});

describe('VmContextResponseSchema', () => {
  it('parses any body into a safe context and last operation, or fails with a zod error', () =>
    checkProperty(
      'VM-context bodies parse safely or fail with a zod error',
      fc.property(anyVmContextBody(), (body) => {
        const result = safeParseOrZodError(VmContextResponseSchema, body);
        if (result.success) expect(vmContextProblems(result.data)).toEqual([]);
      }),
      { numRuns: 2000 },
    ));

  it('rejects bodies without a usable context with a zod error, never another exception', () =>
    checkProperty(
      'broken VM-context bodies fail with a zod error',
      fc.property(brokenVmContextBody(), (body) => {
        expect(() => VmContextResponseSchema.parse(body)).toThrow(z.core.$ZodError);
      }),
      { numRuns: 500 },
    ));
});
