/**
 * Version of the contract between the VmOperations remote and its hosts (props, exposed
 * modules, API shapes). A major bump means a host written against an older major must not
 * render the remote; minor bumps only add optional things.
 */
export const CONTRACT_VERSION = '1.0.0';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

/** The major part of a semver string, or null when it is not semver. */
export function contractMajor(version: unknown): number | null {
  if (typeof version !== 'string') return null;
  const match = SEMVER.exec(version.trim());
  return match ? Number(match[1]) : null;
}

/** True when a remote built against `remoteVersion` can be used by a host built for `supportedMajor`. */
export function isContractCompatible(remoteVersion: unknown, supportedMajor: number): boolean {
  return contractMajor(remoteVersion) === supportedMajor;
}
