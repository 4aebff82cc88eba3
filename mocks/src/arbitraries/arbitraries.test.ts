import { RecentJobsResponseSchema, VmContextResponseSchema } from '@migratekit/oma-api';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  ADMIN_ONLY_MARKER,
  brokenRecentJobsBody,
  brokenVmContextBody,
  cleanText,
  disguisedToolName,
  forbiddenFragments,
  forbiddenTechnicalFragments,
  hasNoSentinel,
  leakyText,
  mutatedRecentJobsBody,
  mutatedVmContextBody,
  omaHttpAnswer,
  validLastOperation,
  validRecentJobsBody,
  validVmContextBody,
} from './index';
import { checkProperty, DEFAULT_SEED, propertySettings, scaledRuns } from './propertyRuns';
import { formatPropertySummary } from './propertySummary';

// The generators are only as good as what they claim to produce: these check the claims.

describe('text generators', () => {
  it('clean text has nothing forbidden in it', () =>
    checkProperty(
      'cleanText is free of forbidden fragments',
      fc.property(cleanText(), (text) => {
        expect(forbiddenFragments(text)).toEqual([]);
      }),
      { numRuns: 1000 },
    ));

  it('leaky text always holds a forbidden fragment and no sentinel', () =>
    checkProperty(
      'leakyText holds a forbidden fragment',
      fc.property(leakyText(), (text) => {
        expect(forbiddenTechnicalFragments(text).length).toBeGreaterThan(0);
        expect(hasNoSentinel(text)).toBe(true);
      }),
      { numRuns: 1000 },
    ));

  it('disguised tool names are still tool names to a reader', () =>
    checkProperty(
      'disguisedToolName reads as a tool name',
      fc.property(disguisedToolName(), (text) => {
        expect(forbiddenTechnicalFragments(text).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    ));
});

describe('body generators', () => {
  it('valid recent-jobs bodies parse and keep every job', () =>
    checkProperty(
      'validRecentJobsBody parses',
      fc.property(validRecentJobsBody(), (body) => {
        const parsed = v.parse(RecentJobsResponseSchema, body);
        expect(parsed.jobs).toHaveLength(body.jobs.length);
        expect(parsed.jobs.map((job) => job.jobId).sort()).toEqual(
          body.jobs.map((job) => job.job_id).sort(),
        );
      }),
      { numRuns: 300 },
    ));

  it('valid VM-context bodies parse, with a last operation exactly when one was generated', () =>
    checkProperty(
      'validVmContextBody parses',
      fc.property(validVmContextBody(), (body) => {
        const parsed = v.parse(VmContextResponseSchema, body);
        expect(parsed.context.vmName).toBe(body.context.vm_name);
        expect(parsed.lastOperation?.jobId ?? null).toBe(body.last_operation?.job_id ?? null);
      }),
      { numRuns: 300 },
    ));

  it('every valid summary carries the admin-only marker somewhere', () =>
    checkProperty(
      'validLastOperation carries the marker',
      fc.property(validLastOperation(), (summary) => {
        fc.pre(
          summary.failed_step_internal !== undefined || summary.technical_details !== undefined,
        );
        expect(JSON.stringify(summary)).toContain(ADMIN_ONLY_MARKER);
      }),
      { numRuns: 200 },
    ));

  it('broken bodies never parse', () =>
    checkProperty(
      'broken bodies fail to parse',
      fc.property(brokenRecentJobsBody(), brokenVmContextBody(), (jobs, vm) => {
        expect(v.safeParse(RecentJobsResponseSchema, jobs).success).toBe(false);
        expect(v.safeParse(VmContextResponseSchema, vm).success).toBe(false);
      }),
      { numRuns: 500 },
    ));

  it('mutated bodies survive a JSON round trip (they can be served over HTTP)', () =>
    checkProperty(
      'mutated bodies serialise',
      fc.property(mutatedRecentJobsBody(), mutatedVmContextBody(), (jobs, vm) => {
        expect(() => JSON.parse(JSON.stringify(jobs))).not.toThrow();
        expect(() => JSON.parse(JSON.stringify(vm))).not.toThrow();
      }),
      { numRuns: 200 },
    ));

  it('large lists reach the requested size', () =>
    checkProperty(
      'mutatedRecentJobsBody with 500 jobs',
      fc.property(mutatedRecentJobsBody({ minJobs: 500, maxJobs: 500 }), (body) => {
        // One job may be repeated on purpose.
        expect((body.jobs as unknown[]).length).toBeGreaterThanOrEqual(500);
      }),
      { numRuns: 5 },
    ));

  it('HTTP answers carry a status and a string body', () =>
    checkProperty(
      'omaHttpAnswer is well formed',
      fc.property(omaHttpAnswer(validRecentJobsBody({ maxJobs: 2 })), (answer) => {
        expect(Number.isInteger(answer.status)).toBe(true);
        expect(typeof answer.body).toBe('string');
      }),
      { numRuns: 200 },
    ));
});

describe('run settings', () => {
  it('are the defaults without environment', () => {
    expect(propertySettings({})).toEqual({ seed: DEFAULT_SEED, scale: 1, path: undefined });
  });

  it('follow FC_SEED, FC_RUNS_SCALE and FC_PATH', () => {
    const settings = propertySettings({ FC_SEED: '42', FC_RUNS_SCALE: '0.5', FC_PATH: '3:1' });
    expect(settings).toEqual({ seed: 42, scale: 0.5, path: '3:1' });
    expect(scaledRuns(1000, settings)).toBe(500);
    expect(scaledRuns(1, settings)).toBe(1);
  });

  it('reject values that are not numbers', () => {
    expect(() => propertySettings({ FC_SEED: 'abc' })).toThrow('FC_SEED');
    expect(() => propertySettings({ FC_RUNS_SCALE: '0' })).toThrow('FC_RUNS_SCALE');
  });

  it('fail with the seed, the path and a replay command', async () => {
    const { seed } = propertySettings();
    const failing = fc.property(fc.integer({ min: 0, max: 100 }), (n) => n < 50);
    const failure = checkProperty('a property that fails', failing, {
      numRuns: 100,
      record: false,
    });
    await expect(failure).rejects.toThrow(new RegExp(`seed: ${seed}, path: "[\\d:]+"`));
    await expect(failure).rejects.toThrow(/Counterexample: \[50\]/);
    await expect(failure).rejects.toThrow(`Replay: FC_SEED=${seed} FC_PATH="`);
  });

  it('make generation reproducible: the same seed gives the same bodies', () => {
    const sample = () => fc.sample(mutatedRecentJobsBody(), { seed: 7, numRuns: 20 });
    expect(JSON.stringify(sample())).toBe(JSON.stringify(sample()));
  });
});

describe('the property summary', () => {
  it('lists every property with its cases and totals them', () => {
    const record = { runs: 10, requestedRuns: 10, seed: 1, durationMs: 5 };
    const summary = formatPropertySummary([
      {
        testFile: 'remote/src/properties/a.property.test.ts',
        seed: 1,
        scale: 1,
        totalRuns: 30,
        properties: [
          { ...record, property: 'first', passed: true },
          { ...record, runs: 20, property: 'second', passed: false },
        ],
      },
    ]);
    expect(summary).toContain(
      '| remote/src/properties/a.property.test.ts | first | 10 | 1 | 5 | passed |',
    );
    expect(summary).toContain('| second | 20 | 1 | 5 | FAILED |');
    expect(summary).toContain('2 properties, 30 generated cases, 1 failed.');
  });
});
