import { join } from 'node:path';
import { formatPropertySummary, readPropertyRecords } from './propertySummary';

// `npx tsx mocks/src/arbitraries/printPropertySummary.ts` after a Jest run of the properties.
const directory =
  process.argv[2] ??
  join(process.env.RELIABILITY_ARTIFACTS_DIR ?? 'artifacts/reliability', 'properties');
console.log(formatPropertySummary(readPropertyRecords(directory)));
