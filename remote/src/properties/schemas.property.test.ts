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
import * as v from 'valibot';

/*
 * Properties of the contract's schemas: whatever body the OMA API sends, parsing either
 * yields a view model that is safe to display logic, or fails with a validation error that the
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

function checkTimestamp(problems: Problems, field: string, value: unknown) {
  if (value === null) return;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  // Normalised: the ISO form of the moment it names, never before 2000 (Go's zero time).
  if (!Number.isFinite(ms) || new Date(ms).toISOString() !== value || ms < Date.UTC(2000, 0, 1)) {
    problems.push(`${field}: not a normalised ISO timestamp: ${JSON.stringify(value)}`);
  }
}

function checkAmount(problems: Problems, field: string, value: unknown, integer = false) {
  if (value === null) return;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value))
  ) {
    problems.push(
      `${field}: not a finite non-negative ${integer ? 'integer' : 'number'}: ${value}`,
    );
  }
}

function checkProgress(problems: Problems, field: string, value: unknown) {
  if (value === null) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
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

/** The check of each kind of field, by the kind's name. */
const FIELD_CHECKS = {
  /** Null, or trimmed non-empty text. */
  text: checkText,
  /** A list of such texts, without nulls. */
  texts: checkTextList,
  /** Null, or a normalised ISO time from 2000 on. */
  timestamp: checkTimestamp,
  /** Null, or a percentage. */
  progress: checkProgress,
  /** Null, or a finite non-negative number. */
  amount: checkAmount,
  /** Null, or a non-negative whole number. */
  count: (problems: Problems, field: string, value: unknown) =>
    checkAmount(problems, field, value, true),
} satisfies Record<string, (problems: Problems, field: string, value: unknown) => void>;

/** What a view-model field must hold: a kind of value, or one of a list of values (or unknown). */
type FieldKind = keyof typeof FIELD_CHECKS | readonly string[];

/** The kinds of (some of) a view model's fields. */
type FieldKinds<T> = { readonly [K in keyof T]?: FieldKind };

/** Checks each field `kinds` names in `record`, naming it `${at}${field}` in its problems. */
function checkFields<T extends object>(
  problems: Problems,
  at: string,
  record: T,
  kinds: FieldKinds<T>,
) {
  for (const [field, kind] of Object.entries(kinds) as [keyof T & string, FieldKind][]) {
    if (typeof kind === 'string') FIELD_CHECKS[kind](problems, `${at}${field}`, record[field]);
    else checkEnum(problems, `${at}${field}`, record[field], kind);
  }
}

const JOB_FIELDS: FieldKinds<Job> = {
  externalJobId: 'text',
  jobType: JOB_TYPES,
  status: JOB_STATUSES,
  dataSource: DATA_SOURCES,
  progress: 'progress',
  startedAt: 'timestamp',
  completedAt: 'timestamp',
  displayName: 'text',
  currentStep: 'text',
  errorMessage: 'text',
  actionableSteps: 'texts',
  durationSeconds: 'amount',
  bytesTransferred: 'amount',
};

function jobProblems(job: Job, at: string): Problems {
  const problems: Problems = [];
  if (typeof job.jobId !== 'string' || job.jobId === '') problems.push(`${at}.jobId: empty`);
  checkFields(problems, `${at}.`, job, JOB_FIELDS);
  if (job.errorCategory !== null) {
    checkEnum(problems, `${at}.errorCategory`, job.errorCategory, ERROR_CATEGORIES);
  }
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

const LAST_OPERATION_FIELDS: FieldKinds<LastOperation> = {
  jobId: 'text',
  operationType: JOB_TYPES,
  status: JOB_STATUSES,
  errorCategory: ERROR_CATEGORIES,
  errorSeverity: ERROR_SEVERITIES,
  progress: 'progress',
  failedStep: 'text',
  failedStepInternal: 'text',
  errorMessage: 'text',
  actionableSteps: 'texts',
  timestamp: 'timestamp',
  durationSeconds: 'amount',
};

function lastOperationProblems(summary: LastOperation): Problems {
  const problems: Problems = [];
  checkFields(problems, '', summary, LAST_OPERATION_FIELDS);
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

const CONTEXT_FIELDS: FieldKinds<VmContextResponse['context']> = {
  contextId: 'text',
  vmName: 'text',
  currentStatus: VM_CONTEXT_STATUSES,
  totalJobsRun: 'count',
  successfulJobs: 'count',
  failedJobs: 'count',
  lastJobAt: 'timestamp',
  updatedAt: 'timestamp',
};

function vmContextProblems({ context, lastOperation }: VmContextResponse): Problems {
  const problems: Problems = [];
  for (const field of ['contextId', 'vmName'] as const) {
    if (context[field] === null || context[field] === '') problems.push(`context.${field}: empty`);
  }
  checkFields(problems, 'context.', context, CONTEXT_FIELDS);
  if (lastOperation !== null) {
    problems.push(...lastOperationProblems(lastOperation).map((p) => `lastOperation.${p}`));
  }
  return problems;
}

/** `v.safeParse(schema, body)`, failing the case if it throws or fails without issues. */
function safeParseOrIssues<S extends v.GenericSchema>(schema: S, body: unknown) {
  let result: v.SafeParseResult<S>;
  try {
    result = v.safeParse(schema, body);
  } catch (error) {
    throw new Error(`safeParse threw instead of returning a result: ${String(error)}`);
  }
  if (!result.success && !(result.issues.length > 0 && result.issues.every((i) => i.message))) {
    throw new Error(`failed without a described issue: ${JSON.stringify(result.issues)}`);
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
  it('parses any body into a safe, newest-first list keeping every job, or fails with a validation error', () =>
    checkProperty(
      'recent-jobs bodies parse safely or fail with a validation error',
      fc.property(anyRecentJobsBody(), (body) => {
        const result = safeParseOrIssues(RecentJobsResponseSchema, body);
        if (!result.success) return;
        const problems: Problems = [];
        checkText(problems, 'contextId', result.output.contextId);
        result.output.jobs.forEach((job, index) => {
          problems.push(...jobProblems(job, `jobs[${index}]`));
        });
        problems.push(...orderProblems(result.output.jobs));
        // A job the GUI cannot read must not vanish silently from the list.
        if (result.output.jobs.length !== inputJobCount(body)) {
          problems.push(`${result.output.jobs.length} jobs out of ${inputJobCount(body)}`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 2000 },
    ));

  it('gives every job a distinct id (ids are React keys and dismissal keys)', () =>
    checkProperty(
      'parsed job ids are distinct',
      fc.property(mutatedRecentJobsBody(), (body) => {
        const ids = v.parse(RecentJobsResponseSchema, body).jobs.map((job) => job.jobId);
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
        const parsed = v.parse(RecentJobsResponseSchema, body);
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
        const parsed = v.parse(RecentJobsResponseSchema, body);
        expect(parsed.jobs).toHaveLength(inputJobCount(body) ?? -1);
        expect(orderProblems(parsed.jobs)).toEqual([]);
      }),
      { numRuns: 40 },
    ));

  it('rejects bodies of the wrong shape with a validation error, never another exception', () =>
    checkProperty(
      'broken recent-jobs bodies fail with a validation error',
      // All but "jobs": null, the backend's empty list, which parses (tested on its own).
      fc.property(
        brokenRecentJobsBody().filter((body) => !hasNullJobs(body)),
        (body) => {
          expect(() => v.parse(RecentJobsResponseSchema, body)).toThrow(v.ValiError);
        },
      ),
      { numRuns: 500 },
    ));

  it('reads "jobs": null as an empty list', () => {
    const parsed = v.parse(RecentJobsResponseSchema, { context_id: 'c', count: 0, jobs: null });
    expect(parsed.jobs).toEqual([]);
  });

  it('ignores "__proto__" keys without polluting prototypes', () =>
    checkProperty(
      'recent-jobs "__proto__" keys are inert',
      fc.property(validRecentJobsBody({ maxJobs: 5 }), (body) => {
        const hostile = JSON.parse(
          JSON.stringify(body).replaceAll('{"', '{"__proto__":{"polluted":"yes"},"'),
        );
        const parsed = v.parse(RecentJobsResponseSchema, hostile);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
        // Opaque admin details are kept as sent; every other field is rebuilt from known keys.
        const fields = parsed.jobs.map(({ technicalDetails: _kept, ...job }) => job);
        expect(JSON.stringify({ ...parsed, jobs: fields })).not.toContain('polluted');
      }),
      { numRuns: 200 },
    ));
});

describe('VmContextResponseSchema', () => {
  it('parses any body into a safe context and last operation, or fails with a validation error', () =>
    checkProperty(
      'VM-context bodies parse safely or fail with a validation error',
      fc.property(anyVmContextBody(), (body) => {
        const result = safeParseOrIssues(VmContextResponseSchema, body);
        if (result.success) expect(vmContextProblems(result.output)).toEqual([]);
      }),
      { numRuns: 2000 },
    ));

  it('rejects bodies without a usable context with a validation error, never another exception', () =>
    checkProperty(
      'broken VM-context bodies fail with a validation error',
      fc.property(brokenVmContextBody(), (body) => {
        expect(() => v.parse(VmContextResponseSchema, body)).toThrow(v.ValiError);
      }),
      { numRuns: 500 },
    ));
});
