import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fingerprint, SHARED_PACKAGE_MODULES } from '../shared-contracts/src/federation';

/*
 * Build-time helpers both apps' Rspack configs use for Module Federation: they read the
 * installed packages, so they live here rather than in the (browser-safe) contracts package.
 */

/**
 * Rspack's Module Federation plugin imports the federation runtime by absolute paths to its
 * CommonJS builds, which cannot be tree-shaken (the whole SDK, Node.js loaders included, ends
 * up in the browser bundle). This swaps them, before resolution, for the ES module builds that
 * sit beside them, so only the runtime code actually used is shipped.
 */
export function preferEsmFederationRuntime(resource: { request: string; context?: string }) {
  if ('createData' in resource && resource.createData) return;
  let request = resource.request;
  if (request === '@module-federation/runtime' && resource.context) {
    request = createRequire(path.join(resource.context, 'index.js')).resolve(request);
  }
  const esm = request.replace(/\.cjs$/, '.js');
  if (path.isAbsolute(request) && esm !== request && existsSync(esm)) resource.request = esm;
}

/** Folder and package.json of a package as `fromDir` resolves it. */
export function installedPackage(name: string, fromDir: string) {
  let dir = path.dirname(createRequire(path.join(fromDir, 'package.json')).resolve(name));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { dir, version: json.version as string, module: (json.module ?? json.main) as string };
}

/** The files of SHARED_PACKAGE_MODULES as this build resolves them. */
export function packageModules(fromDir: string) {
  return SHARED_PACKAGE_MODULES.map((module) => {
    const installed = installedPackage(module.package, fromDir);
    return {
      shareKey: `${module.package}/${module.file}`,
      path: realpathSync(path.join(installed.dir, module.file)),
      version: installed.version,
    };
  });
}

/** Fingerprint of shared-contracts' sources and of the zod it bundles (see federationShared). */
export function contractsFingerprint(fromDir: string): string {
  const contracts = installedPackage('@migratekit/shared-contracts', fromDir);
  const sourceDir = path.join(contracts.dir, 'src');
  const texts = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort()
    .map((file) => `${file}\n${readFileSync(path.join(sourceDir, file), 'utf8')}`);
  const zod = installedPackage('zod', contracts.dir);
  return fingerprint([...texts, `zod@${zod.version}`]);
}
