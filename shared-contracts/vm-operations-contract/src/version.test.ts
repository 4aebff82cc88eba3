import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_VERSION, contractMajor, isContractCompatible } from './index';

test('the contract version is semver', () => {
  expect(contractMajor(CONTRACT_VERSION)).not.toBeNull();
});

test.each([
  ['1.0.0', 1, true],
  ['1.7.3', 1, true],
  ['1.2.0-beta.1', 1, true],
  ['2.0.0', 1, false],
  ['0.9.0', 1, false],
  ['one', 1, false],
  [undefined, 1, false],
  [2, 1, false],
])('remote %p against host major %p → compatible: %p', (version, major, expected) => {
  expect(isContractCompatible(version, major)).toBe(expected);
});

test('the package is published under the contract version', () => {
  const packageJson = JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8'));
  expect(packageJson.version).toBe(CONTRACT_VERSION);
});
