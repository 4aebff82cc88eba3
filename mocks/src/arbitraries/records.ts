import {
  DATA_SOURCES,
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  JOB_STATUSES,
  JOB_TYPES,
  type JobWire,
  type LastOperationWire,
  VM_CONTEXT_STATUSES,
} from '@migratekit/oma-api';
import fc from 'fast-check';
import { buildVmContext } from '../fixtures/builders';
import type { BackendVmContextWire } from '../fixtures/wire';
import { withoutUndefined } from '../fixtures/withoutUndefined';
import { backendStepIdInAnyForm } from './benign';
import { anyApiText, cleanText, INTERNAL_STEP_IDS, leakyText, pathText, toolName } from './text';
import { anyTimestamp, isoTimestamp, wildEnum, wildNumber, wrongTypeValue } from './values';

/*
 * The records inside the read endpoints' bodies (jobs, last-operation summaries, contexts):
 * schema-valid ones with random values (shaped by the fixture builders), and the same with
 * fields mutated (dropped, nulled, wrong-typed, out of range, leaky).
 */

/**
 * Placed in `technical_details` and `failed_step_internal` only: admin-only data. Finding it
 * anywhere in an operator's page means admin-only data leaked.
 */
export const ADMIN_ONLY_MARKER = 'zq-admin-only-marker-93f1';

/** Display names the backend gives jobs. */
const JOB_DISPLAY_NAMES = [
  'Test Failover',
  'Live Failover',
  'Rollback',
  'Replication Completed',
  'Replication In Progress',
  'Replication Failed',
  'Replication Pending',
  'Replication Cancelled',
  'Operation',
] as const;

/** User-friendly step names the backend reports. */
export const STEP_DISPLAY_NAMES = [
  'Preparing Drivers for Compatibility',
  'Copying disk data',
  'Creating VM snapshot',
  'Validating Failover Readiness',
  'Powering Off Source VM',
  'Running Final Sync',
  'Creating Destination VM',
  'Configuring Network',
  'Detaching Test Volumes',
  'Deleting Test VM',
] as const;

/** Admin-only details, each carrying the marker next to what operators must not see. */
export const technicalDetails = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.tuple(toolName(), pathText()).map(([tool, path]) => ({
      tool,
      device: path,
      exit_code: 1,
      stderr: `${tool}: error: cannot open ${path} (${ADMIN_ONLY_MARKER})`,
      marker: ADMIN_ONLY_MARKER,
    })),
    leakyText().map((text) => `${ADMIN_ONLY_MARKER}: ${text}`),
    fc.constant([ADMIN_ONLY_MARKER, { nested: ADMIN_ONLY_MARKER }]),
  );

/** An internal step name as `failed_step_internal` carries it, tagged with the marker. */
const internalStepWithMarker = (): fc.Arbitrary<string> =>
  fc.constantFrom(...INTERNAL_STEP_IDS).map((id) => `${id}#${ADMIN_ONLY_MARKER}`);

const jobId = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.uuid(),
    fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }).map((seconds) => {
      const iso = new Date(seconds * 1000).toISOString();
      return `job-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
    }),
  );

const progress = (): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

// Failures are what the GUI must get right; generate them often.
const status = (): fc.Arbitrary<(typeof JOB_STATUSES)[number]> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant('failed' as const) },
    { weight: 4, arbitrary: fc.constantFrom(...JOB_STATUSES) },
  );

/** A schema-valid recent-jobs entry with random values; optional fields sometimes absent. */
export const validJob = (): fc.Arbitrary<JobWire> =>
  fc
    .record(
      {
        job_id: jobId(),
        external_job_id: fc
          .tuple(
            fc.constantFrom(...JOB_TYPES),
            fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
          )
          .map(([type, seconds]) => `unified-${type.replaceAll('_', '-')}-pgtest1-${seconds}`),
        job_type: fc.constantFrom(...JOB_TYPES),
        status: status(),
        progress: progress(),
        started_at: isoTimestamp(),
        completed_at: isoTimestamp(),
        display_name: fc.oneof(fc.constantFrom(...JOB_DISPLAY_NAMES), cleanText()),
        current_step: fc.constantFrom(...STEP_DISPLAY_NAMES),
        error_message: cleanText(),
        error_category: fc.constantFrom(...ERROR_CATEGORIES),
        actionable_steps: fc.array(cleanText(), { maxLength: 4 }),
        data_source: fc.constantFrom(...DATA_SOURCES),
        duration_seconds: fc.integer({ min: 0, max: 200_000 }),
        bytes_transferred: fc.integer({ min: 0, max: 2 ** 45 }),
        technical_details: technicalDetails(),
      },
      { requiredKeys: ['job_id', 'job_type', 'status', 'progress', 'display_name', 'data_source'] },
    )
    .map((job) => withoutUndefined<JobWire>(job));

/** A schema-valid last-operation summary with random values. */
export const validLastOperation = (): fc.Arbitrary<LastOperationWire> =>
  fc
    .record(
      {
        job_id: jobId(),
        operation_type: fc.constantFrom(...JOB_TYPES),
        status: status(),
        progress: progress(),
        failed_step: fc.constantFrom(...STEP_DISPLAY_NAMES),
        failed_step_internal: internalStepWithMarker(),
        error_message: cleanText(),
        error_category: fc.constantFrom(...ERROR_CATEGORIES),
        error_severity: fc.constantFrom(...ERROR_SEVERITIES),
        actionable_steps: fc.array(cleanText(), { maxLength: 4 }),
        timestamp: isoTimestamp(),
        duration_seconds: fc.integer({ min: 0, max: 200_000 }),
        steps_completed: fc.integer({ min: 0, max: 12 }),
        steps_total: fc.integer({ min: 0, max: 12 }),
        technical_details: technicalDetails(),
      },
      { requiredKeys: ['job_id', 'operation_type', 'status'] },
    )
    .map((summary) => withoutUndefined<LastOperationWire>(summary));

/** A replication context as the backend serialises it, with random values. */
export const validVmContext = (): fc.Arbitrary<BackendVmContextWire> =>
  fc
    .record({
      vm_name: fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/),
      current_status: fc.constantFrom(...VM_CONTEXT_STATUSES),
      total_jobs_run: fc.integer({ min: 0, max: 500 }),
      successful_jobs: fc.integer({ min: 0, max: 500 }),
      failed_jobs: fc.integer({ min: 0, max: 500 }),
      os_type: fc.constantFrom('windows', 'linux'),
      power_state: fc.constantFrom('poweredOn', 'poweredOff'),
      updated_at: isoTimestamp(),
      last_job_at: isoTimestamp(),
    })
    .map((fields) =>
      buildVmContext({ ...fields, context_id: `ctx-${fields.vm_name}-20251003-140708` }),
    );

/** Where a field mutation sends a field. */
const DROP = Symbol('drop the field');
const KEEP = Symbol('keep the field');
export type Mutation = typeof DROP | typeof KEEP | { value: unknown };

/** Keeps a field most of the time; otherwise drops it, nulls it or sets `replacement`. */
export const fieldMutation = (replacement: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 13, arbitrary: fc.constant(KEEP) },
    { weight: 2, arbitrary: fc.constant(DROP) },
    { weight: 1, arbitrary: fc.constant({ value: null }) },
    { weight: 1, arbitrary: wrongTypeValue().map((value) => ({ value })) },
    { weight: 4, arbitrary: replacement.map((value) => ({ value })) },
  );

export function applyMutations(
  base: object,
  mutations: Record<string, Mutation>,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, mutation] of Object.entries(mutations)) {
    if (mutation === KEEP) continue;
    if (mutation === DROP) delete result[key];
    else result[key] = mutation.value;
  }
  return result;
}

/** Mutations of the text, number, timestamp, enum and list fields of a record. */
function mutated<T extends object>(
  base: fc.Arbitrary<T>,
  replacements: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const mutations = fc.record(
    Object.fromEntries(
      Object.entries(replacements).map(([key, replacement]) => [key, fieldMutation(replacement)]),
    ),
  );
  return fc.tuple(base, mutations).map(([record, chosen]) => applyMutations(record, chosen));
}

/** A step id as the backend may name a step: kebab, snake, constant or Title Case. */
const stepIdInAnyForm = () => backendStepIdInAnyForm().map(([form]) => form);

/** A list field as the API may send it: wrong types inside, blanks, duplicates, leaks, or not a list. */
const wildTextList = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.array(anyApiText(), { maxLength: 6 }),
    fc.array(fc.oneof(anyApiText(), wrongTypeValue()), { maxLength: 6 }),
    cleanText().map((step) => [step, step, step.toUpperCase(), ` ${step} `]),
    fc.constantFrom<unknown>([], [''], ['   ', '\n'], 'Retry the operation', 42, { 0: 'Retry' }),
    fc.array(cleanText(), { minLength: 50, maxLength: 200 }),
  );

/** A recent-jobs entry with some fields dropped, nulled, wrong-typed or made leaky. */
export const mutatedJob = (): fc.Arbitrary<Record<string, unknown>> =>
  mutated(validJob(), {
    job_id: anyApiText(),
    external_job_id: anyApiText(),
    job_type: wildEnum(JOB_TYPES),
    status: wildEnum(JOB_STATUSES),
    progress: wildNumber(),
    started_at: anyTimestamp(),
    completed_at: anyTimestamp(),
    display_name: anyApiText(),
    current_step: fc.oneof(anyApiText(), fc.constantFrom(...INTERNAL_STEP_IDS), stepIdInAnyForm()),
    error_message: anyApiText(),
    error_category: wildEnum(ERROR_CATEGORIES),
    actionable_steps: wildTextList(),
    data_source: wildEnum(DATA_SOURCES),
    duration_seconds: wildNumber(),
    bytes_transferred: wildNumber(),
    technical_details: fc.oneof(technicalDetails(), wrongTypeValue()),
  });

/** A last-operation summary with some fields dropped, nulled, wrong-typed or made leaky. */
export const mutatedLastOperation = (): fc.Arbitrary<Record<string, unknown>> =>
  mutated(validLastOperation(), {
    job_id: anyApiText(),
    operation_type: wildEnum(JOB_TYPES),
    status: wildEnum(JOB_STATUSES),
    progress: wildNumber(),
    failed_step: fc.oneof(anyApiText(), fc.constantFrom(...INTERNAL_STEP_IDS), stepIdInAnyForm()),
    failed_step_internal: fc.oneof(internalStepWithMarker(), wrongTypeValue()),
    error_message: anyApiText(),
    error_category: wildEnum(ERROR_CATEGORIES),
    error_severity: wildEnum(ERROR_SEVERITIES),
    actionable_steps: wildTextList(),
    timestamp: anyTimestamp(),
    duration_seconds: wildNumber(),
    steps_completed: wildNumber(),
    steps_total: wildNumber(),
    technical_details: fc.oneof(technicalDetails(), wrongTypeValue()),
  });

/** A context whose optional fields are mutated; `context_id` and `vm_name` stay usable. */
export const mutatedVmContext = (): fc.Arbitrary<Record<string, unknown>> =>
  mutated(validVmContext(), {
    vmware_vm_id: anyApiText(),
    vm_path: leakyText(),
    current_status: wildEnum(VM_CONTEXT_STATUSES),
    os_type: anyApiText(),
    power_state: anyApiText(),
    total_jobs_run: wildNumber(),
    successful_jobs: wildNumber(),
    failed_jobs: wildNumber(),
    updated_at: anyTimestamp(),
    last_job_at: anyTimestamp(),
    last_operation_summary: fc.oneof(leakyText(), fc.constant('{"truncated": ')),
  });
