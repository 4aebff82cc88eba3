import {
  FORBIDDEN_SENTINELS,
  forbiddenTechnicalFragments,
  mutatedJob,
  mutatedLastOperation,
} from '@migratekit/mocks/arbitraries';
import { checkProperty } from '@migratekit/mocks/arbitraries/jest';
import { JobSchema, LastOperationSchema } from '@migratekit/oma-api';
import fc from 'fast-check';
import * as v from 'valibot';
import { type FailureDetails, jobTitle, toFailureDetails } from '../lib/presentation';

/*
 * Properties of the view models the banner, the list and the details modal render: built
 * from any parsed job or summary, they never throw and hold only text an operator may read.
 */

function textProblems(field: string, text: string | null): string[] {
  if (text === null) return [];
  const problems: string[] = [];
  if (text.trim() === '' || FORBIDDEN_SENTINELS.includes(text.trim())) {
    problems.push(`${field}: unreadable ${JSON.stringify(text)}`);
  }
  // The mocks' oracle judges: it shares nothing with the guard that built the text.
  const blocked = forbiddenTechnicalFragments(text);
  if (blocked.length > 0) problems.push(`${field}: shows ${JSON.stringify(blocked)}`);
  return problems;
}

function timestampProblems(field: string, iso: string | null): string[] {
  if (iso === null) return [];
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso
    ? []
    : [`${field}: not an ISO timestamp: ${iso}`];
}

/** What is wrong with the operator's view model of a failure. */
function operatorDetailsProblems(details: FailureDetails): string[] {
  const problems = [
    ...textProblems('title', details.title),
    ...textProblems('failedStep', details.failedStep),
    ...textProblems('issue', details.issue),
    ...textProblems('categoryLabel', details.categoryLabel),
    ...details.actionableSteps.flatMap((step, i) => textProblems(`actionableSteps[${i}]`, step)),
    ...timestampProblems('startedAt', details.startedAt),
    ...timestampProblems('endedAt', details.endedAt),
  ];
  if (details.status === 'failed' && details.actionableSteps.length === 0) {
    problems.push('a failure without actionable steps');
  }
  if (details.technical !== null) problems.push('an operator gets technical details');
  return problems;
}

/** Calls `build`, turning a throw into a problem so the counterexample shows it. */
function built(build: () => FailureDetails): FailureDetails | string {
  try {
    return build();
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

const parsedJob = () => mutatedJob().map((wire) => v.parse(JobSchema, wire));
const parsedSummary = () =>
  mutatedLastOperation().map((wire) => v.parse(LastOperationSchema, wire));

describe('failure details for operators', () => {
  it('built from any job: no throw, readable safe text, steps for every failure', () =>
    checkProperty(
      'job failure details are safe',
      fc.property(parsedJob(), (job) => {
        const details = built(() => toFailureDetails(job, { isAdmin: false }));
        if (typeof details === 'string') throw new Error(details);
        expect([
          ...operatorDetailsProblems(details),
          ...textProblems('jobTitle', jobTitle(job)),
        ]).toEqual([]);
      }),
      { numRuns: 1500 },
    ));

  it('built from any last-operation summary, with or without its list entry: same guarantees', () =>
    checkProperty(
      'summary failure details are safe',
      fc.property(parsedSummary(), fc.option(parsedJob(), { freq: 3 }), (summary, relatedJob) => {
        const details = built(() => toFailureDetails(summary, { isAdmin: false, relatedJob }));
        if (typeof details === 'string') throw new Error(details);
        expect(operatorDetailsProblems(details)).toEqual([]);
      }),
      { numRuns: 1500 },
    ));

  it('built for admins from any summary: no throw either', () =>
    checkProperty(
      'admin failure details build',
      fc.property(parsedSummary(), fc.option(parsedJob(), { freq: 3 }), (summary, relatedJob) => {
        const details = built(() => toFailureDetails(summary, { isAdmin: true, relatedJob }));
        if (typeof details === 'string') throw new Error(details);
        expect(details.technical).not.toBeNull();
      }),
      { numRuns: 500 },
    ));
});
