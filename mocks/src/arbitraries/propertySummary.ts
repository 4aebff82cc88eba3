import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PropertyRecord } from './propertyRuns';

/** One test file's records, as checkProperty writes them. */
export interface PropertyRecordsFile {
  testFile: string;
  seed: number;
  scale: number;
  totalRuns: number;
  properties: PropertyRecord[];
}

/** Every records file under `directory` (artifacts/reliability/properties), by test file. */
export function readPropertyRecords(directory: string): PropertyRecordsFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as PropertyRecordsFile);
}

/** A Markdown table of every property run, with totals, for a README or a CI log. */
export function formatPropertySummary(files: readonly PropertyRecordsFile[]): string {
  const rows = files.flatMap((file) =>
    file.properties.map(
      (record) =>
        `| ${file.testFile} | ${record.property} | ${record.runs} | ${record.seed} | ${record.durationMs} | ${record.passed ? 'passed' : 'FAILED'} |`,
    ),
  );
  const totalRuns = files.reduce((sum, file) => sum + file.totalRuns, 0);
  const properties = files.reduce((sum, file) => sum + file.properties.length, 0);
  const failed = files.flatMap((file) => file.properties).filter((record) => !record.passed);
  return [
    '| Test file | Property | Cases | Seed | ms | Result |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    `${properties} properties, ${totalRuns} generated cases, ${failed.length} failed.`,
  ].join('\n');
}
