import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_NAMES, scenarios } from '.';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');

/** The rows of the README's scenario table, in order. */
function scenarioRows(): string[] {
  const section = README.slice(README.indexOf('## Scenarios'), README.indexOf('## Jest'));
  return section.split('\n').filter((line) => /^\| `[^`]+` \|/.test(line));
}

describe('the README', () => {
  it('lists every scenario, in order, as its meta says', () => {
    expect(scenarioRows()).toEqual(
      SCENARIO_NAMES.map((name) => {
        const { vmName, title, description } = scenarios[name];
        return `| \`${vmName}\` | ${title} | ${description} |`;
      }),
    );
  });
});
